import type { ExecutionArgs, ValidationRule } from 'graphql'
import { addDataAndFileToRequest, APIError, docAccessOperation, type CollectionBeforeOperationHook, type CollectionConfig, type Endpoint, type PayloadRequest } from 'payload'

import { staffOf } from '@/access/roles'
import { sortProblem, whereProblem, type QueryField } from '@/lib/database/queryRules'
import { graphqlCostRule } from '@/lib/http/graphqlCost'
import { capRead } from '@/lib/http/publicApiCaps'

import { auditAfterChange, auditAfterDelete } from './shared/auditHooks'

/** The operations whose `where` and `sort` come from a request (REST, GraphQL, the admin's lists). */
const QUERYING = new Set(['read', 'count', 'readDistinct', 'update', 'delete'])

const refuseUnqueryable: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!QUERYING.has(operation)) return args
  const fields = collection.flattenedFields as QueryField[]
  const collections = req.payload.collections as Record<string, { config: { flattenedFields: unknown } } | undefined>
  const fieldsOf = (slug: string) => collections[slug]?.config.flattenedFields as QueryField[] | undefined
  const { where, sort } = args as { where?: unknown; sort?: unknown }
  const problem = whereProblem(where, fields, fieldsOf) ?? sortProblem(sort, fields, fieldsOf)
  if (problem) throw new APIError(problem, 400, null, true)
  return args
}

/**
 * A read over REST or GraphQL by anyone but staff stays within lib/http/publicApiCaps.ts: page
 * size, depth, joins. The site's own reads (the Local API) and staff are not capped.
 */
const capPublicReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local' || staffOf({ req })) return args
  return capRead(args)
}

/** GraphQL queries by anyone but staff are refused above their cost cap (lib/http/graphqlCost.ts). */
export function publicGraphqlRules(args: ExecutionArgs): ValidationRule[] {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  if (req && staffOf({ req })) return []
  return [graphqlCostRule(args.variableValues ?? undefined) as ValidationRule]
}

/**
 * POST /api/<collection>/access/<id> tells the admin what the editor may do with a document. For
 * anyone else Payload answers 200 for a draft and 404 for a missing id, which says which drafts
 * exist; here only staff get an answer. A collection's own endpoints come before Payload's.
 */
const documentAccessForStaff = (slug: string): Endpoint => ({
  path: '/access/:id',
  method: 'post',
  handler: async (req) => {
    if (!staffOf({ req })) return Response.json({ errors: [{ message: 'Du har inte behörighet att se detta.' }] }, { status: 403 })
    const collection = (req.payload.collections as Record<string, Parameters<typeof docAccessOperation>[0]['collection']>)[slug]
    if (!collection) return Response.json({ errors: [{ message: 'Samlingen finns inte.' }] }, { status: 404 })
    const id = String(req.routeParams?.id ?? '')
    await addDataAndFileToRequest(req)
    return Response.json(await docAccessOperation({ id, collection, data: req.data, req }))
  },
})

/**
 * What every collection's API does beyond Payload's defaults: refuse, with a 400, a query its fields
 * cannot answer (lib/database/queryRules.ts), keep reads by anyone but staff within their caps,
 * answer document-access questions only for staff, and log what a person changes (audit/).
 */
export function withApiRules(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const endpoints = collection.endpoints === false ? false : [documentAccessForStaff(collection.slug), ...(collection.endpoints ?? [])]
  return {
    ...collection,
    endpoints,
    hooks: {
      ...hooks,
      beforeOperation: [refuseUnqueryable, capPublicReads, ...(hooks.beforeOperation ?? [])],
      // Who did what (audit/): after the collection's own hooks, so the log sees the change as kept.
      afterChange: [...(hooks.afterChange ?? []), auditAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), auditAfterDelete],
    },
  }
}
