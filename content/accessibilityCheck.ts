/**
 * What a reader would stumble on in an article or an issue, found before it is published: most
 * of WCAG 2.1's failures in a newsletter are made by the writer, not the template. Pure: it reads a
 * document as the admin's form holds it (or as the API returns it), and the admin shows the result
 * (admin/AccessibilityCheck.tsx) on the document and again on publishing.
 */
import type { RichText } from '@/content/richText/build'
import { blockType, childrenOf, hasFormat, IS_BOLD, rootChildren, type LexicalNode } from '@/content/richText/nodes'

export type AccessibilityProblem = {
  /** Where, in the editor's words: "Brödtext", "Läs mer-länkar", "Bild", "Artikeln ”…”". */
  where: string
  message: string
}

export type CheckedImage = { alt?: string | null; filename?: string | null }

export type CheckedArticle = {
  title?: string | null
  lead?: string | null
  body?: RichText | null
  readMore?: { label?: string | null; url?: string | null }[] | null
  image?: CheckedImage | null
}

export type CheckedIssue = {
  intro?: string | null
  sections?: { heading?: string | null }[] | null
  articles?: CheckedArticle[]
}

/** Link texts that say nothing out of context. */
const VAGUE_LINKS = new Set(['här', 'klicka här', 'klicka', 'läs mer', 'läs här', 'mer', 'mer info', 'mer information', 'länk', 'länken', 'denna länk', 'den här länken', 'se här', 'till sidan', 'hemsida'])
/** Alt texts that say nothing about the picture. */
const EMPTY_ALTS = new Set(['bild', 'bilden', 'foto', 'fotot', 'image', 'img', 'photo', 'picture', 'illustration', 'grafik'])

const MAX_ALT = 250
const MAX_PARAGRAPH_WORDS = 120
/** Fewer letters than this in capitals is an abbreviation (RUS, LEKS), not shouting. */
const CAPS_MIN_LETTERS = 12

const normal = (text: string) => text.toLocaleLowerCase('sv-SE').replace(/[\s.,:;!?”"'()–-]+/g, ' ').trim()

function textOf(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  return childrenOf(node).map(textOf).join(node.type === 'linebreak' ? '\n' : '')
}

export function linkTextProblem(text: string): string | null {
  const said = normal(text)
  if (!said) return 'En länk saknar text. Skriv vad man hittar där.'
  if (VAGUE_LINKS.has(said) || / här$/.test(said)) {
    return `Länktexten ”${text.trim()}” säger inte vart länken leder för den som bara hör eller ser länkarna. Skriv vad man hittar där, till exempel ”Verksamhetsplanen för 2021”.`
  }
  if (/^(https?:\/\/|www\.)\S+$/i.test(text.trim())) return `Länktexten är en webbadress (${text.trim()}). Skriv vad man hittar där; adressen läses upp tecken för tecken.`
  return null
}

export function imageProblem(image: CheckedImage | null | undefined): string | null {
  if (!image) return null
  const alt = (image.alt ?? '').trim()
  if (!alt) return 'Bilden saknar alternativtext. Beskriv vad den visar för den som inte ser den.'
  const file = (image.filename ?? '').toLocaleLowerCase('sv-SE')
  const base = file.replace(/\.[a-z0-9]+$/, '')
  const said = normal(alt)
  if (EMPTY_ALTS.has(said) || said === normal(file) || said === normal(base) || /^(img|dsc|image|bild|foto)[ _-]?\d+$/.test(said)) {
    return `Alternativtexten ”${alt}” säger inget om vad bilden visar. Beskriv motivet, till exempel ”Deltagare vid Miljömålsdagarna i Nyköping”.`
  }
  if (alt.length > MAX_ALT) return `Alternativtexten är mycket lång (${alt.length} tecken). Beskriv kort vad bilden visar; längre förklaringar hör hemma i texten.`
  return null
}

const isAllCaps = (text: string) => {
  const letters = text.match(/\p{L}/gu) ?? []
  return letters.length >= CAPS_MIN_LETTERS && letters.every((letter) => letter === letter.toLocaleUpperCase('sv-SE') && letter !== letter.toLocaleLowerCase('sv-SE'))
}

const CAPS = 'Texten är skriven med versaler. Det är svårare att läsa, och vissa skärmläsare läser den bokstav för bokstav. Skriv med vanliga bokstäver.'

type Link = { text: string; href: string }

/** Walks a rich text (a TIPS box's too) for its links, headings and paragraphs. */
function richTextProblems(value: RichText | null | undefined, where: string, links: Link[]): AccessibilityProblem[] {
  const problems: AccessibilityProblem[] = []
  const say = (message: string) => problems.push({ where, message })
  let headingSeen = false
  const walk = (nodes: LexicalNode[]) => {
    for (const node of nodes) {
      if (node.type === 'link' || node.type === 'autolink') {
        const text = textOf(node)
        const fields = node.fields as { url?: unknown; doc?: { value?: unknown; relationTo?: unknown } } | undefined
        links.push({ text, href: typeof fields?.url === 'string' ? fields.url : JSON.stringify(fields?.doc ?? null) })
        const problem = linkTextProblem(text)
        if (problem) say(problem)
        continue
      }
      if (blockType(node) === 'tips') {
        const content = node.fields?.content as RichText | undefined
        problems.push(...richTextProblems(content, `${where} (TIPS-rutan)`, links))
        continue
      }
      if (node.type === 'heading') {
        if (node.tag === 'h4' && !headingSeen) say('En underrubrik (nivå 4) står före första rubriken (nivå 3): rubriknivåer hoppas över. Gör den till en rubrik.')
        if (node.tag === 'h3') headingSeen = true
        if (isAllCaps(textOf(node))) say(CAPS)
      }
      if (node.type === 'paragraph') {
        const text = textOf(node).trim()
        const words = text.split(/\s+/).filter(Boolean).length
        if (words > MAX_PARAGRAPH_WORDS) say(`Ett stycke är mycket långt (${words} ord). Dela upp det, så blir det lättare att läsa.`)
        if (isAllCaps(text)) say(CAPS)
        const texts = childrenOf(node).filter((child) => child.type === 'text' && child.text?.trim())
        const allBold = texts.length > 0 && texts.every((child) => hasFormat(child, IS_BOLD)) && childrenOf(node).every((child) => child.type !== 'link')
        if (allBold && text.length <= 80 && !/[.!?:]$/.test(text)) {
          say(`Stycket ”${text}” ser ut som en rubrik (bara fetstil). Gör det till en rubrik, så hittar skärmläsare den.`)
        }
      }
      walk(childrenOf(node))
    }
  }
  walk(rootChildren(value))
  return problems
}

/** Links with the same text that lead to different places. */
function ambiguousLinks(links: Link[], where: string): AccessibilityProblem[] {
  const targets = new Map<string, Set<string>>()
  for (const { text, href } of links) {
    const key = normal(text)
    if (key) targets.set(key, (targets.get(key) ?? new Set()).add(href))
  }
  return [...targets]
    .filter(([, hrefs]) => hrefs.size > 1)
    .map(([text]) => ({ where, message: `Flera länkar heter ”${text}” men leder till olika sidor. Ge var och en en egen text.` }))
}

export function checkArticle(article: CheckedArticle): AccessibilityProblem[] {
  const links: Link[] = []
  const problems = richTextProblems(article.body, 'Brödtext', links)
  for (const link of article.readMore ?? []) {
    const text = link.label ?? ''
    links.push({ text, href: link.url ?? '' })
    const problem = linkTextProblem(text)
    if (problem) problems.push({ where: 'Läs mer-länkar', message: problem })
  }
  const image = imageProblem(article.image)
  if (image) problems.push({ where: 'Bild', message: image })
  if (article.title && isAllCaps(article.title)) problems.push({ where: 'Rubrik', message: CAPS })
  if (article.lead && isAllCaps(article.lead)) problems.push({ where: 'Ingress', message: CAPS })
  return [...problems, ...ambiguousLinks(links, 'Länkar')]
}

/** The issue's own texts, and each of its articles (named, so the editor knows which). */
export function checkIssue(issue: CheckedIssue): AccessibilityProblem[] {
  const own: AccessibilityProblem[] = (issue.sections ?? []).flatMap((section) =>
    section.heading && isAllCaps(section.heading) ? [{ where: `Avdelningen ”${section.heading}”`, message: CAPS }] : [],
  )
  if (issue.intro && isAllCaps(issue.intro)) own.push({ where: 'Inledning', message: CAPS })
  const ofArticles = (issue.articles ?? []).flatMap((article) =>
    checkArticle(article).map((problem) => ({ ...problem, where: `Artikeln ”${article.title ?? ''}”: ${problem.where}` })),
  )
  return [...own, ...ofArticles]
}
