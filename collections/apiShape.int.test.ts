import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_API } from '@/lib/security/requestGuards'
import { testPayload } from '@/testing/payload'

type Endpoints = Payload['collections']['issues']['config']['endpoints']

/** The words of the collection's own endpoints under /:id/ (Payload's /:id/duplicate is allowed for all). */
function ownEndpoints(endpoints: Endpoints): { endpoints?: string[] } {
  const words = (endpoints || []).flatMap((e: { path: string }) => {
    const match = /^\/:id\/([\w-]+)$/.exec(e.path)
    return match?.[1] && match[1] !== 'duplicate' ? [match[1]] : []
  })
  return words.length > 0 ? { endpoints: words } : {}
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
