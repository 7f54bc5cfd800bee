import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { issuesUsing, quoteList } from '@/lib/content/usage'

/** An article that an issue carries is taken out of the issue first, never silently. */
export const preventDeletingArticleInIssue: CollectionBeforeDeleteHook = async ({ req, id, context }) => {
  if (context.allowDeletingInUse) return
  const issues = await issuesUsing(req, 'article', id)
  if (issues.length > 0) {
    throw new APIError(
      `Artikeln kan inte tas bort eftersom den ingår i ${quoteList(issues)}. Ta först bort den ur nyhetsbrevet.`,
      409,
      null,
      true,
    )
  }
}
