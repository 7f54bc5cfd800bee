import { safeSitePath } from './safeUrl'

/**
 * The page a preview link may lead to: a path on this site only (never "//host" or "https://…",
 * which would make the preview route an open redirect), defaulting to the home page.
 */
export const safePreviewPath = (value: string | null): string => (safeSitePath(value) ? value : '/')
