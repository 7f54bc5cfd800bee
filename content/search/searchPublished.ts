/**
 * Site search (/sok): PostgreSQL full-text search over published articles, events, reference
 * groups and issues, through the weighted `search_vector` columns of migrations/*_search.ts.
 *
 * Access: every other public read in content/reads goes through the Local API with
 * `overrideAccess: false`. This one is raw SQL, which Payload's access rules never see, so the
 * `_status = 'published'` condition on each table below IS the access rule. The main tables hold
 * only the latest published text of a document (a draft saved on top of it lives in the versions
 * tables), so drafts, unpublished and deleted documents cannot match.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { PAGE_OF } from '@/lib/routes'
import { toPageNumber } from '@/content/search/pageNumber'
import { SEARCHED_TAGS, searchMemo } from '@/content/search/resultCache'
import { toPrefixQuery, toSearchTerms } from '@/content/search/searchTerms'
import { HEADLINE_OPTIONS, SNIPPET_TRANSLATE_FROM, SNIPPET_TRANSLATE_TO, snippetToHtml } from '@/content/search/snippet'
import type { SearchHit, SearchKind, SearchResult } from '@/content/search/types'


export const SEARCH_PAGE_SIZE = 10

/** A piece of SQL whose interpolated values are sent as bound parameters. */
type SQL = ReturnType<typeof sql>

/** A Lexical value's text, as the migration indexes it (the same JSON path), for ts_headline. */
const richTextOf = (column: SQL): SQL =>
  sql`(SELECT string_agg(value, ' ') FROM jsonb_array_elements_text(jsonb_path_query_array(coalesce(${column}, '{}'), 'strict $.**.text ? (@.type() == "string")')))`

/** A date as an ISO instant, whatever the session's time zone and the driver's date parsing. */
const isoDate = (value: SQL): SQL => sql`to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/** An article's date is that of the first published issue that carries it, else its last edit. */
const articleDate = sql`coalesce((
  SELECT min(i.issue_date) FROM issues_sections_items it
  JOIN issues_sections s ON s.id = it._parent_id
  JOIN issues i ON i.id = s._parent_id
  WHERE it.article_id = a.id AND i._status = 'published'
), a.updated_at)`

/**
 * Every published document that matches, with its rank and date. The text for its snippet is not
 * here: pulling the words out of the rich text costs more than ranking, so it is done only for the
 * page of hits shown (snippetSource), not for every match (measured: bench/searchProfile.ts).
 */
function matchesOf(query: SQL): SQL {
  return sql`
    SELECT 'article' AS kind, a.id, a.slug, a.title, ${articleDate} AS date, ts_rank_cd(a.search_vector, ${query}) AS rank
    FROM articles a WHERE a._status = 'published' AND a.slug IS NOT NULL AND a.search_vector @@ ${query}
    UNION ALL
    SELECT 'event', e.id, e.slug, e.title, CASE WHEN e.approximate_date IS NULL THEN e.starts_at END, ts_rank_cd(e.search_vector, ${query})
    FROM events e WHERE e._status = 'published' AND e.slug IS NOT NULL AND e.search_vector @@ ${query}
    UNION ALL
    SELECT 'group', g.id, g.slug, g.name, NULL::timestamptz, ts_rank_cd(g.search_vector, ${query})
    FROM reference_groups g WHERE g._status = 'published' AND g.slug IS NOT NULL AND g.search_vector @@ ${query}
    UNION ALL
    SELECT 'issue', i.id, i.slug, i.title, i.issue_date, ts_rank_cd(i.search_vector, ${query})
    FROM issues i WHERE i._status = 'published' AND i.slug IS NOT NULL AND i.search_vector @@ ${query}`
}

/** The text a shown hit's snippet is cut from: what its search_vector indexes, as one string. */
const snippetSource = sql`CASE shown.kind
  WHEN 'article' THEN (SELECT concat_ws(' – ', a.title, a.lead, ${richTextOf(sql`a.body`)}) FROM articles a WHERE a.id = shown.id)
  WHEN 'event' THEN (SELECT concat_ws(' – ', e.title, e.newsletter_heading, e.summary, e.theme, ${richTextOf(sql`e.description`)}) FROM events e WHERE e.id = shown.id)
  WHEN 'group' THEN (SELECT concat_ws(' – ', g.name, g.purpose) FROM reference_groups g WHERE g.id = shown.id)
  ELSE (SELECT concat_ws(' – ', i.title, i.preheader, i.intro) FROM issues i WHERE i.id = shown.id)
END`

/**
 * One statement: the number of matches, and one page of them, best first (ts_rank_cd weighs a
 * title above a lead above the body), newest first among equals. A page past the end is taken
 * as the last page. ts_headline and the snippet's text, the costly parts, are made only for the
 * rows of that page. Exported for bench/searchProfile.ts, which shows its plan.
 */
export function searchStatement(prefixQuery: string, page: number): SQL {
  const query = sql`to_tsquery('swedish', ${prefixQuery})`
  return sql`
    WITH matches AS (${matchesOf(query)}),
    counted AS (
      SELECT count(*)::int AS total,
        (least(${page}::int, greatest(ceil(count(*) / ${SEARCH_PAGE_SIZE}::numeric)::int, 1)) - 1) * ${SEARCH_PAGE_SIZE}::int AS skip
      FROM matches
    ),
    shown AS (
      SELECT * FROM matches ORDER BY rank DESC, date DESC NULLS LAST, title, slug
      LIMIT ${SEARCH_PAGE_SIZE}::int OFFSET (SELECT skip FROM counted)
    )
    SELECT counted.total, counted.skip, shown.kind, shown.slug, shown.title, ${isoDate(sql`shown.date`)} AS date,
      ts_headline('swedish', translate(${snippetSource}, ${SNIPPET_TRANSLATE_FROM}, ${SNIPPET_TRANSLATE_TO}), ${query}, ${HEADLINE_OPTIONS}) AS snippet
    FROM counted LEFT JOIN shown ON true
    ORDER BY shown.rank DESC, shown.date DESC NULLS LAST, shown.title, shown.slug`
}

type Row = { total: number; skip: number; kind: SearchKind | null; slug: string | null; title: string | null; date: string | null; snippet: string | null }

function toHit(row: Row): SearchHit[] {
  if (!row.kind || !row.slug) return []
  const hit = { kind: row.kind, slug: row.slug, title: row.title ?? '', date: row.date, url: PAGE_OF[row.kind](row.slug) }
  return [{ ...hit, snippetHtml: snippetToHtml(row.snippet ?? '') }]
}

const searchRows = searchMemo.remember('search', SEARCHED_TAGS, async (payload: Payload, prefixQuery: string, asked: number): Promise<Row[]> => {
  return (await payload.db.drizzle.execute(searchStatement(prefixQuery, asked))).rows as Row[]
})

/** Published documents matching what a reader typed; never throws on what they typed. */
export async function searchPublished(payload: Payload, rawQuery: string, page: number): Promise<SearchResult> {
  const terms = toSearchTerms(rawQuery)
  const asked = toPageNumber(String(page))
  if (terms.problem === 'empty') return { query: '', problem: 'empty', total: 0, page: 1, pageCount: 0, hits: [] }
  const prefixQuery = toPrefixQuery(terms.words)
  const found = await searchRows(payload, prefixQuery, asked)
  const total = found[0]?.total ?? 0
  return {
    query: terms.text,
    problem: terms.problem,
    total,
    page: Math.floor((found[0]?.skip ?? 0) / SEARCH_PAGE_SIZE) + 1,
    pageCount: Math.ceil(total / SEARCH_PAGE_SIZE),
    hits: found.flatMap(toHit),
  }
}
