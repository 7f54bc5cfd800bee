import { stockholmDay } from '@/lib/dates'

import { findDayMonth, findEventDate, findMonthYear, isoDay, isoMonth, type MonthYear } from './dates'
import { creditOf, isCallToJoin, isEventSection, isLinkLine, isProse, isSectionHeading, isTipsHeading, mayBeTitle, memberOf } from './lineKinds'
import { asLines, type Block, type Line, type Part, type ReadItem, type ReadSection, type Reading } from './model'
import { footerOf, isContentsHeader, isFooterStart, isToolLine } from './palomaLines'

/** What the input knew besides its words: an e-mail's Date header. */
export type ReadContext = { sentAt?: Date }

type LinesBlock = Extract<Block, { kind: 'lines' }>
type Image = Extract<Block, { kind: 'image' }>
const isLines = (b: Block | undefined): b is LinesBlock => b?.kind === 'lines'
const single = (b: Block | undefined): Line | null => (isLines(b) && b.lines.length === 1 ? b.lines[0] : null)
const FALLBACK_SECTION = 'AKTUELLT'

/** The sending tool's own lines out, empty blocks out, runs of gaps as one. */
function cleaned(blocks: Block[]): Block[] {
  const out: Block[] = []
  for (const block of blocks) {
    if (block.kind === 'lines') {
      const lines = asLines(block.lines.filter((l) => l.text !== '' && !isToolLine(l.text)))
      if (lines) out.push({ ...block, lines })
    } else if (block.kind === 'spacer') {
      if (out.length > 0 && out.at(-1)?.kind !== 'spacer') out.push(block)
    } else out.push(block)
  }
  return out
}

const sectionHeading = (b: Block | undefined): string | null => {
  const line = single(b)
  return line && isSectionHeading(line.text) ? line.text : null
}

/**
 * Reads an issue's structure from its blocks: the masthead (title and month), the intro, the
 * table of contents, the sections by their headings, and in each the items — split at Paloma's
 * gaps when the issue has them, else at title lines — each with its title, lead, body, links,
 * credit and, for events and reference groups, what they add. What it guesses it flags.
 */
export function interpret(input: Block[], context: ReadContext = {}): Reading {
  const flags: string[] = []
  let blocks = cleaned(input)

  const footerAt = blocks.findIndex((b, i) => i > 0 && isLines(b) && isFooterStart(b.lines[0].text))
  const footer = footerAt === -1 ? {} : footerOf(blocks.slice(footerAt).flatMap((b) => (isLines(b) ? b.lines.map((l) => l.text) : [])))
  if (footerAt !== -1) blocks = blocks.slice(0, footerAt)

  // The masthead: the first line is the title; a short line naming a month and year is the issue's month.
  let at = blocks.findIndex(isLines)
  const first = blocks[at] as LinesBlock | undefined
  if (!first) return { issue: { title: '', date: '', intro: '', contents: [], sections: [] }, flags: ['Ingen text hittades.'] }
  const title = first.lines[0].text
  let month: MonthYear | null = findMonthYear(title)
  const restOfFirst = first.lines.slice(1)
  for (const line of restOfFirst) month ??= line.text.length <= 40 ? findMonthYear(line.text) : null
  at += 1
  const stillMasthead = asLines(restOfFirst.filter((l) => !(l.text.length <= 40 && findMonthYear(l.text))))
  const before: Block[] = stillMasthead ? [{ ...first, lines: stillMasthead }] : []
  for (let look = at; look < Math.min(at + 3, blocks.length); look++) {
    const line = single(blocks[look])
    if (line && line.text.length <= 40 && findMonthYear(line.text)) {
      month ??= findMonthYear(line.text)
      blocks.splice(look, 1)
      break
    }
  }
  const date = issueDate(title, month, context, flags)

  // Before the first section: the intro, then the table of contents.
  const firstSection = blocks.findIndex((b, i) => i >= at && sectionHeading(b) !== null)
  const lead = [...before, ...blocks.slice(at, firstSection === -1 ? blocks.length : firstSection)]
  const contentsAt = lead.findIndex((b) => isLines(b) && isContentsHeader(b.lines[0].text))
  const introBlocks = contentsAt === -1 ? lead : lead.slice(0, contentsAt)
  let contents: string[] = []
  let rest: Block[] = firstSection === -1 ? [] : blocks.slice(firstSection)
  if (contentsAt !== -1) {
    const header = lead[contentsAt] as LinesBlock
    const after = lead.slice(contentsAt + 1)
    const listed: Line[] = [...header.lines.slice(1)]
    let used = 0
    for (const b of after) {
      if (!isLines(b) || (listed.length > 0 && b.lines.length > 1 && !b.list) || (listed.length > 0 && isProse(b.lines[0].text))) break
      listed.push(...b.lines)
      used += 1
      if (b.lines.length > 1) break
    }
    contents = listed.map((l) => l.text)
    if (firstSection === -1) rest = after.slice(used)
    // An editorial after the table of contents, before the first section, is the intro's too.
    else introBlocks.push(...after.slice(used).filter((b) => isLines(b)))
  } else if (firstSection === -1) {
    // Neither contents nor headings: the intro is the first paragraph, the rest is items.
    const firstProse = lead.findIndex((b) => isLines(b) && isProse(b.lines[0].text))
    rest = lead.slice(firstProse + 1)
    introBlocks.splice(firstProse + 1)
  }
  const intro = introBlocks
    .filter(isLines)
    .map((b) => b.lines.map((l) => l.text).join('\n'))
    .join('\n\n')
  if (!intro) flags.push('Ingen inledning hittades: skriv en.')
  if (contentsAt === -1) flags.push('Ingen innehållsförteckning hittades (”Detta tar nyhetsbrevet bland annat upp:”).')

  const sections = readSections(rest, month ?? monthOfDate(date), flags)
  if (sections.length === 0) flags.push('Inga artiklar hittades.')
  if (sections.some((s) => s.items.some((i) => i.links?.some((l) => !l.url)))) flags.push('Länkarna saknar adress (textversionen har inga): lägg till dem.')
  return { issue: { title, date, intro, contents, sections, ...(Object.keys(footer).length > 0 ? { footer } : {}) }, flags }
}

function monthOfDate(date: string): MonthYear {
  const [year, month] = date.split('-').map(Number)
  return year && month ? { year, month } : { year: new Date().getFullYear(), month: 1 }
}

/** The issue's day: the title's "31 mars" in the masthead's year; else the e-mail's Date; else the month alone. */
function issueDate(title: string, month: MonthYear | null, context: ReadContext, flags: string[]): string {
  const day = findDayMonth(title)
  const year = month?.year ?? context.sentAt?.getFullYear()
  if (day && year) {
    const iso = isoDay(year, day.month, day.day)
    if (iso) return iso
  }
  if (context.sentAt) {
    flags.push('Datumet är e-postens sändningsdag: kontrollera det.')
    return stockholmDay(context.sentAt)
  }
  if (month) {
    flags.push(`Bara månaden är känd (${isoMonth(month)}): ange dagen.`)
    return isoMonth(month)
  }
  flags.push('Inget datum hittades: ange utgivningsdatum.')
  return ''
}

function readSections(blocks: Block[], month: MonthYear, flags: string[]): ReadSection[] {
  const sections: { heading: string; blocks: Block[] }[] = []
  for (const block of blocks) {
    const heading = sectionHeading(block)
    if (heading !== null) sections.push({ heading, blocks: [] })
    else if (sections.length === 0) {
      if (block.kind === 'spacer') continue
      flags.push(`Inga avsnittsrubriker hittades: allt ligger under ”${FALLBACK_SECTION}”.`)
      sections.push({ heading: FALLBACK_SECTION, blocks: [block] })
    } else sections.at(-1)?.blocks.push(block)
  }
  const spacers = blocks.filter((b) => b.kind === 'spacer').length
  const gaps = spacers >= 2
  return sections
    .map(({ heading, blocks }) => ({ heading, items: splitItems(blocks, gaps).map((d) => readItem(d, heading, month, flags)) }))
    .filter((s) => s.items.length > 0)
}

type ItemDraft = { blocks: LinesBlock[]; credit?: string; image?: Image }

/** Items begin at a gap (when the issue has them), a photo or its credit, or a title line. */
function splitItems(blocks: Block[], gaps: boolean): ItemDraft[] {
  const items: ItemDraft[] = []
  let current: ItemDraft = { blocks: [] }
  let credit: string | undefined
  let image: Image | undefined
  const flush = () => {
    if (current.blocks.length > 0) items.push(current)
    current = { blocks: [] }
  }
  blocks.forEach((block, i) => {
    if (block.kind === 'spacer') {
      // A gap ends the item when what follows can begin one (Paloma also leaves a gap after a list).
      const next = blocks[i + 1]
      const line = single(next)
      if (gaps && (next?.kind === 'image' || (line && (mayBeTitle(line) || creditOf(line.text))))) flush()
      return
    }
    if (block.kind === 'image') {
      flush()
      image = block
      return
    }
    const line = single(block)
    const photo = line ? creditOf(line.text) : null
    if (photo) {
      if (current.blocks.length === 1 && !current.credit && !image) current.credit = photo
      else {
        flush()
        credit = photo
      }
      return
    }
    const next = blocks[i + 1]
    const titled = line !== null && mayBeTitle(line) && !isTipsHeading(line.text) && !isCallToJoin(line.text)
    const startsItem =
      (titled && (block.heading || (!gaps && isLines(next) && isProse(next.lines[0].text) && !isProse(line.text)))) ||
      // A title with its lead on the next line and no empty line between them.
      (block.lines[1] !== undefined && !block.list && mayBeTitle(block.lines[0]) && !/[.!?]$/.test(block.lines[0].text) && isProse(block.lines[1].text) && !isTipsHeading(block.lines[0].text))
    if (startsItem && current.blocks.length > 0) flush()
    if (current.blocks.length === 0) {
      current.credit = credit ?? current.credit
      current.image = image
      credit = undefined
      image = undefined
    }
    current.blocks.push(block)
  })
  flush()
  return items
}

function readItem(draft: ItemDraft, heading: string, month: MonthYear, flags: string[]): ReadItem {
  const [head, ...others] = draft.blocks as [LinesBlock, ...LinesBlock[]]
  let title: string
  const rest: LinesBlock[] = [...others]
  if (mayBeTitle(head.lines[0]) || head.lines[0].text.length <= 120) {
    title = head.lines[0].text
    const after = asLines(head.lines.slice(1))
    if (after) rest.unshift({ ...head, lines: after, heading: false })
  } else {
    title = head.lines[0].text.split(/\s+/).slice(0, 8).join(' ') + ' …'
    rest.unshift(head)
    flags.push(`Ingen rubrik hittades för stycket som börjar ”${title}”: skriv en.`)
  }

  const parts: Part[] = []
  let members: ReadItem['members']
  let callToJoin: ReadItem['callToJoin']
  for (let i = 0; i < rest.length; i++) {
    const block = rest[i] as LinesBlock
    const [firstLine, ...more] = block.lines
    if (isTipsHeading(firstLine.text)) {
      const lines = more.length > 0 ? more : (rest[++i]?.lines ?? [])
      parts.push({ kind: 'tips', heading: firstLine.text, lines })
    } else if (isCallToJoin(firstLine.text)) {
      const answer = more[0] ?? single(rest[i + 1]) ?? undefined
      if (!more[0] && answer) i += 1
      callToJoin = joinCall(firstLine.text, answer?.text, month)
    } else if (more.length >= 2 && /:$/.test(firstLine.text) && more.filter((l) => memberOf(l.text)).length >= Math.ceil(more.length * 0.6)) {
      members = more.map((l) => memberOf(l.text) ?? { name: l.text, convener: false })
      parts.push({ kind: 'memberList', intro: firstLine.text })
    } else if (block.lines.length === 1) parts.push({ kind: 'paragraph', line: firstLine })
    else if (block.list) parts.push({ kind: 'list', lines: block.lines })
    else if (/:$/.test(firstLine.text)) parts.push({ kind: 'paragraph', line: firstLine }, { kind: 'list', lines: more })
    else parts.push({ kind: 'list', lines: block.lines })
  }

  let lead: string | undefined
  let leadLine: Line | undefined
  const opening = parts[0]
  if (opening?.kind === 'paragraph' && !isLinkLine(opening.line)) {
    lead = opening.line.text
    leadLine = opening.line
    parts.shift()
  } else flags.push(`”${title}” saknar ingress: skriv en.`)
  const links: Line[] = []
  for (let last = parts.at(-1); last?.kind === 'paragraph' && isLinkLine(last.line); last = parts.at(-1)) {
    links.unshift(last.line)
    parts.pop()
  }

  const kind = members ? 'group' : isEventSection(heading) ? 'event' : 'article'
  const body = parts.flatMap(bodyStrings)
  const item: ReadItem = {
    kind,
    title,
    ...(lead ? { lead } : {}),
    ...(body.length > 0 ? { body } : {}),
    ...(links.length > 0 ? { links: links.map((l) => l.link ?? { label: l.text }) } : {}),
    ...(draft.credit ? { credit: draft.credit } : {}),
    ...(draft.image?.src ? { image: { src: draft.image.src, alt: draft.image.alt } } : {}),
    ...(members ? { members } : {}),
    ...(callToJoin ? { callToJoin } : {}),
    parts,
    ...(leadLine ? { leadLine } : {}),
  }
  if (kind === 'event') {
    const found = findEventDate([title, lead ?? '', ...body].join(' \n '), month)
    if (found) {
      item.proposedDate = found
      flags.push(`Datum föreslaget för ”${title}”: ${found.start}${found.end ? `–${found.end}` : ''}${found.time ? ` kl. ${found.time}` : ''} (ur ”${found.words}”): kontrollera.`)
    } else flags.push(`Inget datum hittades för evenemanget ”${title}”: ange det.`)
  }
  if (draft.image && !draft.image.alt) flags.push(`Bilden till ”${title}” saknar alternativtext: skriv en.`)
  return item
}

function bodyStrings(part: Part): string[] {
  switch (part.kind) {
    case 'paragraph':
      return [part.line.text]
    case 'list':
      return part.lines.map((l) => l.text)
    case 'memberList':
      return [part.intro]
    case 'tips':
      return [[part.heading, ...part.lines.map((l) => l.text)].join(' ')]
  }
}

/** "Vill du också delta …? Svar önskas till:" and "Marie-Helene Bergstrand senast 30 april". */
function joinCall(question: string, answer: string | undefined, month: MonthYear): NonNullable<ReadItem['callToJoin']> {
  const text = question.slice(0, question.indexOf('?') + 1)
  if (!answer) return { text }
  const [who, when] = answer.split(/\s+senast\s+/i)
  const day = when ? findDayMonth(when) : null
  const year = day && day.month < month.month ? month.year + 1 : month.year
  const deadline = day ? isoDay(year, day.month, day.day) : null
  return { text, ...(who ? { replyTo: who.trim() } : {}), ...(deadline ? { deadline } : {}) }
}
