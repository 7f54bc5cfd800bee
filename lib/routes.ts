/**
 * The one place where public URLs are built. Pages, links, sitemaps, e-mails and the
 * revalidation hooks all take their paths from here, so a URL cannot drift between them.
 */

export const routes = {
  home: () => '/',
  archive: () => '/nyhetsbrev',
  /** The issues of one year; the archive itself shows the newest years. */
  archiveYear: (year: string) => `/arkiv/${encodeURIComponent(year)}`,
  issue: (slug: string) => `/nyhetsbrev/${encodeURIComponent(slug)}`,
  issueWebVersion: (slug: string) => `/nyhetsbrev/${encodeURIComponent(slug)}/webbversion`,
  issueWebVersionText: (slug: string) => `/nyhetsbrev/${encodeURIComponent(slug)}/webbversion.txt`,
  /** One copy of a sent issue (1 = as it first went out, then each correction): never changes. */
  issueSentCopy: (slug: string, version: number) => `/nyhetsbrev/${encodeURIComponent(slug)}/webbversion/${version}`,
  article: (slug: string) => `/artiklar/${encodeURIComponent(slug)}`,
  events: () => '/evenemang',
  event: (slug: string) => `/evenemang/${encodeURIComponent(slug)}`,
  eventCalendar: (slug: string) => `/evenemang/${encodeURIComponent(slug)}/kalender.ics`,
  referenceGroups: () => '/referensgrupper',
  referenceGroup: (slug: string) => `/referensgrupper/${encodeURIComponent(slug)}`,
  accessibility: () => '/tillganglighet',
  privacy: () => '/personuppgifter',
  /** The public sign-up form (POSTs to itself). */
  subscribe: () => '/prenumerera',
  /** The link in a confirmation e-mail: a page with a button, which POSTs to itself. */
  subscribeConfirm: (token: string) => `/prenumerera/bekrafta/${encodeURIComponent(token)}`,
  /** How to unsubscribe without a personal link (the web version's unsubscribe line). */
  unsubscribeInfo: () => '/avregistrera',
  /**
   * A subscriber's own page, "Dina prenumerationer" (GET shows, POST acts; RFC 8058 one-click
   * too). From a send's message it names the delivery (`utskick`, a signed return tag), so a
   * one-click leaves the lists that send went to.
   */
  unsubscribe: (token: string, sendTag?: string) => `/avregistrera/${encodeURIComponent(token)}${sendTag ? `?utskick=${encodeURIComponent(sendTag)}` : ''}`,
  /** Where a mail provider reports returns by HTTP (returns/webhook.ts, returns/ses.ts): POST only. */
  returnsWebhook: () => '/returer/webhook',
  returnsSes: () => '/returer/ses',
  /**
   * A link of a sent e-mail, the same for every recipient (statistics/shortLinks.ts): answers a
   * redirect to the address it stands for, and is counted, never tied to anyone.
   */
  shortLink: (sending: number, n: number) => `/l/${sending}/${n}`,
  /** Site search: /sok?q=…&sida=… (the first page has no "sida"). */
  search: (q = '', page = 1) => {
    const params = new URLSearchParams()
    if (q) params.set('q', q)
    if (page > 1) params.set('sida', String(page))
    const query = params.toString()
    return query ? `/sok?${query}` : '/sok'
  },
  rss: () => '/rss.xml',
  atom: () => '/atom.xml',
  eventsCalendar: () => '/evenemang.ics',
  sitemap: () => '/sitemap.xml',
  admin: () => '/admin',
  /** A document's form in the admin. */
  adminDocument: (collection: string, id: number | string) => `/admin/collections/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}`,
  /** Turns on draft mode for a signed-in editor and shows the page (live preview in the admin). */
  preview: (path: string) => `/forhandsgranska?path=${encodeURIComponent(path)}`,
  /** The issue's e-mail for editors (drafts too): inline for live preview, or a file to download. */
  issueEmailPreview: (id: number | string) => `/forhandsgranska/nyhetsbrev/${encodeURIComponent(String(id))}`,
  issueEmailExport: (id: number | string, format: 'html' | 'text') =>
    `/forhandsgranska/nyhetsbrev/${encodeURIComponent(String(id))}/e-post.${format === 'html' ? 'html' : 'txt'}`,
  previewExit: (path: string) => `/forhandsgranska/avsluta?path=${encodeURIComponent(path)}`,
  /** The 1200×630 card shown when a page is shared. */
  shareImage: (kind: 'article' | 'event' | 'issue', slug: string) =>
    `${kind === 'article' ? `/artiklar/${encodeURIComponent(slug)}` : kind === 'event' ? `/evenemang/${encodeURIComponent(slug)}` : `/nyhetsbrev/${encodeURIComponent(slug)}`}/delningsbild.png`,
  /** The site's own card, for pages without one of their own. */
  siteShareImage: () => '/delningsbild.png',
  /** The site's one font file (Inter, latin subset). */
  font: () => '/typsnitt/inter-latin.woff2',
  /** The copy-link button's progressive enhancement, the only script a reader's page may load. */
  copyLinkScript: () => '/skript/dela.js',
  /** Reloads a draft-mode page when the editor saves, in the admin's live preview; editors only. */
  previewScript: () => '/skript/forhandsgranska.js',
} as const

/**
 * The one table from a kind of document to its public page, and from a Payload collection to its
 * kind: rich-text links, search hits, teasers, previews and revalidation all take pages from here.
 */
export const PAGE_OF = {
  article: routes.article,
  event: routes.event,
  group: routes.referenceGroup,
  issue: routes.issue,
} as const satisfies Record<string, (slug: string) => string>

export type PageKind = keyof typeof PAGE_OF

export const KIND_OF_COLLECTION = {
  articles: 'article',
  events: 'event',
  'reference-groups': 'group',
  issues: 'issue',
} as const satisfies Record<string, PageKind>

export type PageCollection = keyof typeof KIND_OF_COLLECTION

/** The page of a document of a collection, or null when the collection has no pages. */
export function pageOfCollection(collection: string, slug: string): string | null {
  const kind = (KIND_OF_COLLECTION as Record<string, PageKind | undefined>)[collection]
  return kind ? PAGE_OF[kind](slug) : null
}

/** "/nyhetsbrev/<slug>/webbversion(.txt|/<n>)": the e-mail as a page, which runs no script at all. */
export const isWebVersionPath = (pathname: string): boolean => /^\/nyhetsbrev\/[^/]+\/webbversion(\.txt|\/\d+)?$/.test(pathname)

/** The in-page anchor of an article or event in an issue (web page and e-mail alike). */
export const itemAnchor = (kind: 'article' | 'event', slug: string): string =>
  `${kind === 'article' ? 'artikel' : 'evenemang'}-${slug}`

/** An absolute URL on the public site, for e-mails, feeds and share tags. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl.replace(/\/+$/, '')}/`).toString()
}

/** The addresses providers POST returns to, and nothing else (no page, no GET). */
export const isWebhookPath = (pathname: string): boolean => /^\/returer\/(?:webhook|ses)\/?$/.test(pathname)

/**
 * The reader's pages that take a form (POST): sign-up, confirmation and unsubscribe. Everything
 * else on the public site is read-only (lib/security/requestGuards.ts).
 */
export function isFormPath(pathname: string): boolean {
  return /^\/(?:prenumerera(?:\/bekrafta\/[^/]+)?|avregistrera(?:\/[^/]+)?)\/?$/.test(pathname)
}
