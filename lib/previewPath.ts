/**
 * The page a preview link may lead to: a path on this site only (never "//host" or "https://…",
 * which would make the preview route an open redirect), defaulting to the home page.
 */
export function safePreviewPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  return value
}
