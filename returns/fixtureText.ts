/**
 * The return fixtures (returns/fixtures/*.eml): real shapes of bounces, complaints and replies,
 * with the places a message of ours would fill in left as {{TOKEN}} (the message's return tag),
 * {{FORGED}} (the tag with its signature spoiled) and {{ADDRESS}}. Pure (no settings read), so the
 * end-to-end tests use it with a tag read from a message the server sent.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

export function fixtureText(name: string, fill: { token: string; address: string }): Buffer {
  const forged = `${fill.token.slice(0, -1)}${fill.token.endsWith('0') ? '1' : '0'}`
  const text = readFileSync(path.join(FIXTURE_DIR, `${name}.eml`), 'utf8')
  return Buffer.from(text.replaceAll('{{TOKEN}}', fill.token).replaceAll('{{FORGED}}', forged).replaceAll('{{ADDRESS}}', fill.address).replace(/\r?\n/g, '\r\n'))
}
