/**
 * The return fixtures (returns/fixtures/*.eml): real shapes of bounces, complaints and replies,
 * with the places a message of ours would fill in left as {{TOKEN}} (a genuine return tag),
 * {{FORGED}} (a tag whose signature is wrong) and {{ADDRESS}}. Shared by the tests and the bench.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { returnTag, type ReturnTag } from '@/lib/mail/returnPath'

export const FIXTURE_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures')

export function fixture(name: string, fill: { tag: ReturnTag; address: string }): Buffer {
  const token = returnTag(fill.tag)
  const forged = `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`
  const text = readFileSync(path.join(FIXTURE_DIR, `${name}.eml`), 'utf8')
  return Buffer.from(text.replaceAll('{{TOKEN}}', token).replaceAll('{{FORGED}}', forged).replaceAll('{{ADDRESS}}', fill.address).replace(/\r?\n/g, '\r\n'))
}
