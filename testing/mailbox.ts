/**
 * The tests' view of what a real SMTP server (testing/smtpServer.ts) received: every .eml in its
 * mailbox folder, parsed by mailparser as a mail client would.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { simpleParser, type ParsedMail } from 'mailparser'

export type Received = ParsedMail & { file: string; raw: string }

export async function readMailbox(dir: string): Promise<Received[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort()
  return Promise.all(
    files.map(async (file) => {
      const raw = await readFile(path.join(dir, file), 'utf8')
      return Object.assign(await simpleParser(raw), { file, raw })
    }),
  )
}

const recipients = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) => to.value.map((v) => (v.address ?? '').toLowerCase()))

/** The messages to an address, oldest first. */
export async function mailTo(dir: string, address: string): Promise<Received[]> {
  return (await readMailbox(dir)).filter((mail) => recipients(mail).includes(address.toLowerCase()))
}

/** Waits (up to `timeoutMs`) until the address has at least `count` messages. */
export async function waitForMail(dir: string, address: string, count = 1, timeoutMs = 20_000): Promise<Received[]> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const found = await mailTo(dir, address)
    if (found.length >= count) return found
    if (Date.now() > until) throw new Error(`expected ${count} message(s) to ${address} within ${timeoutMs} ms, got ${found.length}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The href of the first link in a message whose text or href matches. */
export function linkIn(mail: ParsedMail, pattern: RegExp): string | null {
  const html = typeof mail.html === 'string' ? mail.html : ''
  for (const [, href] of html.matchAll(/href="([^"]+)"/g)) if (href && pattern.test(href)) return href.replace(/&amp;/g, '&')
  return null
}

/** A header as it was written (mailparser turns some into objects), unfolded. */
export function rawHeader(mail: ParsedMail, name: string): string | null {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line
  return line ? line.replace(/\r?\n[ \t]+/g, ' ').replace(/^[^:]+:\s*/, '') : null
}
