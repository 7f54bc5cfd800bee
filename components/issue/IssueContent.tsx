import { formatDate } from '@/lib/dates'
import type { IssueView } from '@/content/types'
import type { SentCopyRef } from '@/newsletter/sentCopies'
import { routes } from '@/lib/routes'
import { RichTextContent } from '@/components/richText/RichTextContent'

import { Highlights } from './Highlights'
import { ItemTeaser } from './ItemTeaser'
import { SentRecord } from './SentRecord'

/** One issue as a web page: masthead, intro, highlights, then its sections in order. */
export function IssueContent({ issue, copies = [] }: { issue: IssueView; copies?: SentCopyRef[] }) {
  return (
    <article>
      <header>
        <h1 className="text-3xl font-bold text-brand">{issue.title}</h1>
        <p className="mt-1 text-muted">
          <time dateTime={issue.issueDate}>{formatDate(issue.issueDate)}</time>
        </p>
        <p className="mt-4 text-lg">{issue.intro}</p>
        <p className="mt-2 text-sm">
          <a href={routes.issueWebVersion(issue.slug)}>Visa nyhetsbrevet som e-post (webbversion)</a>
        </p>
        <SentRecord slug={issue.slug} copies={copies} />
      </header>
      <Highlights highlights={issue.highlights} />
      {issue.sections.map((section) => (
        <section key={section.heading} aria-label={section.heading} className="mt-8">
          <h2 className="border-b-2 border-brand pb-1 text-sm font-bold tracking-wide text-brand">{section.heading}</h2>
          {section.items.map((item) => (
            <ItemTeaser key={`${item.kind}-${item.slug}`} item={item} />
          ))}
        </section>
      ))}
      {issue.notices.length > 0 ? (
        <div className="mt-8 border-t border-brand pt-4">
          {issue.notices.map((notice, index) => (
            <RichTextContent key={index} value={notice} />
          ))}
        </div>
      ) : null}
    </article>
  )
}
