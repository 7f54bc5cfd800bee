import type { Line } from './model'

/**
 * What a single line is, from its words alone: the rules shared by every input, so a text
 * version and a web version of one issue are read alike.
 */

/** "AKTUELLT", "UTBILDNING, KONFERENS OCH MÖTE", "AKTUELLT från RUS": capitals first, at most two words after. */
export function isSectionHeading(text: string): boolean {
  const t = text.trim()
  if (t.length > 80 || /[.!?:]$/.test(t)) return false
  const words = t.split(/\s+/)
  const capitals = words.findIndex((w) => /\p{Ll}/u.test(w))
  const caps = capitals === -1 ? words : words.slice(0, capitals)
  const letters = caps.join('').replace(/[^\p{L}]/gu, '')
  const rest = capitals === -1 ? [] : words.slice(capitals)
  // After the capitals only a short tail like "från RUS": a preposition, then capitals. "COVID-19
  // och miljömålen" or "HELCOM i Stockholm" is a title that begins with an acronym.
  const tail = rest.length === 0 || (rest.length <= 2 && /^(?:från|i|hos|på|inom|för)$/.test(rest[0] ?? '') && rest.slice(1).every((w) => !/\p{Ll}/u.test(w)))
  return letters.length >= 4 && /^\p{Lu}+$/u.test(letters) && tail
}

/** A section whose items are events. */
export const isEventSection = (heading: string): boolean => /UTBILDNING|KONFERENS|MÖTE|KALENDER|KALENDARI|EVENEMANG|SEMINARI|WEBBINARI|KURS/i.test(heading)

/** An item's own photo credit: "Foto: Camilla Zilo". */
export const creditOf = (text: string): string | null => /^(?:foto|bild|fotograf|photo)\s*:\s*(.{2,80})$/i.exec(text.trim())?.[1]?.trim() ?? null

/** Swedish words end in å, ä or ö, which `\b` does not see as letters: this sees them. */
const END = '(?![\\p{L}\\p{N}])'
const LINK_WORDS = new RegExp(
  [
    `^(?:läs|här|klicka|anmäl|anmälan|gå till|ladda ner|se|titta|lyssna|mer information|besök|till|delta|ta del av)${END}`,
    `(?:finns (?:på|här|hos)${END}.{0,40}|hittar du${END}.{0,40}|(?<![\\p{L}])här|läsa rapporten|kontaktformulär|anmälningsformulär|webbsida|hemsida)\\.?$`,
  ].join('|'),
  'iu',
)

/**
 * A line that is a link: the web version says so (the whole line is one link); in a text
 * version, a short line in the words newsletters use for links ("Läs mer …", "… hittar du här").
 */
export const isLinkLine = (line: Line): boolean =>
  Boolean(line.link) ||
  (line.text.length <= 140 && !/[.!?]\s+\p{Lu}/u.test(line.text) && !/(?<!här)\.$/.test(line.text) && LINK_WORDS.test(line.text.trim()))

/** A line that can be an item's title: short, not a sentence run on, not a link. */
export const mayBeTitle = (line: Line): boolean =>
  line.text.length >= 3 && line.text.length <= 200 && !/[.:;,]$/.test(line.text) && !isLinkLine(line) && creditOf(line.text) === null

/** A paragraph long enough to be an item's lead. */
export const isProse = (text: string): boolean => text.length >= 80 && /[.!?:”"]$/.test(text.trim())

/** "Marie-Helene Bergstrand, miljömålssamordnare i Halland (sammankallande)": a name, then what they do. */
const MEMBER = /^(\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’-]+|von|van|af|de))+)\s*,\s*(.+)$/u

export function memberOf(text: string): { name: string; description?: string; convener: boolean } | null {
  const found = MEMBER.exec(text.trim())
  const [, name, rest] = found ?? []
  if (!name || !rest || text.length > 160) return null
  const convener = /\((?:sammankallande|ordförande)\)/i.test(rest)
  const description = rest.replace(/\s*\((?:sammankallande|ordförande)\)/i, '').trim()
  return { name, ...(description ? { description } : {}), convener }
}

/** "Vill du också delta i nätverket/referensgruppen? Svar önskas till:" */
export const isCallToJoin = (text: string): boolean =>
  /^vill du (?:också )?(?:delta|vara med|ingå|gå med)\b.*\?\s*(?:svar önskas|svara|hör av dig|kontakta|anmäl intresse)\b/i.test(text.trim())

/** "TIPS!", "Tips:" — the heading of a tip box. */
export const isTipsHeading = (text: string): boolean => /^tips\s*[!:]?$/i.test(text.trim())
