/**
 * Turns what a reader typed into the words a search uses. Only runs of letters and digits
 * survive, so no quote, operator or control character ever reaches PostgreSQL's query parser.
 */

/** A query longer than this is cut; a reader's question fits easily, a pasted page does not. */
export const MAX_QUERY_CHARACTERS = 200
/** Every word narrows the result (AND), so more than this finds nothing anyway. */
export const MAX_QUERY_WORDS = 8

const WORD = /[\p{L}\p{N}]+/gu
const WORD_CHARACTER = /[\p{L}\p{N}]/u

export type SearchProblem = 'empty' | 'tooLong'

export type SearchTerms = {
  /** The words searched for, as typed, separated by single spaces (shown back to the reader). */
  text: string
  /** The same words in lower case, for the text-search query. */
  words: string[]
  problem: SearchProblem | null
}

export function toSearchTerms(raw: string): SearchTerms {
  // NFC, so an "ö" typed as "o" + combining diaeresis stays one letter of one word. Whatever
  // lies far beyond the limit is not even looked at (it is too long either way).
  const whole = raw.slice(0, MAX_QUERY_CHARACTERS * 4).normalize('NFC')
  const cut = whole.slice(0, MAX_QUERY_CHARACTERS)
  let found: string[] = cut.match(WORD) ?? []
  // A cut through the middle of a word would search for a fragment of it: leave that word out.
  const cutInsideWord = whole.length > cut.length && WORD_CHARACTER.test(whole.charAt(cut.length)) && WORD_CHARACTER.test(cut.slice(-1))
  if (cutInsideWord && found.length > 1) found = found.slice(0, -1)
  const kept = found.slice(0, MAX_QUERY_WORDS)
  if (kept.length === 0) return { text: '', words: [], problem: 'empty' }
  const tooLong = whole.length > cut.length || found.length > MAX_QUERY_WORDS
  return { text: kept.join(' '), words: kept.map((w) => w.toLocaleLowerCase('sv-SE')), problem: tooLong ? 'tooLong' : null }
}

/**
 * The words as a to_tsquery expression in which every word must occur, each as a prefix of a
 * lexeme ("miljömål:*" reaches "miljömålsarbete"). Building query syntax from text is safe here
 * only because toSearchTerms lets nothing but letters and digits into a word: none of
 * to_tsquery's operators (& | ! <-> ( ) : * ' \) can appear. The result is still passed as a
 * bound parameter, never spliced into the SQL.
 */
export const toPrefixQuery = (words: string[]): string => words.map((word) => `${word}:*`).join(' & ')
