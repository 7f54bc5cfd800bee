import { Heading, Section } from '@react-email/components'

import type { IssueView } from '@/content/types'

import type { EmailContext } from '../context'
import { look } from '../styles'

import { ArticleItem } from './ArticleItem'
import { EventItem } from './EventItem'

/** "AKTUELLT", "UTBILDNING, KONFERENS OCH MÖTE": an h2 over a thin rule, then the items. */
export function IssueSection({ section, ctx }: { section: IssueView['sections'][number]; ctx: EmailContext }) {
  return (
    <Section>
      <Heading as="h2" {...look('h2')}>
        {section.heading}
      </Heading>
      {section.items.map((item) =>
        item.kind === 'article' ? (
          <ArticleItem key={`article:${item.slug}`} article={item} ctx={ctx} />
        ) : (
          <EventItem key={`event:${item.slug}`} event={item} ctx={ctx} />
        ),
      )}
    </Section>
  )
}
