/**
 * A made-up archive for measuring at scale (`npm run seed -- --archive N`, `npm run bench:archive`):
 * N articles in issues of ten, one issue a month going back from February 2021, each clearly marked
 * "[Genererat]" and slugged "genererat-…". The words come from a fixed list with a fixed random
 * seed, so every run makes the same archive and the same searches find the same counts: "plast"
 * in about a third of the articles (a common word), "havsörn" in about one in a hundred (a rare one).
 * Never part of the default seed.
 */
import type { Payload } from 'payload'

import { recordExpiryOfEverything } from '@/lib/cache/expiryLog'
import { STOCKHOLM, stockholmTime } from '@/lib/dates'
import { paragraph, richText } from '@/content/richText/build'

export const ARTICLES_PER_ISSUE = 10
export const GENERATED_PREFIX = 'genererat'

const WORDS = ['miljömål', 'länsstyrelse', 'samverkan', 'klimat', 'vatten', 'skog', 'konsumtion', 'livsmedel', 'kemikalier', 'biologisk', 'mångfald', 'energi', 'luft', 'hav', 'våtmark', 'uppföljning', 'kommun', 'region', 'nätverk', 'webbinarium', 'rapport', 'utlysning', 'projekt', 'strategi', 'handlingsplan']

/** A small deterministic generator (mulberry32): the same archive on every machine. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function sentence(next: () => number, words: number): string {
  const chosen = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)])
  const text = chosen.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

function articleText(next: () => number): { lead: string; body: string[] } {
  const body = Array.from({ length: 4 }, () => sentence(next, 18))
  if (next() < 0.33) body.push('Arbetet med plast och plastanvändning fortsätter i länen.')
  if (next() < 0.01) body.push('Havsörn har setts vid kusten i flera län.')
  return { lead: sentence(next, 14), body }
}

/** Adds the archive (skipping issues already there) and says how far it has come every 100 articles. */
export async function generateArchive(payload: Payload, articles: number, report: (done: number) => void = () => {}): Promise<void> {
  const next = random(2021)
  const issues = Math.ceil(articles / ARTICLES_PER_ISSUE)
  const asSystem = { overrideAccess: true, draft: false, context: { disableRevalidate: true } } as const
  let done = 0
  for (let n = 0; n < issues; n++) {
    // Monthly, going back from February 2021 (the seed is March 2021).
    const month = new Date(Date.UTC(2021, 1 - n, 15))
    const day = month.toISOString().slice(0, 10)
    const slug = `${GENERATED_PREFIX}-${day}`
    const exists = await payload.count({ collection: 'issues', where: { slug: { equals: slug } }, overrideAccess: true })
    const count = Math.min(ARTICLES_PER_ISSUE, articles - n * ARTICLES_PER_ISSUE)
    if (exists.totalDocs > 0) {
      for (let i = 0; i < count; i++) articleText(next)
      done += count
      continue
    }
    const ids: number[] = []
    for (let i = 0; i < count; i++) {
      const { lead, body } = articleText(next)
      const article = await payload.create({
        collection: 'articles',
        data: { title: `[Genererat] ${sentence(next, 5).slice(0, -1)} ${n * ARTICLES_PER_ISSUE + i + 1}`, slug: `${slug}-${i + 1}`, lead, body: richText(...body.map((p) => paragraph(p))), _status: 'published' },
        ...asSystem,
      })
      ids.push(article.id)
      done += 1
      if (done % 100 === 0) report(done)
    }
    await payload.create({
      collection: 'issues',
      data: {
        title: `[Genererat] Nytt från RUS ${day}`,
        slug,
        issueDate: stockholmTime(day, '09:00').toISOString(),
        issueDate_tz: STOCKHOLM,
        intro: 'Ett genererat nummer för att mäta arkivet i stor skala.',
        sections: [{ heading: 'AKTUELLT', items: ids.map((article) => ({ kind: 'article' as const, article })) }],
        _status: 'published',
      },
      ...asSystem,
    })
  }
  // Written without a cache expiry per document (context.disableRevalidate): one for everything.
  await recordExpiryOfEverything(payload)
}
