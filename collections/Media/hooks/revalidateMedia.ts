import { revalidationHooks } from '@/content/revalidation/revalidationHooks'

// A new alt text or photo credit shows on every page with the image (the "media" tag).
export const revalidateMedia = revalidationHooks('media')
