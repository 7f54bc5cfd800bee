import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { SEED_ARTICLES } from '@/seed/march2021/articles'
import { SEED_EVENTS } from '@/seed/march2021/events'
import { SEED_ISSUE } from '@/seed/march2021/issue'
import { SEED_GROUP, SEED_MEMBERS } from '@/seed/march2021/people'
import { PLACEHOLDER_CREDIT } from '@/seed/placeholderImages'

import type { ReadIssue } from './model'
import { readSource } from './readSource'

/**
 * The importer against the hand-made seed, field by field: the seed's documents (seed/march2021)
 * are what an editor made of the March 2021 e-mail, so an import of that e-mail should give the
 * same words in the same places. Spaces are normalised; every other difference counts.
 */
type Node = { type?: string; text?: string; children?: Node[]; fields?: Record<string, unknown> }
const words = (node: Node): string => (node.text ?? '') + (node.children ?? []).map(words).join('')
const same = (value: unknown) => String(value ?? '').replace(/\s+/g, ' ').trim()

/** The seed's rich text as the importer's body strings: a paragraph, each list item, a box's heading and text. */
function bodyOf(value: unknown): string[] {
  const root = (value as { root?: Node } | undefined)?.root
  return (root?.children ?? []).flatMap((node): string[] => {
    if (node.type === 'list') return (node.children ?? []).map(words)
    if (node.type === 'block' && node.fields?.blockType === 'memberList') return [String(node.fields.intro)]
    if (node.type === 'block' && node.fields?.blockType === 'tips') return [[node.fields.heading, ...bodyOf(node.fields.content)].join(' ')]
    return [words(node)]
  })
}

/** Each pair of fields: the seed's and the import's, named for the report. */
function expectedFields(imported: ReadIssue): [string, unknown, unknown][] {
  const fields: [string, unknown, unknown][] = [
    ['title', SEED_ISSUE.title, imported.title],
    ['date', SEED_ISSUE.issueDate, imported.date],
    ['intro', SEED_ISSUE.intro, imported.intro],
  ]
  const pairs = <T,>(name: string, seed: readonly T[], got: readonly T[] | undefined) =>
    Array.from({ length: Math.max(seed.length, got?.length ?? 0) }, (_, i) => fields.push([`${name}[${i}]`, seed[i], got?.[i]]))
  pairs('contents', SEED_ISSUE.highlights.map((h) => h.text), imported.contents)
  pairs('section heading', SEED_ISSUE.sections.map((s) => s.heading), imported.sections.map((s) => s.heading))
  SEED_ISSUE.sections.forEach((section, s) => {
    section.items.forEach((ref, i) => {
      const got = imported.sections[s]?.items[i]
      if ('article' in ref) {
        const article = SEED_ARTICLES.find((a) => a.key === ref.article)!
        const name = `article ${article.key}`
        fields.push([`${name} title`, article.title, got?.title], [`${name} lead`, article.lead, got?.lead])
        pairs(`${name} body`, 'body' in article ? bodyOf(article.body) : [], got?.body)
        pairs(`${name} read more`, 'readMore' in article ? article.readMore.map((l) => l.label) : [], got?.links?.map((l) => l.label))
        if ('image' in article) fields.push([`${name} credit`, PLACEHOLDER_CREDIT, got?.credit])
        if ('showsGroup' in article) {
          pairs('group members', SEED_GROUP.memberships.map((m) => SEED_MEMBERS.find((p) => p.key === m.member)!.name), got?.members?.map((m) => m.name))
          fields.push(['group convener', 'Marie-Helene Bergstrand', got?.members?.find((m) => m.convener)?.name])
          fields.push(['group call to join', SEED_GROUP.callToJoin.text, got?.callToJoin?.text])
          fields.push(['group call deadline', SEED_GROUP.callToJoin.deadline, got?.callToJoin?.deadline])
        }
      } else {
        const event = SEED_EVENTS.find((e) => e.key === ref.event)!
        const name = `event ${event.key}`
        fields.push([`${name} heading`, event.newsletterHeading, got?.title])
        pairs(`${name} description`, bodyOf(event.description), got ? [got.lead, ...(got.body ?? [])] : [])
        fields.push([`${name} registration`, 'registration' in event ? event.registration.label : undefined, got?.links?.[0]?.label])
      }
    })
  })
  return fields
}

const seedFile = new URL('../seed/march2021/source.txt', import.meta.url)

describe('importing the March 2021 e-mail', () => {
  it.each([
    { what: 'the text version', name: 'nyhetsbrev-2021-03.txt', bytes: readFileSync(seedFile) },
    { what: 'a saved web version', name: '2021-03-webbversion.html', bytes: readFileSync(new URL('./fixtures/2021-03-webbversion.html', import.meta.url)) },
  ])('reproduces the hand-made seed issue from $what: at least 95 percent of the fields equal', async ({ what, name, bytes }) => {
    const read = await readSource({ name, bytes })
    if (!read.ok) throw new Error(read.error)
    const fields = expectedFields(read.reading.issue)
    const differing = fields.filter(([, seed, got]) => same(seed) !== same(got))
    const share = (fields.length - differing.length) / fields.length
    console.log(`${what}: ${fields.length - differing.length} of ${fields.length} fields equal (${(share * 100).toFixed(1)} %)`)
    for (const [field, seed, got] of differing) console.log(`  differs: ${field}\n    seed:   ${same(seed)}\n    import: ${same(got)}`)
    expect(share).toBeGreaterThanOrEqual(0.95)
  })
})
