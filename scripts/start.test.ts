import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { ROOT } from './lib/paths'

/** `npm start` with a mail setting that cannot work: one line, exit 1, before anything starts. */
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx/esm', 'scripts/start.ts', 'start'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '3999', NODE_ENV: 'production', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  })
  return { status: result.status, lines: result.stderr.split('\n').filter((line) => line.trim() !== '') }
}

describe('npm start refuses a mail setting that cannot work', () => {
  it.each([
    ['SMTP_URL', 'mail.example.se:587', /^✖ SMTP_URL must start with smtp:\/\/ or smtps:\/\//],
    ['SMTP_URL', 'smtp://', /^✖ SMTP_URL (has no host|is not a URL)/],
    ['MAIL_FROM', 'Nytt från RUS <nyhetsbrev>', /^✖ MAIL_FROM must be an address/],
  ])('%s=%s', (name, value, message) => {
    const { status, lines } = start({ [name]: value })
    expect(status).toBe(1)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(message)
  })
})
