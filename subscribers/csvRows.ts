/**
 * A CSV of addresses as people make them: Excel's semicolons or commas or tabs, a byte-order mark
 * or none, a header row or none, quoted fields, CRLF. The address column is the one headed e-post
 * (email, e-mail, mejl…), else the first column that holds an address; name and organisation are
 * taken when a header names them.
 */
import { parse } from 'csv-parse/sync'

import { isValidEmail, normaliseEmail } from '@/lib/mail/address'

import { MAX_CSV_LINES } from './model'

export type CsvRow = { line: number; email: string; name: string | null; organisation: string | null }
export type CsvProblem = { line: number; value: string; reason: string }
export type CsvRows = { rows: CsvRow[]; invalid: CsvProblem[]; duplicates: CsvProblem[]; total: number }

const HEADERS = {
  email: ['e-post', 'epost', 'e-postadress', 'epostadress', 'email', 'e-mail', 'mail', 'mejl', 'adress'],
  name: ['namn', 'name', 'fullständigt namn', 'full name'],
  organisation: ['organisation', 'organization', 'org', 'myndighet', 'företag'],
} as const

const clean = (value: unknown): string => (typeof value === 'string' ? fromSpreadsheetText(value.replace(/^\uFEFF/, '').trim()) : '')

function columnsOf(first: string[]): { email: number; name: number; organisation: number; header: boolean } {
  const lower = first.map((cell) => clean(cell).toLowerCase())
  const find = (names: readonly string[]) => lower.findIndex((cell) => names.includes(cell))
  const email = find(HEADERS.email)
  if (email >= 0) return { email, name: find(HEADERS.name), organisation: find(HEADERS.organisation), header: true }
  const guessed = lower.findIndex((cell) => isValidEmail(cell))
  return { email: Math.max(guessed, 0), name: -1, organisation: -1, header: false }
}

export function readCsv(text: string): CsvRows | { problem: string } {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      bom: true,
      delimiter: [';', ',', '\t'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      // A header and one line more than may be taken: enough to tell a file too long.
      to_line: MAX_CSV_LINES + 2,
    }) as unknown as typeof records
  } catch (error) {
    const line = (error as { lines?: number }).lines
    return { problem: `Filen kunde inte läsas som CSV${line ? ` (rad ${line})` : ''}. Spara den som CSV (UTF-8) och försök igen.` }
  }
  if (records.length === 0) return { problem: 'Filen är tom.' }
  const columns = columnsOf(records[0]?.record ?? [])
  const body = columns.header ? records.slice(1) : records
  if (body.length > MAX_CSV_LINES) return { problem: `Filen har fler än ${MAX_CSV_LINES.toLocaleString('sv-SE')} rader. Dela upp den i flera filer.` }
  const seen = new Map<string, number>()
  const result: CsvRows = { rows: [], invalid: [], duplicates: [], total: body.length }
  for (const { record, info } of body) {
    const line = info.lines
    const raw = clean(record[columns.email])
    if (!isValidEmail(raw)) {
      result.invalid.push({ line, value: raw.slice(0, 200), reason: raw === '' ? 'Adress saknas' : 'Ogiltig adress' })
      continue
    }
    const email = normaliseEmail(raw)
    const first = seen.get(email)
    if (first !== undefined) {
      result.duplicates.push({ line, value: email, reason: `Finns redan på rad ${first}` })
      continue
    }
    seen.set(email, line)
    const cell = (index: number) => (index >= 0 ? clean(record[index]).slice(0, 200) || null : null)
    result.rows.push({ line, email, name: cell(columns.name), organisation: cell(columns.organisation) })
  }
  return result
}

/** The rule for a cell a spreadsheet must read as text (lib/spreadsheetText.ts); readCsv takes it off again. */
export { asSpreadsheetText } from '@/lib/spreadsheetText'

/** The reverse, for a file this product exported: an apostrophe before a formula character goes. */
function fromSpreadsheetText(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}
