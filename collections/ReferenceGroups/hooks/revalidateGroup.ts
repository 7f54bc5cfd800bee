import { routes } from '@/lib/routes'
import { revalidationHooks } from '@/lib/revalidation/revalidationHooks'

export const revalidateGroup = revalidationHooks('reference-groups', (slug) => [routes.referenceGroups(), routes.referenceGroup(slug)])
