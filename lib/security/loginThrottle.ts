/**
 * A per-address limit on the login and forgot-password endpoints, on top of Payload's own
 * lockout of an account after five failed logins: it stops one address from trying many
 * accounts. Counted in memory: the site runs as one Node.js process (see README).
 */
export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

type Options = { limit: number; windowMs: number; now?: () => number; maxAddresses?: number }

export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>()

  constructor(private readonly options: Options) {}

  /** Records an attempt from the address and says whether it may go ahead. */
  attempt(address: string): ThrottleVerdict {
    const now = (this.options.now ?? Date.now)()
    const since = now - this.options.windowMs
    const recent = (this.attempts.get(address) ?? []).filter((at) => at > since)
    if (recent.length >= this.options.limit) {
      this.attempts.set(address, recent)
      const oldest = recent[0] ?? now
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.options.windowMs - now) / 1000)) }
    }
    recent.push(now)
    this.attempts.set(address, recent)
    this.forgetOldest()
    return { allowed: true }
  }

  /** Bounded memory: the address seen longest ago is dropped first. */
  private forgetOldest(): void {
    const max = this.options.maxAddresses ?? 10_000
    while (this.attempts.size > max) {
      const first = this.attempts.keys().next().value
      if (first === undefined) return
      this.attempts.delete(first)
    }
  }
}

/** 20 tries per address in 15 minutes: room for a county office behind one address. */
export const LOGIN_LIMIT = { limit: 20, windowMs: 15 * 60 * 1000 }

const THROTTLED_PATHS = new Set(['/api/users/login', '/api/users/forgot-password'])

export const isThrottledRequest = (method: string, pathname: string): boolean =>
  method === 'POST' && THROTTLED_PATHS.has(pathname.replace(/\/+$/, ''))

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For. Next
 * sets the header from the socket when no proxy did; behind the reverse proxy of the README,
 * the proxy appends the real client address last.
 */
export function clientAddress(forwardedFor: string | null): string {
  const last = forwardedFor?.split(',').at(-1)?.trim()
  return last || 'unknown'
}
