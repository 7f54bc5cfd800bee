import { routes } from '@/lib/routes'

/** The pages the benchmark measures: the seed's March 2021 issue and what hangs off it. */
export const ISSUE = routes.issue('2021-03-31')
export const ARTICLE_SLUG = 'nationell-samordning-for-en-hallbar-plastanvandning'
export const ARTICLE = routes.article(ARTICLE_SLUG)
export const WEB_VERSION = routes.issueWebVersion('2021-03-31')
export const EVENT = routes.event('miljomalsdagarna-2021')

export const LOAD_PAGES = [routes.home(), ISSUE, ARTICLE, WEB_VERSION]
export const WEIGHT_PAGES = [...LOAD_PAGES, EVENT]
export const LIGHTHOUSE_PAGES = [routes.home(), ISSUE, ARTICLE, EVENT]
export const INSTANCE_PAGES = [routes.home(), ARTICLE]

/** Short names for the printed table; the JSON keeps the paths. */
export const PAGE_LABELS: Record<string, string> = {
  [routes.home()]: 'home',
  [ISSUE]: 'issue',
  [ARTICLE]: 'article',
  [WEB_VERSION]: 'web version',
  [EVENT]: 'event',
}
