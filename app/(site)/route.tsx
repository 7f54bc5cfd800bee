import { UpcomingEvents } from '@/components/event/UpcomingEvents'
import { IssueContent } from '@/components/issue/IssueContent'
import { IssueJsonLd } from '@/components/issue/IssueJsonLd'
import { listEvents } from '@/content/reads/events'
import { getLatestIssue } from '@/content/reads/issues'
import { routes } from '@/lib/routes'
import { sitePage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

/** The latest issue, the next events and the way to everything else. Remade every ten minutes, as events pass. */
export const GET = sitePage({
  revalidate: 600,
  render: async ({ payload, reader }, _params, settings) => {
    const [issue, events] = await Promise.all([getLatestIssue(payload, reader), listEvents(payload, reader)])
    return {
      meta: { title: settings.newsletterName, titleAlone: true, description: settings.organisationDescription, path: routes.home() },
      body: (
        <>
          {issue ? (
            <>
              <IssueJsonLd issue={issue} settings={settings} />
              <IssueContent issue={issue} />
            </>
          ) : (
            <h1 className="text-3xl font-bold text-brand">{settings.newsletterName}</h1>
          )}
          <nav aria-label={`Mer från ${settings.newsletterName}`} className="mt-10 grid gap-6 border-t border-line pt-6 sm:grid-cols-2">
            <UpcomingEvents events={events} limit={3} />
            <section aria-labelledby="mer">
              <h2 id="mer" className="text-lg font-bold">
                Mer från RUS
              </h2>
              <ul className="mt-2 space-y-1">
                <li>
                  <a href={routes.archive()}>Alla nummer av nyhetsbrevet</a>
                </li>
                <li>
                  <a href={routes.referenceGroups()}>RUS referensgrupper</a>
                </li>
              </ul>
            </section>
          </nav>
        </>
      ),
    }
  },
})
