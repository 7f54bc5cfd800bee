import { revalidationHooks } from '@/lib/revalidation/revalidationHooks'

// People have no pages of their own; every page that lists them carries the "members" tag.
export const revalidateMember = revalidationHooks('members')
