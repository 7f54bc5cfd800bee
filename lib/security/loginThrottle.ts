/**
 * A per-address limit on logins and password resets. It comes before Payload's own lockout of an
 * account (collections/Users) and is set well below it, so that one stranger guessing passwords is
 * stopped long before the account they guess at is locked for its owner. A successful login is
 * forgiven: the limit counts failed logins, and every request for a reset link (each one sends an
 * e-mail).
 */
import { sharedThrottle, type SharedThrottle } from './sharedThrottle'

/** 10 failed logins or reset requests per address in 15 minutes; accounts lock after 25 failures. */
export const LOGIN_LIMIT = { limit: 10, windowMs: 15 * 60 * 1000 }

/** Counted across instances (sharedThrottle). */
export const loginThrottle = (): SharedThrottle => sharedThrottle('login', LOGIN_LIMIT)

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  return `För många inloggningsförsök från din adress. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`
}
