import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createMailer, replaceMailer, type Mailer } from '@/lib/mail/mailer'
import { LOGIN_LIMITS } from '@/lib/security/loginThrottle'
import type { User } from '@/payload-types'
import { graphql, restPost } from '@/testing/http'
import { mailTo } from '@/testing/mailbox'
import { createStaff, STAFF_PASSWORD, testPayload } from '@/testing/payload'

/** A client address of its own for each use, so the tests' limits never meet. */
let next = 0
const freshAddress = () => `198.51.${100 + Math.floor((next += 1) / 250)}.${next % 250}`

const WRONG = 'E-postadressen eller lösenordet som angivits är felaktigt.'

describe('logging in', () => {
  let payload: Payload
  let editor: User
  let outbox: string
  let previousMailer: Mailer

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff(payload, 'editor')
    outbox = await mkdtemp(path.join(os.tmpdir(), 'rus-login-'))
    previousMailer = replaceMailer(createMailer({ smtpUrl: null, outboxDir: outbox, from: { name: 'Nytt från RUS', address: 'nyhetsbrev@example.se' } }))
  })

  afterAll(async () => {
    replaceMailer(previousMailer)
    await rm(outbox, { recursive: true, force: true })
    await payload.db.destroy?.()
  })

  const login = (email: string, password: string, from: string) => restPost('/api/users/login', { email, password }, { from })
  const resetFor = (email: string, from: string) => restPost('/api/users/forgot-password', { email }, { from })
  /** Payload's own pause between two reset links of one account (15 s) passes at once. */
  const resetPauseEnds = (user: User) => payload.db.drizzle.execute(sql`UPDATE users SET reset_password_requested_at = NULL WHERE id = ${user.id}`)

  it(`stops one client after ${LOGIN_LIMITS.perClient.limit} failed logins over REST, with 429 and Retry-After`, async () => {
    const from = freshAddress()
    for (let i = 0; i < LOGIN_LIMITS.perClient.limit; i++) expect((await login(editor.email, 'wrong password!', from)).status).toBe(401)
    const refused = await login(editor.email, STAFF_PASSWORD, from)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.body.errors[0].message).toMatch(/^För många inloggningsförsök från din adress/)
    // Another client, and the account itself, are untouched: it was not locked.
    expect((await login(editor.email, STAFF_PASSWORD, freshAddress())).status).toBe(200)
  })

  it('counts an IPv6 /64 as one client: a fresh address in it is no fresh start', async () => {
    const guesser = await createStaff(payload, 'editor', 'v6')
    for (let i = 1; i <= LOGIN_LIMITS.perClient.limit; i++) expect((await login(guesser.email, 'wrong password!', `2001:db8:77:1::${i.toString(16)}`)).status).toBe(401)
    expect((await login(guesser.email, STAFF_PASSWORD, '2001:db8:77:1:ffff::1')).status).toBe(429)
    expect((await login(guesser.email, STAFF_PASSWORD, '2001:db8:77:2::1')).status).toBe(200)
  })

  it('counts GraphQL logins and password resets against the same limit', async () => {
    const from = freshAddress()
    const mutation = (password: string) => `mutation { loginUser(email: "${editor.email}", password: "${password}") { token } }`
    for (let i = 0; i < LOGIN_LIMITS.perClient.limit - 1; i++) await graphql(mutation('wrong password!'), { from })
    await graphql(`mutation { forgotPasswordUser(email: "${editor.email}") }`, { from })
    const refused = await graphql(mutation(STAFF_PASSWORD), { from })
    expect(refused.body.errors[0].message).toMatch(/^För många inloggningsförsök/)
    expect(refused.body.data?.loginUser ?? null).toBeNull()
  })

  it('forgives successful logins: a busy office behind one address is never stopped', async () => {
    const from = freshAddress()
    for (let i = 0; i < LOGIN_LIMITS.perClient.limit * 2; i++) expect((await login(editor.email, STAFF_PASSWORD, from)).status).toBe(200)
  })

  it('answers an unknown account exactly as a wrong password, after the same work', async () => {
    const timed = async (email: string, password: string) => {
      const started = performance.now()
      const { status, body } = await login(email, password, freshAddress())
      return { status, message: body.errors?.[0]?.message, ms: performance.now() - started }
    }
    const wrong = await timed(editor.email, 'wrong password!')
    const unknown = await timed('finns-inte@example.test', 'wrong password!')
    for (const answer of [wrong, unknown]) expect({ status: answer.status, message: answer.message }).toEqual({ status: 401, message: WRONG })
    // The same password hash is computed in each case (hundreds of milliseconds); before, an
    // unknown account was answered in a few. Generous bounds: this is about the work, not speed.
    expect(unknown.ms / wrong.ms).toBeGreaterThan(0.5)
  })

  it('lets no stranger lock an account: 30 wrong passwords from three clients, and its owner logs in at once', async () => {
    const owner = await createStaff(payload, 'admin', 'owner')
    for (const from of [freshAddress(), freshAddress(), freshAddress()]) {
      for (let i = 0; i < 10; i++) expect((await login(owner.email, 'wrong password!', from)).status).toBe(401)
    }
    expect((await login(owner.email, STAFF_PASSWORD, freshAddress())).status).toBe(200)
    // Payload keeps no count or lock at all.
    const { rows } = await payload.db.drizzle.execute(sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'users' AND column_name IN ('login_attempts', 'lock_until')`)
    expect(rows).toEqual([])
  })

  it(`bounds guessing from many clients at ${LOGIN_LIMITS.perAccount.limit} per account, while the owner's own client goes on`, async () => {
    const owner = await createStaff(payload, 'admin', 'target')
    const home = freshAddress()
    expect((await login(owner.email, STAFF_PASSWORD, home)).status).toBe(200)
    for (let i = 0; i < LOGIN_LIMITS.perAccount.limit; i++) expect((await login(owner.email, 'wrong password!', freshAddress())).status).toBe(401)
    const stranger = await login(owner.email, STAFF_PASSWORD, freshAddress())
    expect(stranger.status).toBe(429)
    expect(stranger.body.errors[0].message).toMatch(/^För många misslyckade inloggningar till kontot från nya platser/)
    expect((await login(owner.email, STAFF_PASSWORD, home)).status).toBe(200)
  })

  it("keeps strangers' reset requests from blocking the owner's, and mails an account at most ten links a day", async () => {
    const owner = await createStaff(payload, 'editor', 'reset')
    const links = async () => (await mailTo(outbox, owner.email)).length
    const stranger = freshAddress()
    for (let i = 0; i < LOGIN_LIMITS.resetsPerAccountFromClient.limit; i++) {
      await resetPauseEnds(owner)
      expect((await resetFor(owner.email, stranger)).status).toBe(200)
    }
    const refused = await resetFor(owner.email, stranger)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^Du har redan bett om flera länkar/)
    await resetPauseEnds(owner)
    expect((await resetFor(owner.email, freshAddress())).status).toBe(200)
    expect(await links()).toBe(4)
    // From many clients, the account gets its day's ten, and then nothing, answered as always.
    for (let i = 4; i < LOGIN_LIMITS.resetsPerAccount.limit + 3; i++) {
      await resetPauseEnds(owner)
      expect((await resetFor(owner.email, freshAddress())).status).toBe(200)
    }
    expect(await links()).toBe(LOGIN_LIMITS.resetsPerAccount.limit)
  })
})
