import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraph, richText } from '@/content/richText/build'
import { stockholmDay } from '@/lib/dates'
import { restPost } from '@/testing/http'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'
import type { User } from '@/payload-types'

import { editorialApi } from './api'

const DAY = 24 * 60 * 60 * 1000

describe('"Nytt nummer från det förra"', () => {
  let payload: Payload
  let editor: User
  let token = ''
  const tag = unique()
  const issues: number[] = []
  const articles: number[] = []
  const texts: number[] = []

  const issueOn = async (day: string, title: string) => {
    const article = await payload.create({ collection: 'articles', data: { title: `Artikel ${tag} ${day}`, lead: 'Ingress.', _status: 'published' }, overrideAccess: true })
    articles.push(article.id)
    const issue = await payload.create({
      collection: 'issues',
      data: {
        title,
        slug: `${day}`,
        issueDate: `${day}T10:00:00.000Z`,
        issueDate_tz: 'Europe/Stockholm',
        intro: `Inledningen ${tag}.`,
        sections: [
          { heading: 'AKTUELLT', items: [{ kind: 'article', article: article.id }] },
          { heading: 'KALENDARIUM', items: [] },
        ],
        highlights: [{ text: 'En punkt.', kind: 'article', article: article.id }],
        footer: { distributionNote: `Utskicket går till testlistan ${tag}.`, contactName: 'Julia Martinsson' },
        _status: 'published',
      },
      overrideAccess: true,
    })
    issues.push(issue.id)
    return issue
  }

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff(payload, 'editor', `next-${tag}`)
    token = await tokenFor(payload, editor)
  })

  afterAll(async () => {
    for (const id of issues.reverse()) await payload.delete({ collection: 'issues', id, overrideAccess: true })
    for (const id of articles) await payload.delete({ collection: 'articles', id, overrideAccess: true })
    for (const id of texts) await payload.delete({ collection: 'reusable-texts', id, overrideAccess: true })
  })

  it("makes a draft with the chosen issue's sections, intro and footer, no items, on the next day in the rhythm, titled in the house style", async () => {
    await issueOn('1991-01-15', 'Nytt från RUS 15 januari')
    const last = await issueOn('1991-02-12', 'Nytt från RUS 12 februari')
    const reminder = await payload.create({ collection: 'reusable-texts', data: { name: `Påminnelse ${tag}`, body: richText(paragraph('Glöm inte att prenumerera.')), _status: 'published' }, overrideAccess: true })
    texts.push(reminder.id)
    await payload.update({ collection: 'issues', id: last.id, data: { reusableTexts: [reminder.id] }, overrideAccess: true })
    const { status, body } = await restPost(editorialApi.nextIssue(last.id), {}, { token })
    expect(status).toBe(201)
    issues.push(body.id)
    const made = await payload.findByID({ collection: 'issues', id: body.id, draft: true, depth: 0, overrideAccess: true })
    expect(made._status).toBe('draft')
    expect(made.sections?.map((s) => [s.heading, s.items?.length ?? 0])).toEqual([['AKTUELLT', 0], ['KALENDARIUM', 0]])
    expect(made.highlights ?? []).toEqual([])
    expect(made.intro).toBe(`Inledningen ${tag}.`)
    expect(made.footer?.distributionNote).toBe(`Utskicket går till testlistan ${tag}.`)
    expect(made.reusableTexts).toEqual([reminder.id])
    // 28 days apart, so every 28 days from the last one, to the first that is today or later.
    const day = stockholmDay(made.issueDate)
    expect(made.slug).toBe(day)
    expect(day >= stockholmDay(new Date())).toBe(true)
    expect((Date.parse(`${day}T12:00:00Z`) - Date.parse('1991-02-12T12:00:00Z')) / DAY % 28).toBe(0)
    const [, dayOfMonth, month] = /^Nytt från RUS (\d{1,2}) (\p{L}+)$/u.exec(made.title) ?? []
    expect(Number(dayOfMonth)).toBe(Number(day.slice(8)))
    expect(month).toBe(new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' }).format(Date.parse(`${day}T12:00:00Z`)))
  })

  it('is for staff, and says so for an issue that does not exist', async () => {
    expect((await restPost(editorialApi.nextIssue(), {})).status).toBe(403)
    const missing = await restPost(editorialApi.nextIssue(2_000_000_000), {}, { token })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toBe('Numret finns inte.')
  })
})
