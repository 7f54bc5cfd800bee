import { Feed } from 'feed'

import type { ArticleView, IssueView, SettingsView } from '@/content/types'
import { escapeHtml } from '@/lib/escapeHtml'
import { richTextToSafeHtml } from '@/content/richText/toSafeHtml'
import { absoluteUrl, routes } from '@/lib/routes'

/** The full text of an article for feed readers: lead, then the body as safe HTML. */
function articleHtml(article: ArticleView, siteUrl: string): string {
  const readMore = article.readMore
    .map((l) => `<li>${l.url ? `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>` : escapeHtml(l.label)}</li>`)
    .join('')
  return [
    `<p><strong>${escapeHtml(article.lead)}</strong></p>`,
    richTextToSafeHtml(article.body, { siteUrl, group: article.group }),
    readMore ? `<ul>${readMore}</ul>` : '',
  ].join('')
}

/**
 * The feed library writes titles and summaries as HTML (Atom's type="html", RSS's CDATA); editors
 * write them as text, so they go out escaped and a reader shows "<script>" as the words it is.
 */
const asText = escapeHtml

/**
 * At most this many entries (issues and articles, newest first): what a feed reader shows, with
 * full text, at a size that stays the same as the archive grows; the archive has the rest.
 */
export const FEED_ENTRIES = 20

/**
 * One feed of published issues (newest first) and the articles in them, FEED_ENTRIES at most; an
 * article that appears in several issues is listed once, dated by the first issue that carried it.
 */
export function buildFeed(issues: IssueView[], settings: SettingsView, format: FeedFormat, maxEntries = FEED_ENTRIES): Feed {
  const site = settings.siteUrl
  // The organisation wrote it all. Atom wants an author for the feed and for each entry; RSS 2.0's
  // <author> is an e-mail address (the W3C validator: InvalidContact), so RSS names it in dc:creator.
  const author = { name: settings.organisationName, link: absoluteUrl(site, routes.home()) }
  const byline = format === 'atom' ? { author: [author] } : { extensions: [{ name: 'dc:creator', objects: { _text: settings.organisationName } }] }
  const changes = issues.flatMap((issue) => [issue.updatedAt, ...issue.sections.flatMap((s) => s.items.map((item) => item.updatedAt))])
  const feed = new Feed({
    id: absoluteUrl(site, routes.home()),
    title: settings.newsletterName,
    description: settings.organisationDescription,
    // The feed carries the newest entries; its link is the archive, where every issue is.
    link: absoluteUrl(site, routes.archive()),
    language: 'sv',
    copyright: `© ${settings.organisationName}`,
    updated: new Date(changes.reduce((latest, at) => (at > latest ? at : latest), new Date(0).toISOString())),
    author,
    generator: settings.newsletterName,
    feedLinks: { rss: absoluteUrl(site, routes.rss()), atom: absoluteUrl(site, routes.atom()) },
  })
  const firstIssueOf = new Map<string, IssueView>()
  for (const issue of [...issues].reverse()) {
    for (const item of issue.sections.flatMap((s) => s.items)) {
      if (item.kind === 'article' && !firstIssueOf.has(item.slug)) firstIssueOf.set(item.slug, issue)
    }
  }
  const full = () => feed.items.length >= maxEntries
  for (const issue of issues) {
    if (full()) break
    const link = absoluteUrl(site, routes.issue(issue.slug))
    const published = new Date(issue.issueDate)
    // Updated when it last changed, published when the issue went out.
    const updated = (at: string) => new Date(Math.max(Date.parse(at), published.getTime()))
    feed.addItem({ id: link, link, title: asText(issue.title), date: updated(issue.updatedAt), published, description: asText(issue.intro), ...byline })
    for (const article of issue.sections.flatMap((s) => s.items)) {
      if (full()) break
      if (article.kind !== 'article' || firstIssueOf.get(article.slug) !== issue) continue
      const articleLink = absoluteUrl(site, routes.article(article.slug))
      feed.addItem({
        id: articleLink,
        link: articleLink,
        title: asText(article.title),
        date: updated(article.updatedAt),
        published,
        description: asText(article.lead),
        content: articleHtml(article, site),
        ...byline,
      })
    }
  }
  return feed
}

export type FeedFormat = 'rss' | 'atom'

/** The feed as Atom, in Swedish (the feed library has no place for xml:lang). */
const toAtom = (feed: Feed): string =>
  feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">')

/** The feed as RSS 2.0, with Dublin Core declared for dc:creator (the library declares it only beside full text). */
const DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'
const toRss = (feed: Feed): string => {
  const rss = feed.rss2()
  return rss.includes(DC) ? rss : rss.replace('<rss version="2.0"', `<rss version="2.0" ${DC}`)
}

/** The newest issues and their articles as a feed document in the format asked for. */
export const renderFeed = (format: FeedFormat, issues: IssueView[], settings: SettingsView): string =>
  format === 'rss' ? toRss(buildFeed(issues, settings, 'rss')) : toAtom(buildFeed(issues, settings, 'atom'))
