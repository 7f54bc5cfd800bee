/**
 * What a caller who is not signed in as staff may ask of the API in one request, and how many such
 * requests run at once. A reader's page never waits behind them: pages come from the cache, and
 * the database keeps connections for them (the API gets at most a few at a time).
 *
 * - `limit`: documents per page, REST and GraphQL alike, joins included (Payload's own default is 10).
 * - `depth`: how far REST fills in related documents (beyond it: their ids).
 * - `graphqlCost`: a GraphQL query's estimated work (lib/http/graphqlCost.ts).
 */
export const PUBLIC_API_CAPS = { limit: 100, depth: 1, graphqlCost: 2_000 }

type Capped = { limit?: unknown; depth?: unknown; pagination?: unknown; joins?: unknown }

/** A page size within the cap: an asked-for number up to it; "all" (0, or no pagination) is the cap. */
export function cappedLimit(limit: unknown, pagination: unknown = true): number | undefined {
  if (typeof limit === 'number' && limit > 0) return Math.min(Math.floor(limit), PUBLIC_API_CAPS.limit)
  if (limit === undefined && pagination !== false) return undefined
  return PUBLIC_API_CAPS.limit
}

/** A read's arguments within the caps: page size, depth, and each join's page size. */
export function capRead<T extends Capped>(args: T): T {
  const depth = typeof args.depth === 'number' ? Math.min(Math.max(0, args.depth), PUBLIC_API_CAPS.depth) : PUBLIC_API_CAPS.depth
  const joins =
    args.joins && typeof args.joins === 'object'
      ? Object.fromEntries(
          Object.entries(args.joins as Record<string, unknown>).map(([name, join]) => [
            name,
            join && typeof join === 'object' ? { ...join, limit: cappedLimit((join as { limit?: unknown }).limit) ?? PUBLIC_API_CAPS.limit } : join,
          ]),
        )
      : args.joins
  return { ...args, limit: cappedLimit(args.limit, args.pagination), depth, joins }
}
