import { describe, expect, it } from 'vitest'

import { confirmationToken, newUnsubscribeKey, readConfirmationToken, unsubscribeKeyOf, unsubscribeToken } from './tokens'

const SECRET = 'x'.repeat(64)
const OTHER = 'y'.repeat(64)
const DAY = 86_400_000

const flip = (token: string, at: number) => token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1)

describe('unsubscribe links', () => {
  it('carry a random key, never the address or the row id, and only a genuine one is read', () => {
    const key = newUnsubscribeKey()
    const token = unsubscribeToken(key, SECRET)
    expect(token).toMatch(/^[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{22}$/)
    expect(unsubscribeKeyOf(token, SECRET)).toBe(key)
    expect(unsubscribeKeyOf(flip(token, 3), SECRET)).toBeNull()
    expect(unsubscribeKeyOf(flip(token, token.length - 2), SECRET)).toBeNull()
    expect(unsubscribeKeyOf(token, OTHER)).toBeNull()
    for (const junk of ['', '.', 'abc', `${key}.`, `.${key}`, 'x'.repeat(600)]) expect(unsubscribeKeyOf(junk, SECRET)).toBeNull()
  })

  it('refuse a signature with characters base64url does not have, however it decodes', () => {
    const token = unsubscribeToken(newUnsubscribeKey(), SECRET)
    // Node's decoder skips characters it does not know: these decode to the genuine signature.
    for (const spoiled of [`${token}=`, `${token}!`, `${token.slice(0, -4)}*${token.slice(-4)}`, `${token}\n`]) expect(unsubscribeKeyOf(spoiled, SECRET)).toBeNull()
    const claim = confirmationToken(1, [2], Date.now(), SECRET)
    expect(readConfirmationToken(`${claim}%`, Date.now(), SECRET).ok).toBe(false)
  })

  it('never expire', () => {
    const key = newUnsubscribeKey()
    expect(newUnsubscribeKey()).not.toBe(key)
    expect(unsubscribeKeyOf(unsubscribeToken(key, SECRET), SECRET)).toBe(key)
  })
})

describe('confirmation links', () => {
  const now = Date.parse('2026-12-01T10:00:00Z')

  it('name the subscriber and the lists, and work for seven days', () => {
    const token = confirmationToken(42, [3, 5], now, SECRET)
    const read = readConfirmationToken(token, now + 6 * DAY, SECRET)
    expect(read).toEqual({ ok: true, claim: { subscriber: 42, lists: [3, 5], issuedAt: now / 1000, expiresAt: now / 1000 + 7 * 86_400 } })
    expect(readConfirmationToken(token, now + 7 * DAY + 1000, SECRET)).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuse an altered or foreign link', () => {
    const token = confirmationToken(42, [3], now, SECRET)
    expect(readConfirmationToken(flip(token, 5), now, SECRET)).toEqual({ ok: false, reason: 'invalid' })
    expect(readConfirmationToken(token, now, OTHER)).toEqual({ ok: false, reason: 'invalid' })
    // Another subscriber's id in a body signed for someone else does not pass.
    const [, signature] = token.split('.')
    const forged = `${Buffer.from(JSON.stringify({ s: 43, l: [3], i: now / 1000, x: now / 1000 + 999 })).toString('base64url')}.${signature}`
    expect(readConfirmationToken(forged, now, SECRET)).toEqual({ ok: false, reason: 'invalid' })
    expect(readConfirmationToken('nonsense', now, SECRET)).toEqual({ ok: false, reason: 'invalid' })
  })
})
