import { describe, expect, it } from 'vitest'

import { unique } from '@/testing/payload'

import { checkFormLimits, FORM_LIMITS } from './formLimits'
import { sharedThrottle } from './sharedThrottle'

/**
 * The public forms' limits as the app counts them without Redis: in PostgreSQL (the run's own
 * database), where they survive a restart and no junk pushes a count out.
 */
describe('limits on the forms that send mail', () => {
  it('mails one inbox at most ten times a day, whatever +tags and clients a stranger uses', async () => {
    const [name, domain] = [`offer-${unique()}`, 'example.se']
    let mailed = 0
    let told = 0
    for (let client = 1; client <= 5; client++) {
      for (let i = 0; i < 20; i++) {
        const verdict = await checkFormLimits(`203.0.113.${client}`, `${name}+${client}x${i}@${domain.toUpperCase()}`)
        if (verdict.go) mailed += 1
        else if (!verdict.quietly) told += 1
      }
    }
    expect(mailed).toBe(FORM_LIMITS.perInbox.limit)
    // Each client is told to wait after its three; the rest, over the day's ten, are answered as usual.
    expect(told).toBe(5 * (20 - FORM_LIMITS.perInboxFromClient.limit))
  })

  it("lets the owner ask for their own link after strangers' three", async () => {
    const inbox = `agare-${unique()}@example.se`
    for (let i = 0; i < 3; i++) expect(await checkFormLimits('203.0.113.50', inbox)).toEqual({ go: true })
    expect(await checkFormLimits('203.0.113.50', inbox)).toMatchObject({ go: false, quietly: false })
    expect(await checkFormLimits('198.51.100.50', inbox)).toEqual({ go: true })
  })

  it('keeps a count however much junk comes after it (10,050 made-up keys)', async () => {
    const name = `junk-${unique()}`
    const limit = sharedThrottle(name, FORM_LIMITS.perInboxFromClient)
    for (let i = 0; i < 3; i++) expect((await limit.attempt('victim@example.se|203.0.113.9')).allowed).toBe(true)
    const junk = Array.from({ length: 10_050 }, (_, i) => `junk${i}@example.se|198.51.100.${i % 250}`)
    for (let start = 0; start < junk.length; start += 50) await Promise.all(junk.slice(start, start + 50).map((key) => limit.attempt(key)))
    expect((await limit.attempt('victim@example.se|203.0.113.9')).allowed).toBe(false)
  }, 120_000)
})
