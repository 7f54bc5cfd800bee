import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { signedInStaff } from '@/site/payload'
import { safePreviewPath } from '@/lib/previewPath'

/**
 * Live preview and "Förhandsgranska" in the admin land here. A signed-in editor gets Next's
 * draft mode (pages then read drafts as that editor); anyone else is refused and sees nothing.
 */
export async function GET(request: Request): Promise<Response> {
  const path = safePreviewPath(new URL(request.url).searchParams.get('path'))
  if (!(await signedInStaff())) {
    return new Response('Logga in i redaktörsverktyget för att förhandsgranska utkast.\n', {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
