import type { SearchProblem } from './searchTerms'

import type { PageKind } from '@/lib/routes'

export type SearchKind = PageKind

export type SearchHit = {
  kind: SearchKind
  slug: string
  title: string
  /** Escaped text with <mark> around the matched words (content/search/snippet.ts). */
  snippetHtml: string
  /**
   * ISO instant: the first published issue that carries an article (else its last edit), an
   * event's start (null when only an approximate day is known), an issue's date; null for a group.
   */
  date: string | null
  url: string
}

export type SearchResult = {
  /** The words searched for, as the reader typed them (cleaned and cut). */
  query: string
  problem: SearchProblem | null
  total: number
  /** The page shown: the one asked for, or the last one when that was past the end. */
  page: number
  pageCount: number
  hits: SearchHit[]
}
