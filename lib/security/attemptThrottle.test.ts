import { describe, expect, it } from 'vitest'

import { AttemptThrottle } from './attemptThrottle'
import { tooManyAttemptsMessage } from './loginThrottle'

describe('AttemptThrottle', () => {
  it('lets the limit through, then refuses with the seconds until the oldest try expires', () => {
    let now = 1_000_000
    const throttle = new AttemptThrottle({ limit: 3, windowMs: 60_000, now: () => now })
    expect([1, 2, 3].map(() => throttle.attempt('10.0.0.1').allowed)).toEqual([true, true, true])
    now += 15_000
    expect(throttle.attempt('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 45 })
    expect(throttle.attempt('10.0.0.2').allowed).toBe(true)
    now += 45_001
    expect(throttle.attempt('10.0.0.1').allowed).toBe(true)
  })

  it('forgives a successful login, so only failures count', () => {
    const throttle = new AttemptThrottle({ limit: 2, windowMs: 60_000 })
    for (let i = 0; i < 5; i++) {
      expect(throttle.attempt('10.0.0.1').allowed).toBe(true)
      throttle.forgive('10.0.0.1')
    }
    throttle.attempt('10.0.0.1')
    throttle.attempt('10.0.0.1')
    expect(throttle.attempt('10.0.0.1').allowed).toBe(false)
  })

  it('keeps memory bounded, dropping the address seen longest ago', () => {
    const throttle = new AttemptThrottle({ limit: 1, windowMs: 60_000, maxAddresses: 2 })
    throttle.attempt('a')
    throttle.attempt('b')
    throttle.attempt('c')
    expect(throttle.attempt('a').allowed).toBe(true)
    expect(throttle.attempt('c').allowed).toBe(false)
  })

  it('says when to try again in whole minutes', () => {
    expect(tooManyAttemptsMessage(30)).toBe('För många inloggningsförsök från din adress. Försök igen om 1 minut.')
    expect(tooManyAttemptsMessage(601)).toMatch(/om 11 minuter\.$/)
  })
})
