import { Forbidden, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { createStaff, testPayload } from '@/testing/payload'

const newAccount = () => ({
  email: `new-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`,
  password: 'another long passphrase',
  role: 'editor' as const,
})

describe('users: who may do what', () => {
  let payload: Payload
  let admin: User
  let editor: User
  let otherEditor: User

  beforeAll(async () => {
    payload = await testPayload()
    admin = await createStaff(payload, 'admin')
    editor = await createStaff(payload, 'editor')
    otherEditor = await createStaff(payload, 'editor', 'other')
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  describe('an anonymous request', () => {
    it('cannot read any user', async () => {
      await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(Forbidden)
      await expect(payload.findByID({ collection: 'users', id: editor.id, overrideAccess: false })).rejects.toThrow(
        Forbidden,
      )
    })

    it('cannot create a user', async () => {
      await expect(payload.create({ collection: 'users', data: newAccount(), overrideAccess: false })).rejects.toThrow(
        Forbidden,
      )
    })

    it('cannot change or delete a user', async () => {
      await expect(
        payload.update({ collection: 'users', id: editor.id, data: { name: 'Hacked' }, overrideAccess: false }),
      ).rejects.toThrow(Forbidden)
      await expect(payload.delete({ collection: 'users', id: editor.id, overrideAccess: false })).rejects.toThrow(
        Forbidden,
      )
    })
  })

  describe('an editor', () => {
    it('cannot create users', async () => {
      await expect(
        payload.create({ collection: 'users', data: newAccount(), user: editor, overrideAccess: false }),
      ).rejects.toThrow(Forbidden)
    })

    it('cannot raise their own role', async () => {
      const updated = await payload.update({
        collection: 'users',
        id: editor.id,
        data: { role: 'admin', name: 'Redaktören' },
        user: editor,
        overrideAccess: false,
      })
      expect(updated.name).toBe('Redaktören')
      const stored = await payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })
      expect(stored.role).toBe('editor')
    })

    it('cannot see, change or delete another account', async () => {
      const seen = await payload.find({ collection: 'users', user: editor, overrideAccess: false })
      expect(seen.docs.map((u) => u.id)).toEqual([editor.id])
      await expect(
        payload.update({ collection: 'users', id: otherEditor.id, data: { role: 'admin' }, user: editor, overrideAccess: false }),
      ).rejects.toThrow(Forbidden)
      await expect(
        payload.delete({ collection: 'users', id: otherEditor.id, user: editor, overrideAccess: false }),
      ).rejects.toThrow(Forbidden)
      const stored = await payload.findByID({ collection: 'users', id: otherEditor.id, overrideAccess: true })
      expect(stored.role).toBe('editor')
    })
  })

  describe('an admin', () => {
    it('creates users with a role, changes roles and deletes users', async () => {
      const created = await payload.create({
        collection: 'users',
        data: { ...newAccount(), role: 'admin' },
        user: admin,
        overrideAccess: false,
      })
      expect(created.role).toBe('admin')
      const demoted = await payload.update({
        collection: 'users',
        id: created.id,
        data: { role: 'editor' },
        user: admin,
        overrideAccess: false,
      })
      expect(demoted.role).toBe('editor')
      await payload.delete({ collection: 'users', id: created.id, user: admin, overrideAccess: false })
      const left = await payload.find({ collection: 'users', where: { id: { equals: created.id } }, overrideAccess: true })
      expect(left.totalDocs).toBe(0)
    })
  })
})
