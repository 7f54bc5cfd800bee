import { routes } from '@/lib/routes'
import { revalidationHooks } from '@/lib/revalidation/revalidationHooks'

export const revalidateIssue = revalidationHooks('issues', (slug) => [
  routes.home(),
  routes.archive(),
  routes.issue(slug),
  routes.issueWebVersion(slug),
  routes.issueWebVersionText(slug),
])
