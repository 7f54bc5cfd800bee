/**
 * Counts attempts per key (a client address, an e-mail address) in a sliding window and says
 * whether one more may go ahead. In this process's memory: what the limits fall back on while
 * neither Redis nor PostgreSQL answers (lib/security/sharedThrottle.ts).
 */
export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

type Options = { limit: number; windowMs: number; now?: () => number; maxAddresses?: number }

export class AttemptThrottle {
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

  /** How many attempts the window holds for the address. */
  count(address: string): number {
    const since = (this.options.now ?? Date.now)() - this.options.windowMs
    return (this.attempts.get(address) ?? []).filter((at) => at > since).length
  }

  /** Records an attempt whatever the count (something that happened: a successful login). */
  record(address: string): void {
    const recent = this.attempts.get(address) ?? []
    recent.push((this.options.now ?? Date.now)())
    this.attempts.delete(address)
    this.attempts.set(address, recent)
    this.forgetOldest()
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

/**
 * One throttle per name and process, whichever of Next's server bundles loads this module (the
 * API route and the admin's server functions each get their own copy of it).
 */
export function namedThrottle(name: string, options: Options): AttemptThrottle {
  const key = Symbol.for(`nytt-fran-rus.throttle.${name}`)
  const holder = globalThis as { [key: symbol]: AttemptThrottle | undefined }
  holder[key] ??= new AttemptThrottle(options)
  return holder[key]
}
