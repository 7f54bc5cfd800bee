/** What an endpoint's refusal says (Payload's error shape), or a line with its status. For the admin's panels. */
export async function problemOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return body?.errors?.[0]?.message ?? `Det gick inte (${response.status}).`
}
