import { CallToJoin } from '@/components/group/CallToJoin'
import { MemberList } from '@/components/group/MemberList'
import { RichTextContent } from '@/components/richText/RichTextContent'
import { ItemImage } from '@/components/ui/ItemImage'
import type { ArticleView, SettingsView } from '@/content/types'
import { formatDate } from '@/lib/dates'
import { absoluteUrl, routes } from '@/lib/routes'

import { ReadMoreLinks } from './ReadMoreLinks'
import { ShareLinks } from './ShareLinks'

/** One article as a shareable page. */
export function ArticleContent({ article, settings }: { article: ArticleView; settings: SettingsView }) {
  const { group } = article
  return (
    <article>
      <h1 className="text-3xl font-bold leading-tight text-brand">{article.title}</h1>
      {article.issues.length > 0 ? (
        <p className="mt-2 text-sm text-muted">
          Ur{' '}
          {article.issues.map((issue, index) => (
            <span key={issue.slug}>
              {index > 0 ? ', ' : null}
              <a href={routes.issue(issue.slug)}>
                {settings.newsletterName} {formatDate(issue.issueDate)}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      <p className="mt-4 text-lg font-medium">{article.lead}</p>
      {article.image ? <ItemImage image={article.image} priority /> : null}
      <RichTextContent value={article.body} group={group} className="prose-rus mt-4" />
      {group && article.memberListAfterBody ? <MemberList group={group} intro={`Medlemmar i ${group.name}:`} /> : null}
      {group ? <CallToJoin call={group.callToJoin} /> : null}
      {group ? (
        <p className="mt-4">
          <a href={routes.referenceGroup(group.slug)}>Mer om {group.name}</a>
        </p>
      ) : null}
      <ReadMoreLinks links={article.readMore} />
      <ShareLinks title={article.title} url={absoluteUrl(settings.siteUrl, routes.article(article.slug))} />
    </article>
  )
}
