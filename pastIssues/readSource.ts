import { simpleParser } from 'mailparser'

import { blocksFromHtml } from './blocksFromHtml'
import { blocksFromText } from './blocksFromText'
import { interpret } from './interpret'
import { LIMITS, type Reading } from './model'

/** One original as given: a file's name and bytes (a fetched web version is named by its address). */
export type Source = { name: string; bytes: Uint8Array }

export type SourceKind = 'text' | 'html' | 'email'

/** A reading, the original's kind and the text of it kept for the editor's review, or why not. */
export type SourceReading = { ok: true; kind: SourceKind; reading: Reading; original: string } | { ok: false; error: string }

export class NotReadable extends Error {}

/** Text as the file has it: UTF-8 when it is, else Windows-1252 (older Swedish exports). */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

const looksLikeHtml = (text: string): boolean => /^\s*(?:<!doctype html|<html|<head|<body|<table|<div|<p[\s>])/i.test(text)
const looksLikeEmail = (text: string): boolean => /^(?:[\w-]+:.*\r?\n(?:[ \t].*\r?\n)*)+/.test(text) && /^(?:from|date|subject|mime-version|received|return-path):/im.test(text.slice(0, 4000))

export function kindOf(source: Source, text: string): SourceKind {
  const name = source.name.toLowerCase()
  if (name.endsWith('.eml')) return 'email'
  if (/\.html?$/.test(name) || /^https?:\/\//.test(name)) return 'html'
  if (name.endsWith('.txt')) return looksLikeHtml(text) ? 'html' : 'text'
  if (looksLikeHtml(text)) return 'html'
  return looksLikeEmail(text) ? 'email' : 'text'
}

/**
 * Reads one original into a structured issue. Never throws for what is in the file: a file that is
 * too big, not text, not an e-mail or not a newsletter gets a message in Swedish.
 */
export async function readSource(source: Source): Promise<SourceReading> {
  if (source.bytes.byteLength > LIMITS.fileBytes) return { ok: false, error: `Filen är för stor (högst ${LIMITS.fileBytes / 1024 / 1024} MB).` }
  if (source.bytes.byteLength === 0) return { ok: false, error: 'Filen är tom.' }
  if (source.bytes.subarray(0, 8000).includes(0)) return { ok: false, error: 'Filen är inte text, HTML eller e-post (.txt, .html, .eml eller .zip).' }
  const text = decode(source.bytes)
  const kind = kindOf(source, text)
  try {
    const read = await readByKind(kind, text)
    if (!looksLikeNewsletter(read.reading)) {
      return { ok: false, error: 'Det här ser inte ut som ett nyhetsbrev: ingen rubrik eller inga artiklar hittades.' }
    }
    return { ok: true, kind: read.kind ?? kind, reading: read.reading, original: read.original }
  } catch (error) {
    if (error instanceof NotReadable) return { ok: false, error: error.message }
    throw error
  }
}

/** A title, at least one item with a lead, and a date, a table of contents or a section heading of its own. */
function looksLikeNewsletter({ issue, flags }: Reading): boolean {
  const items = issue.sections.flatMap((s) => s.items)
  const headed = !flags.some((f) => f.startsWith('Inga avsnittsrubriker'))
  return Boolean(issue.title) && items.some((i) => i.lead) && (Boolean(issue.date) || issue.contents.length > 0 || headed)
}

/** The reading, and the original kept for the record: an e-mail's HTML part, or its text when it had none (then kept as text). */
async function readByKind(kind: SourceKind, text: string): Promise<{ reading: Reading; original: string; kind?: SourceKind }> {
  if (kind === 'text') return { reading: interpret(blocksFromText(text)), original: text }
  if (kind === 'html') return { reading: fromHtml(text), original: text }
  const mail = await simpleParser(text, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true }).catch(() => null)
  if (!mail || (!mail.html && !mail.text)) throw new NotReadable('E-postmeddelandet gick inte att läsa: det har ingen text eller HTML-del.')
  const context = mail.date && !Number.isNaN(mail.date.getTime()) ? { sentAt: mail.date } : {}
  if (mail.html) return { reading: fromHtml(mail.html, context), original: mail.html }
  return { reading: interpret(blocksFromText(mail.text ?? ''), context), original: mail.text ?? '', kind: 'text' }
}

function fromHtml(html: string, context: { sentAt?: Date } = {}): Reading {
  const { blocks, unsafeLinks } = blocksFromHtml(html)
  const reading = interpret(blocks, context)
  if (unsafeLinks > 0) reading.flags.push(`${unsafeLinks} länk(ar) med otillåten adress (till exempel javascript:) togs bort.`)
  return reading
}
