import { IssueContent } from '@/components/issue/IssueContent'
import { IssueJsonLd } from '@/components/issue/IssueJsonLd'
import { getIssue } from '@/content/reads/issues'
import { listSentCopies } from '@/newsletter/sentCopies'
import { isPublishedSlug } from '@/content/reads/slugs'
import { routes } from '@/lib/routes'
import { shortDescription } from '@/content/pageMeta'
import { SHARE_IMAGE } from '@/site/shareImages'
import { sitePage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

export const GET = sitePage<{ slug: string }>({
  // A group's call to join in it closes by itself on its deadline day: remade every ten minutes.
  revalidate: 600,
  exists: ({ payload }, { slug }) => isPublishedSlug(payload, 'issues', slug),
  render: async ({ payload, reader }, { slug }, settings) => {
    const [issue, copies] = await Promise.all([getIssue(payload, reader, slug), listSentCopies(payload, reader, slug)])
    if (!issue) return null
    return {
      meta: {
        title: issue.title,
        description: shortDescription(issue.intro),
        path: routes.issue(issue.slug),
        image: { path: routes.shareImage('issue', issue.slug), ...SHARE_IMAGE, alt: `${issue.title}, ett nummer av ${settings.newsletterName}` },
      },
      body: (
        <>
          <IssueJsonLd issue={issue} settings={settings} />
          <IssueContent issue={issue} copies={copies} />
        </>
      ),
    }
  },
})
