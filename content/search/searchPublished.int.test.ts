import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraph, richText } from '@/content/richText/build'
import { loadSeed } from '@/seed/loadSeed'
import type { SearchHit } from '@/content/search/types'
import { makeArticle, makeEvent, makeGroup, makeIssue } from '@/testing/content'
import { testPayload, unique } from '@/testing/payload'

import { searchPublished } from './searchPublished'

const system = { overrideAccess: true } as const

/** Every hit of a query, over all its pages, best first. */
async function allHits(payload: Payload, query: string): Promise<SearchHit[]> {
  const hits: SearchHit[] = []
  for (let page = 1; ; page += 1) {
    const result = await searchPublished(payload, query, page)
    hits.push(...result.hits)
    if (page >= result.pageCount) return hits
  }
}

const slugsOf = async (payload: Payload, query: string) => (await allHits(payload, query)).map((hit) => `${hit.kind}:${hit.slug}`)

/** A made-up word that only the test's own documents contain (letters and digits only). */
const word = (stem: string) => `${stem}${unique()}`

describe('searchPublished', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
    await loadSeed(payload)
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  describe('stemming and ranking on the March 2021 issue', () => {
    it('finds "miljömål" in miljömålen, miljömålsarbete and miljömålsarbetet', async () => {
      const found = await slugsOf(payload, 'miljömål')
      expect(found).toEqual(
        expect.arrayContaining([
          // "…Sveriges nationella miljömål 2021…" in the title
          'article:arlig-uppfoljning-av-sveriges-nationella-miljomal-2021',
          // only "Miljömålen" and "miljömålen"
          'article:lansstyrelsernas-nyhetsbrev-om-agenda-2030',
          // only "miljömålsarbetet", in the lead: reached by the prefix on the stem
          'article:referensgrupp-for-konsumtion-och-giftfri-vardag',
          // "…lokalt miljömålsarbete…" in the intro
          'issue:2021-03-31',
        ]),
      )
      const hit = (await allHits(payload, 'miljömål')).find((h) => h.slug === 'referensgrupp-for-konsumtion-och-giftfri-vardag')
      expect(hit?.snippetHtml).toContain('<mark>miljömålsarbetet</mark>')
    })

    it('stems the query too: "miljömålen" finds a text that only says "miljömål"', async () => {
      const key = word('stam')
      const article = await makeArticle(payload, 'published', { title: `Om länets miljömål ${key}`, lead: 'Ingress.', body: richText(paragraph('Text.')) })
      expect(await slugsOf(payload, `miljömålen ${key}`)).toEqual([`article:${article.slug}`])
    })

    it('ranks titles about konsumtion above a text that only mentions it in the body', async () => {
      const key = word('hushallsenkat')
      const bodyOnly = await makeArticle(payload, 'published', {
        title: `Enkät om vanor ${key}`,
        lead: 'En kort ingress.',
        body: richText(paragraph('Frågorna rörde bland annat konsumtion i hushållen.')),
      })
      const found = await slugsOf(payload, 'konsumtion')
      const positionOf = (slug: string) => {
        expect(found).toContain(slug)
        return found.indexOf(slug)
      }
      const last = positionOf(`article:${bodyOnly.slug}`)
      expect(positionOf('article:slutrapport-for-unlock-drivkrafter-for-hallbar-konsumtion')).toBeLessThan(last)
      expect(positionOf('group:konsumtion-och-giftfri-vardag')).toBeLessThan(last)
      expect(positionOf('article:referensgrupp-for-konsumtion-och-giftfri-vardag')).toBeLessThan(last)
    })

    it('finds the reference group for Giftfri vardag and its article', async () => {
      const found = await slugsOf(payload, 'Giftfri vardag')
      expect(found).toEqual(expect.arrayContaining(['group:konsumtion-och-giftfri-vardag', 'article:referensgrupp-for-konsumtion-och-giftfri-vardag']))
      const group = (await allHits(payload, 'Giftfri vardag')).find((h) => h.kind === 'group')
      expect(group).toMatchObject({ title: 'Referensgrupp för konsumtion och Giftfri vardag', url: '/referensgrupper/konsumtion-och-giftfri-vardag', date: null })
    })

    it('puts the article about plastanvändning first for "plast", with its words marked', async () => {
      const result = await searchPublished(payload, 'plast', 1)
      expect(result.hits[0]).toMatchObject({
        kind: 'article',
        title: 'Nationell samordning för en hållbar plastanvändning',
        url: '/artiklar/nationell-samordning-for-en-hallbar-plastanvandning',
        // The date of the issue that carries it, as the article page gives it.
        date: '2021-03-31T10:00:00.000Z',
      })
      expect(result.hits[0]?.snippetHtml).toContain('<mark>plastanvändning</mark>')
    })

    it('ranks a match in the title above a match in the body', async () => {
      const key = word('solcellstak')
      const inTitle = await makeArticle(payload, 'published', {
        title: `Energi ${key}`,
        lead: 'Om energi.',
        body: richText(paragraph('Här nämns inget särskilt.')),
      })
      const inBody = await makeArticle(payload, 'published', {
        title: `Energi i länen ${unique()}`,
        lead: 'Om energi.',
        body: richText(paragraph(`Här nämns ${key} en gång.`)),
      })
      // inTitle is older, so only the weighting can put it first (equal ranks go newest first).
      expect(await slugsOf(payload, key)).toEqual([`article:${inTitle.slug}`, `article:${inBody.slug}`])
    })

    it('gives an event its start, an issue its date and a link to each', async () => {
      const event = (await allHits(payload, 'Miljömålsdagarna')).find((h) => h.kind === 'event')
      expect(event).toMatchObject({ slug: 'miljomalsdagarna-2021', url: '/evenemang/miljomalsdagarna-2021', date: '2021-05-05T10:00:00.000Z' })
      const issue = (await allHits(payload, 'nyhetsbrev miljömålsarbete')).find((h) => h.kind === 'issue')
      expect(issue).toMatchObject({ title: 'Nytt från RUS 31 mars', url: '/nyhetsbrev/2021-03-31', date: '2021-03-31T10:00:00.000Z' })
    })
  })

  describe('pages', () => {
    it('splits the hits in pages of ten and takes a page past the end as the last page', async () => {
      const key = word('sidbyte')
      for (let n = 0; n < 12; n += 1) await makeArticle(payload, 'published', { lead: `Ingress om ${key}.` })
      const first = await searchPublished(payload, key, 1)
      expect(first).toMatchObject({ total: 12, page: 1, pageCount: 2 })
      expect(first.hits).toHaveLength(10)
      const second = await searchPublished(payload, key, 2)
      expect(second.hits).toHaveLength(2)
      expect(new Set([...first.hits, ...second.hits].map((h) => h.slug)).size).toBe(12)
      expect(await searchPublished(payload, key, 999)).toMatchObject({ page: 2, hits: second.hits })
      expect(await searchPublished(payload, key, Number.NaN)).toMatchObject({ page: 1, hits: first.hits })
    })
  })

  describe('hostile and odd queries', () => {
    it('answers with a problem or with hits, never with an error', async () => {
      for (const query of ['', '   ', '&|!():*\'"\\', '\u0000', '🙂 – …']) {
        expect(await searchPublished(payload, query, 1)).toEqual({ query: '', problem: 'empty', total: 0, page: 1, pageCount: 0, hits: [] })
      }
      expect(await searchPublished(payload, "' OR 1=1 --", 1)).toMatchObject({ query: 'OR 1 1', problem: null })
      expect(await searchPublished(payload, '%00', 1)).toMatchObject({ query: '00', problem: null })
      const miljo = await searchPublished(payload, 'miljö & | !', 1)
      expect(miljo).toMatchObject({ query: 'miljö', problem: null })
      expect(miljo.total).toBeGreaterThan(0)
      // Only stop words: PostgreSQL drops them all, and nothing matches an empty query.
      expect(await searchPublished(payload, 'och att det', 1)).toMatchObject({ problem: null, total: 0, hits: [] })
    })

    it('cuts a very long query and says so', async () => {
      const long = await searchPublished(payload, 'a'.repeat(10_000), 1)
      expect(long.problem).toBe('tooLong')
      expect(long.query).toHaveLength(200)
      const manyWords = await searchPublished(payload, 'miljömål och konsumtion i länen under året som gick och sedan', 1)
      expect(manyWords).toMatchObject({ problem: 'tooLong', query: 'miljömål och konsumtion i länen under året som' })
    })
  })

  describe('only what is published', () => {
    it('follows an article through publishing, unpublishing, a draft on top and deletion', async () => {
      const key = word('livscykel')
      const article = await makeArticle(payload, 'published', { lead: `Ingress om ${key}.` })
      expect(await slugsOf(payload, key)).toEqual([`article:${article.slug}`])

      await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, ...system })
      expect(await slugsOf(payload, key)).toEqual([])

      await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, ...system })
      expect(await slugsOf(payload, key)).toEqual([`article:${article.slug}`])

      const draftWord = word('utkast')
      await payload.update({
        collection: 'articles',
        id: article.id,
        data: { title: `Utkast ${draftWord}`, lead: `Ny ingress om ${draftWord}.` },
        draft: true,
        ...system,
      })
      const [hit] = await allHits(payload, key)
      expect(hit).toMatchObject({ slug: article.slug, title: article.title })
      expect(await slugsOf(payload, draftWord)).toEqual([])

      await payload.delete({ collection: 'articles', id: article.id, ...system })
      expect(await slugsOf(payload, key)).toEqual([])
    })

    it('never finds a document that was never published, in any collection', async () => {
      const drafts = [
        await makeArticle(payload, 'draft'),
        await makeEvent(payload, 'draft'),
        await makeGroup(payload, 'draft'),
        await makeIssue(payload, 'draft'),
      ]
      const published = [
        await makeArticle(payload, 'published'),
        await makeEvent(payload, 'published'),
        await makeGroup(payload, 'published'),
        await makeIssue(payload, 'published'),
      ]
      // Each title ends with its own key ("Artikel <key>"); search for it.
      const keyOf = (doc: { title?: string | null; name?: string | null }) => String(doc.title ?? doc.name).split(' ').at(-1) ?? ''
      for (const doc of drafts) expect(await slugsOf(payload, keyOf(doc))).toEqual([])
      const kinds = ['article', 'event', 'group', 'issue']
      for (const [index, doc] of published.entries()) expect(await slugsOf(payload, keyOf(doc))).toEqual([`${kinds[index]}:${doc.slug}`])
    })
  })

  describe('snippets', () => {
    it('shows what an editor typed as text, never as HTML', async () => {
      const key = word('skript')
      const article = await makeArticle(payload, 'published', {
        title: `<script>alert(1)</script> plast ${key}`,
        lead: 'Ingress med <img src=x onerror=alert(1)> och "citat" & mer.',
        body: richText(paragraph('Brödtext med <b>fet</b> stil.')),
      })
      try {
        const [hit] = (await searchPublished(payload, `plast ${key}`, 1)).hits
        expect(hit?.title).toBe(`<script>alert(1)</script> plast ${key}`)
        // ts_headline starts a passage at a word, so the first "<" of the title is not in it.
        expect(hit?.snippetHtml).toContain(`script&gt;alert(1)&lt;/script&gt; <mark>plast</mark> <mark>${key}</mark>`)
        expect(hit?.snippetHtml).toContain('&lt;img src=x onerror=alert(1)&gt; och &quot;citat&quot; &amp; mer.')
        expect(hit?.snippetHtml).toContain('&lt;b&gt;fet&lt;/b&gt;')
        expect(hit?.snippetHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"]/)
      } finally {
        await payload.delete({ collection: 'articles', id: article.id, ...system })
      }
    })
  })
})
