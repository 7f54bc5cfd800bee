import { APIError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeArticle, makeEvent, makeGroup, makeIssue, makeMember } from '@/testing/content'
import { testPayload } from '@/testing/payload'

const system = { overrideAccess: true } as const

describe('deleting what is still in use', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  it('refuses to delete a member who sits in a group, and says which group', async () => {
    const member = await makeMember(payload)
    const group = await makeGroup(payload, 'published', [member.id])
    const error = await payload.delete({ collection: 'members', id: member.id, ...system }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(APIError)
    expect((error as APIError).status).toBe(409)
    expect((error as APIError).message).toContain(group.name)
    expect((await payload.findByID({ collection: 'members', id: member.id, ...system })).name).toBe(member.name)
  })

  it('refuses to delete an article that an issue carries, even a draft issue', async () => {
    const article = await makeArticle(payload, 'published')
    const issue = await makeIssue(payload, 'draft', [article.id])
    const error = await payload.delete({ collection: 'articles', id: article.id, ...system }).catch((e: unknown) => e)
    expect((error as APIError).message).toContain(issue.title)
    expect((await payload.findByID({ collection: 'articles', id: article.id, ...system })).title).toBe(article.title)
  })

  it('refuses to delete an event that is a group’s next meeting', async () => {
    const event = await makeEvent(payload, 'published')
    const group = await makeGroup(payload, 'published')
    await payload.update({ collection: 'reference-groups', id: group.id, data: { nextMeeting: event.id }, ...system })
    const error = await payload.delete({ collection: 'events', id: event.id, ...system }).catch((e: unknown) => e)
    expect((error as APIError).message).toContain(group.name)
  })

  it('refuses to delete a group that an article shows or an event meets in, and names them', async () => {
    const group = await makeGroup(payload, 'published')
    const article = await makeArticle(payload, 'draft', { referenceGroup: group.id })
    const event = await makeEvent(payload, 'published', { referenceGroup: group.id })
    const error = await payload.delete({ collection: 'reference-groups', id: group.id, ...system }).catch((e: unknown) => e)
    expect((error as APIError).status).toBe(409)
    expect((error as APIError).message).toBe(
      `Referensgruppen kan inte tas bort eftersom den används i "${article.title}", "${event.title}". Ta först bort kopplingen där.`,
    )
    expect((await payload.findByID({ collection: 'reference-groups', id: group.id, ...system })).name).toBe(group.name)
  })

  it('refuses to delete the person a call to join asks readers to answer', async () => {
    const member = await makeMember(payload)
    const group = await makeGroup(payload, 'published')
    await payload.update({ collection: 'reference-groups', id: group.id, data: { callToJoin: { text: 'Vill du delta?', replyTo: member.id } }, ...system })
    const error = await payload.delete({ collection: 'members', id: member.id, ...system }).catch((e: unknown) => e)
    expect((error as APIError).message).toContain(group.name)
  })

  it('deletes freely once nothing uses it', async () => {
    const member = await makeMember(payload)
    await payload.delete({ collection: 'members', id: member.id, ...system })
    expect((await payload.count({ collection: 'members', where: { id: { equals: member.id } }, ...system })).totalDocs).toBe(0)
  })
})
