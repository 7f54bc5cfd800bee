/**
 * Limits on the public forms that send mail (sign-up, "send me my unsubscribe link"): per client,
 * high enough for an office of people behind one address, and per e-mail address, so nobody can
 * fill a stranger's inbox with confirmation requests.
 */
import { sharedThrottle, type SharedThrottle } from './sharedThrottle'

const HOUR = 60 * 60 * 1000

export const FORM_LIMITS = { perClient: { limit: 20, windowMs: HOUR }, perAddress: { limit: 3, windowMs: HOUR } }

export const formClientThrottle = (): SharedThrottle => sharedThrottle('form-client', FORM_LIMITS.perClient)
export const formAddressThrottle = (): SharedThrottle => sharedThrottle('form-address', FORM_LIMITS.perAddress)

export function tooManyFormsMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  return `Det har kommit för många anmälningar på kort tid. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`
}
