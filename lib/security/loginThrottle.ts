/**
 * Limits on logins and password-reset requests. They stop the one who guesses, not the account
 * guessed at: no count an outsider can fill ever locks an account for its owner (Payload's own
 * lockout is off, collections/Users), and every refusal runs out by itself.
 *
 * - per client (an IPv6 /64 is one): 10 failed logins and reset requests in 15 minutes.
 * - per account, from clients it has not logged in from in 90 days: 50 failed logins in 15
 *   minutes — the bound on guessing from many clients at once. A client the owner has logged in
 *   from goes on as before, so the owner is not locked out by it.
 * - reset links per account from one client: 3 an hour (429); per account from everywhere: 10 a
 *   day, over which the answer is the usual one and no mail goes.
 *
 * A successful login takes back its attempts: only failures count.
 */
import { sharedThrottle } from './sharedThrottle'

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE

export const LOGIN_LIMITS = {
  perClient: { limit: 10, windowMs: 15 * MINUTE },
  perAccount: { limit: 50, windowMs: 15 * MINUTE },
  knownClient: { limit: 1, windowMs: 90 * 24 * HOUR },
  resetsPerAccountFromClient: { limit: 3, windowMs: HOUR },
  resetsPerAccount: { limit: 10, windowMs: 24 * HOUR },
}

const perClient = () => sharedThrottle('login-client', LOGIN_LIMITS.perClient)
const perAccount = () => sharedThrottle('login-account', LOGIN_LIMITS.perAccount)
const knownClients = () => sharedThrottle('login-known', LOGIN_LIMITS.knownClient)
const resetsFromClient = () => sharedThrottle('reset-account-client', LOGIN_LIMITS.resetsPerAccountFromClient)
const resetsPerAccount = () => sharedThrottle('reset-account', LOGIN_LIMITS.resetsPerAccount)

export type LoginVerdict = { go: true } | { go: false; quietly: true } | { go: false; quietly: false; message: string; retryAfterSeconds: number }

const accountKey = (email: string) => email.trim().toLowerCase()
const minutes = (seconds: number) => {
  const count = Math.ceil(seconds / 60)
  return `${count} ${count === 1 ? 'minut' : 'minuter'}`
}

export const tooManyAttemptsMessage = (retryAfterSeconds: number): string => `För många inloggningsförsök från din adress. Försök igen om ${minutes(retryAfterSeconds)}.`
export const tooManyAtAccountMessage = (retryAfterSeconds: number): string =>
  `För många misslyckade inloggningar till kontot från nya platser. Försök igen om ${minutes(retryAfterSeconds)}, eller logga in där du brukar.`
export const tooManyResetsMessage = (retryAfterSeconds: number): string => `Du har redan bett om flera länkar. Försök igen om ${minutes(retryAfterSeconds)}.`

/** A login from the client at the account: counted as it is asked. */
export async function checkLogin(client: string, email: string): Promise<LoginVerdict> {
  const byClient = await perClient().attempt(client)
  if (!byClient.allowed) return { go: false, quietly: false, message: tooManyAttemptsMessage(byClient.retryAfterSeconds), retryAfterSeconds: byClient.retryAfterSeconds }
  const account = accountKey(email)
  if ((await knownClients().count(`${account}|${client}`)) > 0) return { go: true }
  const byAccount = await perAccount().attempt(account)
  if (!byAccount.allowed) return { go: false, quietly: false, message: tooManyAtAccountMessage(byAccount.retryAfterSeconds), retryAfterSeconds: byAccount.retryAfterSeconds }
  return { go: true }
}

/** A login that succeeded: its attempts are taken back, and the client is one the account knows. */
export async function loginSucceeded(client: string, email: string): Promise<void> {
  const account = accountKey(email)
  const known = `${account}|${client}`
  await perClient().forgive(client)
  if ((await knownClients().count(known)) > 0) return
  await perAccount().forgive(account)
  await knownClients().record(known)
}

/** A request for a reset link from the client for the account: counted as it is asked. */
export async function checkResetRequest(client: string, email: string): Promise<LoginVerdict> {
  const byClient = await perClient().attempt(client)
  if (!byClient.allowed) return { go: false, quietly: false, message: tooManyAttemptsMessage(byClient.retryAfterSeconds), retryAfterSeconds: byClient.retryAfterSeconds }
  const account = accountKey(email)
  const fromClient = await resetsFromClient().attempt(`${account}|${client}`)
  if (!fromClient.allowed) return { go: false, quietly: false, message: tooManyResetsMessage(fromClient.retryAfterSeconds), retryAfterSeconds: fromClient.retryAfterSeconds }
  const byAccount = await resetsPerAccount().attempt(account)
  return byAccount.allowed ? { go: true } : { go: false, quietly: true }
}
