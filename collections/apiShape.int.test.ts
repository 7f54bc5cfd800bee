import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_API } from '@/lib/security/requestGuards'
import { testPayload } from '@/testing/payload'

type Endpoints = Payload['collections']['issues']['config']['endpoints']

/** Payload's own words at a collection's root (the proxy knows them by name). */
const PAYLOAD_OWN = new Set(['count', 'versions', 'access', 'file', 'login', 'logout', 'me', 'refresh-token', 'forgot-password', 'reset-password', 'unlock', 'init', 'first-register', 'verify'])

/** The words of the collection's own endpoints under /:id/ (Payload's /:id/duplicate is allowed for all), and at its root. */
function ownEndpoints(endpoints: Endpoints): { endpoints?: string[]; words?: string[] } {
  const paths = (endpoints || []).map((e: { path: string }) => e.path)
  const underId = paths.flatMap((p) => {
    const match = /^\/:id\/([\w-]+)$/.exec(p)
    return match?.[1] && match[1] !== 'duplicate' ? [match[1]] : []
  })
  const atRoot = paths.flatMap((p) => /^\/([\w-]+)$/.exec(p)?.[1] ?? []).filter((word) => !PAYLOAD_OWN.has(word))
  return { ...(underId.length > 0 ? { endpoints: underId } : {}), ...(atRoot.length > 0 ? { words: atRoot } : {}) }
}

/** The proxy's table of what each collection's REST API has must follow the real configuration. */
describe('the API table of lib/security/requestGuards.ts', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  it('names every collection of ours with its versions, upload, auth and own /:id/… endpoints', () => {
    const ours = Object.values(payload.collections)
      .map((c) => c.config)
      .filter((config) => !config.slug.startsWith('payload-'))
    const actual = Object.fromEntries(
      ours.map((config) => [
        config.slug,
        {
          ...(config.versions ? { versions: true } : {}),
          ...(config.upload ? { upload: true } : {}),
          ...(config.auth ? { auth: true } : {}),
          ...ownEndpoints(config.endpoints),
        },
      ]),
    )
    expect(COLLECTION_API).toEqual(actual)
    for (const config of ours) expect(config.auth && config.auth.verify, `${config.slug} verifies e-mail`).toBeFalsy()
  })
})
