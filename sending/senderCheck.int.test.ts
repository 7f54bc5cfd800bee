import { execFile } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestDns, type TestDns } from '@/testing/dnsServer'

const run = promisify(execFile)

/** `npm run check:mail` as an operator runs it, against a real DNS server on loopback. */
async function checkMail(env: Record<string, string>, dns: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx/esm', 'scripts/check-mail.ts', '--dns', dns], { env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env }, timeout: 60_000 })
    return { code: 0, out: stdout }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

describe('npm run check:mail', () => {
  let dns: TestDns
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const p = (key: typeof publicKey) => key.export({ type: 'spki', format: 'der' }).toString('base64')
  const dkim = (domain: string) => ({ DKIM_DOMAIN: domain, DKIM_SELECTOR: 'rus', DKIM_PRIVATE_KEY: pem })

  beforeAll(async () => {
    dns = await startTestDns({
      'bra.test': ['v=spf1 ip4:192.0.2.0/24 -all', 'google-site-verification=abc'],
      'rus._domainkey.bra.test': [`v=DKIM1; k=rsa; p=${p(publicKey)}`],
      '_dmarc.bra.test': ['v=DMARC1; p=quarantine; rua=mailto:dmarc@bra.test'],
      'utandmarc.test': ['v=spf1 -all'],
      'rus._domainkey.utandmarc.test': [`v=DKIM1; k=rsa; p=${p(other.publicKey)}`],
      'rus._domainkey.annan.test': [`v=DKIM1; k=rsa; p=${p(publicKey)}`],
    })
  })
  afterAll(async () => dns.dispose())

  it('a domain with all three records, in line, is ready', async () => {
    const { code, out } = await checkMail({ MAIL_FROM: 'Nytt från RUS <nyhetsbrev@bra.test>', ...dkim('bra.test') }, dns.server)
    expect(out).toContain('✓ SPF finns för bra.test: v=spf1 ip4:192.0.2.0/24 -all')
    expect(out).toContain('✓ DKIM-nyckeln på rus._domainkey.bra.test stämmer med den som signerar.')
    expect(out).toContain('✓ DMARC finns för bra.test (p=quarantine).')
    expect(out).toContain('Avsändaren är redo.')
    expect(code).toBe(0)
  })

  it('one without DMARC and with another key: says what to publish, and fails', async () => {
    const { code, out } = await checkMail({ MAIL_FROM: 'nyhetsbrev@utandmarc.test', ...dkim('utandmarc.test') }, dns.server)
    expect(out).toMatch(/✖ DKIM-nyckeln på rus\._domainkey\.utandmarc\.test hör inte till DKIM_PRIVATE_KEY/)
    expect(out).toContain(`p=${p(publicKey)}`)
    expect(out).toMatch(/✖ DMARC saknas för utandmarc\.test\. .*_dmarc\.utandmarc\.test: "v=DMARC1; p=none/)
    expect(code).toBe(1)
  })

  it('a DKIM domain of another organisation, and a bounce address without SPF: misaligned, and says so', async () => {
    const { code, out } = await checkMail({ MAIL_FROM: 'nyhetsbrev@bra.test', ...dkim('annan.test'), BOUNCE_ADDRESS: 'studs@retur.test' }, dns.server)
    expect(out).toMatch(/✖ DKIM-signaturen görs för annan\.test, men avsändaren \(MAIL_FROM\) är @bra\.test/)
    expect(out).toMatch(/✖ Returadressen \(BOUNCE_ADDRESS\) är @retur\.test/)
    expect(out).toMatch(/✖ SPF saknas för retur\.test/)
    expect(out).toContain('✓ DKIM-nyckeln på rus._domainkey.annan.test stämmer')
    expect(code).toBe(1)
  })

  it('a DNS server that does not answer, or a bad setting: a clear line and a clean exit', async () => {
    const away = await checkMail({ MAIL_FROM: 'nyhetsbrev@bra.test' }, '127.0.0.1:9')
    expect(away.out).toMatch(/DNS svarade inte på frågan om bra\.test/)
    expect(away.code).toBe(1)
    const bad = await checkMail({ MAIL_FROM: 'inte en adress' }, dns.server)
    expect(bad.out).toMatch(/✖ MAIL_FROM must be an address/)
    expect(bad.code).toBe(2)
  })
})
