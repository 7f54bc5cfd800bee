import { describe, expect, it } from 'vitest'

import { clientAddress, isThrottledRequest, LoginThrottle } from './loginThrottle'

describe('LoginThrottle', () => {
  it('lets the limit through, then refuses with the seconds until the oldest try expires', () => {
    let now = 1_000_000
    const throttle = new LoginThrottle({ limit: 3, windowMs: 60_000, now: () => now })
    expect([1, 2, 3].map(() => throttle.attempt('10.0.0.1').allowed)).toEqual([true, true, true])
    now += 15_000
    expect(throttle.attempt('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 45 })
    expect(throttle.attempt('10.0.0.2').allowed).toBe(true)
    now += 45_001
    expect(throttle.attempt('10.0.0.1').allowed).toBe(true)
  })

  it('keeps memory bounded', () => {
    const throttle = new LoginThrottle({ limit: 1, windowMs: 60_000, maxAddresses: 2 })
    throttle.attempt('a')
    throttle.attempt('b')
    throttle.attempt('c')
    expect(throttle.attempt('a').allowed).toBe(true)
  })
})

describe('which requests and whose address', () => {
  it('throttles logins and password resets only', () => {
    expect(isThrottledRequest('POST', '/api/users/login')).toBe(true)
    expect(isThrottledRequest('POST', '/api/users/forgot-password/')).toBe(true)
    expect(isThrottledRequest('GET', '/api/users/login')).toBe(false)
    expect(isThrottledRequest('POST', '/api/users/logout')).toBe(false)
  })

  it('takes the address the nearest proxy appended', () => {
    expect(clientAddress('203.0.113.9, 198.51.100.7')).toBe('198.51.100.7')
    expect(clientAddress('198.51.100.7')).toBe('198.51.100.7')
    expect(clientAddress(null)).toBe('unknown')
  })
})
