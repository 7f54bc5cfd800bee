/**
 * A per-address limit on logins and password resets. It comes before Payload's own lockout of an
 * account (collections/Users) and is set well below it, so that one stranger guessing passwords is
 * stopped long before the account they guess at is locked for its owner. A successful login is
 * forgiven: the limit counts failed logins, and every request for a reset link (each one sends an
 * e-mail).
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
    // Re-inserted, so the Map's order is the order addresses were last seen in.
    this.attempts.delete(address)
    this.attempts.set(address, recent)
    this.forgetOldest()
    return { allowed: true }
  }

  /** Takes back the address's latest attempt (it was a successful login). */
  forgive(address: string): void {
    this.attempts.get(address)?.pop()
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

/** 10 failed logins or reset requests per address in 15 minutes; accounts lock after 25 failures. */
export const LOGIN_LIMIT = { limit: 10, windowMs: 15 * 60 * 1000 }

const KEY = Symbol.for('nytt-fran-rus.loginThrottle')

/**
 * One throttle per process, whichever of Next's server bundles loads this module (the API route
 * and the admin's server functions each get their own copy of it), as Payload keeps its client.
 */
export function loginThrottle(): LoginThrottle {
  const holder = globalThis as { [KEY]?: LoginThrottle }
  holder[KEY] ??= new LoginThrottle(LOGIN_LIMIT)
  return holder[KEY]
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  return `För många inloggningsförsök från din adress. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`
}
