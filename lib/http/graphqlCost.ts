/**
 * A GraphQL query's cost, estimated before it runs (graphql-query-complexity): a list costs what
 * one of its items costs times how many it may hold. Payload's own limit gives a join or a
 * relationship a fixed 10 whatever it holds, so one query asking for every article and, for each,
 * every issue it appears in passed it and kept the server busy for seconds; here it costs
 * 100 × 100 × its fields, and is refused before any work is done.
 */
import { getNullableType, GraphQLError, isListType, type ValidationContext } from 'graphql'
import { createComplexityRule, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity'

import { cappedLimit, PUBLIC_API_CAPS } from './publicApiCaps'

/** What a list without a `limit` is taken to hold (a relationship with many, say). */
const LIST_GUESS = 10

/**
 * A field with a `limit` argument (a collection's list, a join) holds that many, within the cap,
 * or the cap when it asks for all; its `docs` are counted there, not again. Any other list is
 * guessed at. Everything else costs 1 and its fields.
 */
const byListSize: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.args.some((arg) => arg.name === 'limit')) return 1 + childComplexity * (cappedLimit(args.limit ?? 0) ?? PUBLIC_API_CAPS.limit)
  if (field.name !== 'docs' && isListType(getNullableType(field.type))) return 1 + childComplexity * LIST_GUESS
  return undefined
}

const tooCostly = (max: number, actual: number) =>
  new GraphQLError(`Frågan är för stor (beräknad kostnad ${actual}, högst ${max}). Be om färre dokument åt gången (limit) eller färre nivåer.`)

/** The cost rule for one request, given its variables. */
export const graphqlCostRule = (variables: Record<string, unknown> | undefined): ((context: ValidationContext) => unknown) =>
  createComplexityRule({
    maximumComplexity: PUBLIC_API_CAPS.graphqlCost,
    variables,
    estimators: [byListSize, simpleEstimator({ defaultComplexity: 1 })],
    createError: tooCostly,
  })
