import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { LOGIN_LIMIT } from '@/lib/security/loginThrottle'
import { graphql, restPost } from '@/testing/http'
import { createStaff, STAFF_PASSWORD, testPayload, tokenFor } from '@/testing/payload'

/** A client address of its own for each test, so the tests' limits never meet. */
let next = 0
const freshAddress = () => `198.51.100.${(next += 1)}`

const WRONG = 'E-postadressen eller lösenordet som angivits är felaktigt.'

describe('logging in', () => {
  let payload: Payload
  let admin: User
  let editor: User

  beforeAll(async () => {
    payload = await testPayload()
    admin = await createStaff(payload, 'admin')
    editor = await createStaff(payload, 'editor')
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  const login = (email: string, password: string, from: string) => restPost('/api/users/login', { email, password }, { from })

  it(`stops one address after ${LOGIN_LIMIT.limit} failed logins over REST, with 429 and Retry-After`, async () => {
    const from = freshAddress()
    for (let i = 0; i < LOGIN_LIMIT.limit; i++) expect((await login(editor.email, 'wrong password!', from)).status).toBe(401)
    const refused = await login(editor.email, STAFF_PASSWORD, from)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.body.errors[0].message).toMatch(/^För många inloggningsförsök från din adress/)
    // Another address, and the account itself, are untouched: it was not locked.
    expect((await login(editor.email, STAFF_PASSWORD, freshAddress())).status).toBe(200)
  })

  it('counts GraphQL logins and password resets against the same limit', async () => {
    const from = freshAddress()
    const mutation = (password: string) => `mutation { loginUser(email: "${editor.email}", password: "${password}") { token } }`
    for (let i = 0; i < LOGIN_LIMIT.limit - 1; i++) await graphql(mutation('wrong password!'), { from })
    await graphql(`mutation { forgotPasswordUser(email: "${editor.email}") }`, { from })
    const refused = await graphql(mutation(STAFF_PASSWORD), { from })
    expect(refused.body.errors[0].message).toMatch(/^För många inloggningsförsök/)
    expect(refused.body.data?.loginUser ?? null).toBeNull()
  })

  it('forgives successful logins: a busy office behind one address is never stopped', async () => {
    const from = freshAddress()
    for (let i = 0; i < LOGIN_LIMIT.limit * 2; i++) expect((await login(editor.email, STAFF_PASSWORD, from)).status).toBe(200)
  })

  it('answers an unknown and a locked account exactly as a wrong password, after the same work', async () => {
    const locked = await createStaff(payload, 'editor', 'locked')
    await payload.db.updateOne({ collection: 'users', id: locked.id, data: { lockUntil: new Date(Date.now() + 60_000).toISOString(), loginAttempts: 25 } })
    const timed = async (email: string, password: string) => {
      const started = performance.now()
      const { status, body } = await login(email, password, freshAddress())
      return { status, message: body.errors?.[0]?.message, ms: performance.now() - started }
    }
    const wrong = await timed(editor.email, 'wrong password!')
    const unknown = await timed('finns-inte@example.test', 'wrong password!')
    const lockedOut = await timed(locked.email, STAFF_PASSWORD)
    for (const answer of [wrong, unknown, lockedOut]) expect({ status: answer.status, message: answer.message }).toEqual({ status: 401, message: WRONG })
    // The same password hash is computed in each case (hundreds of milliseconds); before, an
    // unknown account was answered in a few. Generous bounds: this is about the work, not speed.
    expect(unknown.ms / wrong.ms).toBeGreaterThan(0.5)
    expect(lockedOut.ms / wrong.ms).toBeGreaterThan(0.5)
  })

  it('lets only an admin lift a lockout', async () => {
    const asEditor = await restPost('/api/users/unlock', { email: admin.email }, { token: await tokenFor(payload, editor) })
    expect(asEditor.status).toBe(403)
    const asAdmin = await restPost('/api/users/unlock', { email: editor.email }, { token: await tokenFor(payload, admin) })
    expect(asAdmin.status).toBe(200)
  })
})
