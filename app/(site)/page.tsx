import type { Metadata } from 'next'
import Link from 'next/link'

import { IssueContent } from '@/components/issue/IssueContent'
import { UpcomingEvents } from '@/components/event/UpcomingEvents'
import { getLatestIssue } from '@/lib/queries/issues'
import { listEvents } from '@/lib/queries/events'
import { currentReader } from '@/lib/queries/payload'
import { getSettings } from '@/lib/queries/settings'
import { routes } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo/pageMetadata'

export const revalidate = 600 // seconds; a literal, as Next requires

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  return pageMetadata({ title: settings.newsletterName, description: settings.organisationDescription, path: routes.home() })
}

export default async function HomePage() {
  const reader = await currentReader()
  const [issue, events] = await Promise.all([getLatestIssue(reader), listEvents(reader)])
  return (
    <>
      {issue ? <IssueContent issue={issue} /> : <h1 className="text-3xl font-bold text-brand">Nytt från RUS</h1>}
      <nav aria-label="Mer från Nytt från RUS" className="mt-10 grid gap-6 border-t border-line pt-6 sm:grid-cols-2">
        <UpcomingEvents events={events} limit={3} />
        <section aria-labelledby="mer">
          <h2 id="mer" className="text-lg font-bold">
            Mer från RUS
          </h2>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href={routes.archive()}>Alla nummer av nyhetsbrevet</Link>
            </li>
            <li>
              <Link href={routes.referenceGroups()}>RUS referensgrupper</Link>
            </li>
          </ul>
        </section>
      </nav>
    </>
  )
}
