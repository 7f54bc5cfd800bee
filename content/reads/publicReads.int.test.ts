import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeArticle, makeEvent, makeGroup, makeIssue, makeMember } from '@/testing/content'
import { testPayload } from '@/testing/payload'

import { getArticle } from './articles'
import { getEvent, listEvents } from './events'
import { getGroup, listGroups } from './groups'
import { getIssue, getLatestIssue, listIssues, listRecentIssues } from './issues'
import { PUBLIC_READER } from './reader'

const QUERY_DIR = path.join(import.meta.dirname)

/** Every Local API call in content/reads, with its argument text. */
function localApiCalls(): { file: string; call: string }[] {
  return readdirSync(QUERY_DIR)
    .filter((f) => f.endsWith('.ts') && !f.includes('.test.'))
    .flatMap((file) => {
      const source = readFileSync(path.join(QUERY_DIR, file), 'utf8')
      return [...source.matchAll(/payload\.(find|findByID|findGlobal|count)\(/g)].map((match) => {
        let depth = 0
        let end = match.index + match[0].length - 1
        do {
          const c = source[end]
          if (c === '(' || c === '{') depth += 1
          if (c === ')' || c === '}') depth -= 1
          end += 1
        } while (depth > 0 && end < source.length)
        return { file, call: source.slice(match.index, end) }
      })
    })
}

describe('public reads', () => {
  it('every Local API call in content/reads writes out overrideAccess: false', () => {
    const calls = localApiCalls()
    expect(calls.length).toBeGreaterThanOrEqual(8)
    for (const { file, call } of calls) expect(`${file}: ${call}`).toMatch(/overrideAccess: false/)
  })

  describe('against the database', () => {
    let payload: Payload
    const secretEmail = 'hemlig.adress@lansstyrelsen.test'

    beforeAll(async () => {
      payload = await testPayload()
    })

    afterAll(async () => {
      await payload.db.destroy?.()
    })

    it('never return a draft, nor a draft inside a published document, nor a member’s contact details', async () => {
      const member = await makeMember(payload)
      await payload.update({ collection: 'members', id: member.id, data: { email: secretEmail, phone: '070-123 45 67' }, overrideAccess: true })
      const group = await makeGroup(payload, 'published', [member.id])
      const published = await makeArticle(payload, 'published', { referenceGroup: group.id })
      const draft = await makeArticle(payload, 'draft')
      const draftEvent = await makeEvent(payload, 'draft')
      const issue = await makeIssue(payload, 'published', [published.id, draft.id])
      const draftIssue = await makeIssue(payload, 'draft', [published.id])

      expect(await getArticle(payload, PUBLIC_READER, String(draft.slug))).toBeNull()
      expect(await getEvent(payload, PUBLIC_READER, String(draftEvent.slug))).toBeNull()
      expect(await getIssue(payload, PUBLIC_READER, String(draftIssue.slug))).toBeNull()
      const view = await getIssue(payload, PUBLIC_READER, String(issue.slug))
      expect(view?.sections[0]?.items.map((i) => i.slug)).toEqual([published.slug])

      const everything = JSON.stringify([
        view,
        await getLatestIssue(payload, PUBLIC_READER),
        await listIssues(payload, PUBLIC_READER),
        await listRecentIssues(payload, PUBLIC_READER, 100),
        await getArticle(payload, PUBLIC_READER, String(published.slug)),
        await listEvents(payload, PUBLIC_READER),
        await listGroups(payload, PUBLIC_READER),
        await getGroup(payload, PUBLIC_READER, String(group.slug)),
      ])
      expect(everything).toContain(member.name)
      for (const secret of [draft.title, draftEvent.title, draftIssue.title, secretEmail, '070-123 45 67']) {
        expect(everything).not.toContain(secret)
      }
    })

    it('answer a malformed slug with nothing instead of an error', async () => {
      for (const slug of ['../../etc/passwd', "'; drop table articles; --", 'x'.repeat(5000), '%00', 'Stora bokstäver']) {
        expect(await getArticle(payload, PUBLIC_READER, slug)).toBeNull()
        expect(await getIssue(payload, PUBLIC_READER, slug)).toBeNull()
        expect(await getEvent(payload, PUBLIC_READER, slug)).toBeNull()
        expect(await getGroup(payload, PUBLIC_READER, slug)).toBeNull()
      }
    })
  })
})
