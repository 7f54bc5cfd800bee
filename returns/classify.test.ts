import { describe, expect, it } from 'vitest'

import { returnTag } from '@/lib/mail/returnPath'

import { classifyReturn } from './classify'
import { fixture } from './fixtures'

const tag = { kind: 'd' as const, id: 4711 }
const address = 'anna.andersson@example.org'
const read = (name: string) => classifyReturn(fixture(name, { tag, address }))

describe('a return is sorted by its structure, and tied to our message only by a genuine tag', () => {
  it.each([
    ['postfix-hard', 'hard', '5.1.1', 'mx.example.se'],
    ['office365-ndr', 'hard', '5.1.10', 'AM6PR0402MB3333.eurprd04.prod.outlook.com'],
    ['gmail-hard', 'hard', '5.1.1', 'googlemail.com'],
    ['global-dsn', 'hard', '5.1.1', 'mx.example.se'],
    ['postfix-delayed', 'soft', '4.4.1', 'mx.example.se'],
    ['gmail-mailbox-full', 'soft', '5.2.2', 'googlemail.com'],
  ])('%s: an RFC 3464 report → %s, status %s, from %s', async (name, kind, status, mta) => {
    const got = await read(name)
    expect(got).toMatchObject({ kind, tag, reportingMta: mta })
    expect(got.failures[0]).toMatchObject({ address, status })
    expect(got.evidence).toContain(status)
    expect(got.reportId).toBeTruthy()
  })

  it('a report naming several recipients keeps only the failed and delayed ones, with their own severity', async () => {
    const got = await read('multi-recipient')
    expect(got.kind).toBe('hard')
    expect(got.failures.map((f) => [f.address, f.severity, f.status])).toEqual([
      ['someone.else@example.com', 'soft', '4.2.0'],
      [address, 'hard', '5.1.1'],
    ])
  })

  it.each([
    ['exim-hard', 'hard', '5.1.1'],
    ['exim-quoted-only', 'hard', null],
    ['yahoo-text', 'hard', '554'],
  ])('%s: a bounce in words only → %s (status %s), the tag from the envelope or the quoted header', async (name, kind, status) => {
    const got = await read(name)
    expect(got).toMatchObject({ kind, tag })
    expect(got.failures[0]?.status ?? null).toBe(status)
  })

  it.each(['arf-yahoo', 'arf-outlook'])('%s: a feedback-loop report (ARF) → a complaint, the tag from the original', async (name) => {
    const got = await read(name)
    expect(got).toMatchObject({ kind: 'complaint', tag, feedbackType: 'abuse' })
  })

  it('a mail to the unsubscribe form of the bounce address → an unsubscribe of that delivery', async () => {
    expect(await read('mailto-unsubscribe')).toMatchObject({ kind: 'unsubscribe', tag })
  })

  it.each(['out-of-office', 'out-of-office-plain'])('%s: an auto-reply is ignored, not a bounce', async (name) => {
    expect(await read(name)).toMatchObject({ kind: 'autoReply', failures: [] })
  })

  it.each([
    ['bounce-of-bounce', /studs av en studs/],
    ['forged-token', /förfalskad/],
    ['not-a-return', /lämnat åt en person/],
  ])('%s: unknown, tied to nothing', async (name, why) => {
    const got = await read(name)
    expect(got).toMatchObject({ kind: 'unknown', tag: null })
    expect(got.why).toMatch(why)
  })

  it('a tag made with another secret, or one character changed, reads as no tag', async () => {
    const genuine = returnTag(tag)
    const changed = genuine.replace(/^d4711/, 'd4712')
    const raw = fixture('postfix-hard', { tag, address }).toString('utf8').replaceAll(genuine, changed)
    expect(await classifyReturn(Buffer.from(raw))).toMatchObject({ kind: 'unknown', tag: null })
  })

  it('bad input is read without a crash: broken MIME, invalid UTF-8, NUL bytes, 50 MB, 10,000 recipients', async () => {
    const broken = await read('broken-mime')
    expect(['unknown', 'hard', 'soft']).toContain(broken.kind)
    const invalid = Buffer.concat([fixture('postfix-hard', { tag, address }).subarray(0, 400), Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x00])])
    const odd = await classifyReturn(invalid)
    expect(odd.evidence).not.toContain('\u0000')

    const huge = Buffer.concat([fixture('gmail-hard', { tag, address }).subarray(0, -30), Buffer.alloc(50 * 1024 * 1024, 'A')])
    const started = process.memoryUsage().rss
    const big = await classifyReturn(huge)
    expect(big).toMatchObject({ kind: 'hard', tag })
    expect(big.evidence).toMatch(/Endast de första 2 MB/)
    expect(big.evidence.length).toBeLessThanOrEqual(16_000)
    expect(process.memoryUsage().rss - started).toBeLessThan(200 * 1024 * 1024)

    const many = Array.from({ length: 10_000 }, (_, i) => `Final-Recipient: rfc822; r${i}@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n`).join('\r\n')
    const report = fixture('postfix-hard', { tag, address }).toString('utf8').replace(/Reporting-MTA: dns; mx\.example\.se\r\n/, `Reporting-MTA: dns; mx.example.se\r\n\r\n${many}`)
    const capped = await classifyReturn(Buffer.from(report))
    expect(capped.kind).toBe('hard')
    expect(capped.failures.length).toBeLessThanOrEqual(1_000)
  })
})
