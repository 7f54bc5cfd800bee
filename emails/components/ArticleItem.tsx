import { Heading, Section, Text } from '@react-email/components'

import type { ArticleView } from '@/content/types'
import { itemAnchor } from '@/lib/routes'

import { COPY, readOnWeb } from '../copy'
import type { EmailContext } from '../context'
import { articleHref } from '../links'
import { RichText } from '../richText/RichText'
import { look } from '../styles'

import { ArticleImage } from './ArticleImage'
import { CallToJoin } from './CallToJoin'
import { LinkLine } from './LinkLine'
import { MemberList } from './MemberList'

export function ArticleItem({ article, ctx }: { article: ArticleView; ctx: EmailContext }) {
  return (
    <Section id={itemAnchor('article', article.slug)} {...look('item')}>
      {article.image ? <ArticleImage image={article.image} ctx={ctx} /> : null}
      <Heading as="h3" {...look('h3')}>
        {article.title}
      </Heading>
      <Text {...look('lead')}>{article.lead}</Text>
      <RichText value={article.body} ctx={ctx} group={article.group} />
      {article.memberListAfterBody && article.group ? <MemberList group={article.group} intro={COPY.memberListIntro} /> : null}
      <CallToJoin group={article.group} ctx={ctx} />
      {article.readMore.map((link, index) => (
        <LinkLine key={index} href={link.url} label={link.label} />
      ))}
      <LinkLine href={articleHref(ctx, article.slug)} label={readOnWeb(article.title)} />
    </Section>
  )
}
