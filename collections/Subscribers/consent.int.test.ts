import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { createMailer, replaceMailer } from '@/lib/mail/mailer'
import type { User } from '@/payload-types'
import { createStaff, testPayload, unique } from '@/testing/payload'

describe('the consent record', () => {
  let payload: Payload
  let editor: User

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff(payload, 'editor')
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  it('records a change of address by staff, from what to what and by whom', async () => {
    const key = unique()
    const subscriber = await payload.create({ collection: 'subscribers', data: { email: `gammal-${key}@example.se` }, user: editor, overrideAccess: false })
    const changed = await payload.update({ collection: 'subscribers', id: subscriber.id, data: { email: `Ny-${key}@Example.se` }, user: editor, overrideAccess: false })
    expect(changed.email).toBe(`ny-${key}@example.se`)
    expect(changed.consent?.at(-1)).toMatchObject({ event: 'addressChangedByStaff', lists: `gammal-${key}@example.se → ny-${key}@example.se`, by: editor.email })
    // Saving without a change of address adds no line about one.
    const again = await payload.update({ collection: 'subscribers', id: subscriber.id, data: { name: 'Namn' }, user: editor, overrideAccess: false })
    expect(again.consent?.filter((line) => line.event === 'addressChangedByStaff')).toHaveLength(1)
    await payload.delete({ collection: 'subscribers', id: subscriber.id, overrideAccess: true })
  })

  it('deleting a subscriber removes the mail written to the address from the outbox, and only that', async () => {
    const outbox = await mkdtemp(path.join(os.tmpdir(), 'rus-outbox-'))
    const outboxMailer = createMailer({ smtpUrl: null, outboxDir: outbox, from: { name: 'Nytt från RUS', address: 'nyhetsbrev@example.se' } })
    const previous = replaceMailer(outboxMailer)
    try {
      const key = unique()
      const [gone, kept] = [`borta-${key}@example.se`, `kvar-${key}@example.se`]
      const subscriber = await payload.create({ collection: 'subscribers', data: { email: gone }, overrideAccess: true })
      for (const to of [gone, gone, kept]) await outboxMailer.send({ to, subject: 'Hej', text: 'Hej' })
      expect(await readdir(outbox)).toHaveLength(3)
      await payload.delete({ collection: 'subscribers', id: subscriber.id, overrideAccess: true })
      const left = await readdir(outbox)
      expect(left).toHaveLength(1)
      expect(left.join('')).not.toContain(gone)
    } finally {
      replaceMailer(previous)
      await rm(outbox, { recursive: true, force: true })
    }
  })
})
