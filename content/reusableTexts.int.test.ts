import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }), headers: async () => new Headers() }))

import { GET as issuePage } from '@/app/(site)/nyhetsbrev/[slug]/route'
import { block, paragraph, richText } from '@/content/richText/build'
import { startExpiryWatch } from '@/lib/cache/expiryWatch'
import { renderWebVersion } from '@/newsletter/webVersion'
import { graphql, restDelete, restGet, restPost } from '@/testing/http'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'

/**
 * Reusable texts ("Återkommande texter"), as readers meet them: last in an issue and as a block in
 * an article, as published now until the issue is sent; the record keeps what was sent.
 */
describe('reusable texts', () => {
  let payload: Payload
  let token = ''
  const tag = unique()
  const ids: { text?: number; draftText?: number; article?: number; issue?: number; publisher?: number } = {}
  const slug = `aterkommande-${tag}`

  const pageOf = async () => (await issuePage(new Request(`http://localhost/nyhetsbrev/${slug}`), { params: Promise.resolve({ slug }) })).text()
  const webVersion = async () => (await renderWebVersion(payload, slug))!
  const publishText = (id: number, words: string) =>
    payload.update({ collection: 'reusable-texts', id, data: { body: richText(paragraph(words)), _status: 'published' }, overrideAccess: true })

  beforeAll(async () => {
    payload = await testPayload()
    await startExpiryWatch(process.env.DATABASE_URL ?? '')
    const publisher = await createStaff(payload, 'publisher', `texts-${tag}`)
    ids.publisher = publisher.id
    token = await tokenFor(payload, publisher)
    ids.text = (await payload.create({ collection: 'reusable-texts', data: { name: `Påminnelse ${tag}`, body: richText(paragraph(`Glöm inte att prenumerera ${tag}.`)), _status: 'published' }, overrideAccess: true })).id
    ids.draftText = (await payload.create({ collection: 'reusable-texts', data: { name: `Utkast ${tag}`, body: richText(paragraph(`Hemlig text ${tag}.`)), _status: 'draft' }, draft: true, overrideAccess: true })).id
    ids.article = (
      await payload.create({
        collection: 'articles',
        data: { title: `Artikel med text ${tag}`, lead: 'Ingress.', body: richText(paragraph('Brödtext.'), block('reusableText', { text: ids.text }), block('reusableText', { text: ids.draftText })), _status: 'published' },
        overrideAccess: true,
      })
    ).id
    ids.issue = (
      await payload.create({
        collection: 'issues',
        data: {
          title: `Nytt från RUS texter ${tag}`,
          slug,
          issueDate: '2031-02-15T10:00:00.000Z',
          issueDate_tz: 'Europe/Stockholm',
          intro: 'Inledning.',
          sections: [{ heading: 'AKTUELLT', items: [{ kind: 'article', article: ids.article }] }],
          reusableTexts: [ids.text, ids.draftText],
          _status: 'published',
        },
        overrideAccess: true,
      })
    ).id
  })

  afterAll(async () => {
    await payload.db.drizzle.execute(sql`DELETE FROM issue_snapshots WHERE issue_id = ${ids.issue ?? 0}`)
    if (ids.issue) await payload.delete({ collection: 'issues', id: ids.issue, overrideAccess: true })
    if (ids.article) await payload.delete({ collection: 'articles', id: ids.article, overrideAccess: true })
    await payload.delete({ collection: 'reusable-texts', where: { name: { like: tag } }, overrideAccess: true })
    if (ids.publisher) await payload.delete({ collection: 'users', id: ids.publisher, overrideAccess: true })
    await payload.db.destroy?.()
  })

  it('shows the published text last in the issue and where the article places it, in the e-mail, its text part and the page; never a draft', async () => {
    const { html, text } = await webVersion()
    const page = await pageOf()
    // Twice in each: the issue's own and the article's block (the page shows the article's lead only).
    expect(html.split(`Glöm inte att prenumerera ${tag}.`)).toHaveLength(3)
    expect(text.split(`Glöm inte att prenumerera ${tag}.`)).toHaveLength(3)
    expect(page).toContain(`Glöm inte att prenumerera ${tag}.`)
    for (const shown of [html, text, page]) expect(shown).not.toContain(`Hemlig text ${tag}`)
    // Nor through the API.
    expect((await restGet(`/api/reusable-texts/${ids.draftText}`)).status).toBe(404)
    expect(JSON.stringify((await graphql(`{ ReusableTexts(where: { name: { like: "${tag}" } }) { docs { name } } }`)).body)).not.toContain('Utkast')
  })

  it('a change shows everywhere until the issue is sent; the record keeps the text it was sent with', async () => {
    await publishText(ids.text!, `Glöm inte att anmäla dig ${tag}.`)
    expect((await webVersion()).html).toContain(`Glöm inte att anmäla dig ${tag}.`)
    expect(await pageOf()).toContain(`Glöm inte att anmäla dig ${tag}.`)

    const marked = await restPost(`/api/issues/${ids.issue}/markera-skickat`, { sentAt: new Date().toISOString(), sentTo: 'Provlistan' }, { token })
    expect(marked.status).toBe(201)
    await publishText(ids.text!, `Ny lydelse efter utskicket ${tag}.`)
    const sent = await webVersion()
    expect(sent.html).toContain(`Glöm inte att anmäla dig ${tag}.`)
    expect(sent.html).not.toContain('Ny lydelse efter utskicket')
    expect(await pageOf()).toContain(`Ny lydelse efter utskicket ${tag}.`)
  })

  it('a text an issue uses is not deleted', async () => {
    const refused = await restDelete(`/api/reusable-texts/${ids.text}`, token)
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain(`Nytt från RUS texter ${tag}`)
  })
})
