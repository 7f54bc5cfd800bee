import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { clientKey, forwardedClient } from '@/lib/security/clientAddress'
import { checkLogin, checkResetRequest, loginSucceeded } from '@/lib/security/loginThrottle'

/**
 * Counts logins and reset requests per client and per account (lib/security/loginThrottle.ts),
 * through every door that reaches Payload's operations: the admin's form, REST and GraphQL alike.
 * A Local API call from a script or a test has no client address and is not counted.
 */
export const limitLoginAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const address = forwardedClient(req.headers)
  if (!address) return args
  const email = String((args.data as { email?: unknown } | undefined)?.email ?? '')
  const client = clientKey(address)
  const verdict = operation === 'login' ? await checkLogin(client, email) : await checkResetRequest(client, email)
  if (verdict.go) return args
  // Over the account's day of reset links: answered as always, and no mail goes.
  if (verdict.quietly) return { ...args, disableEmail: true }
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(verdict.retryAfterSeconds))
  req.responseHeaders = headers
  throw new APIError(verdict.message, 429, null, true)
}

/** A login that succeeded does not count, and its client is one the account knows. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const address = forwardedClient(req.headers)
  if (address) await loginSucceeded(clientKey(address), String((user as { email?: unknown }).email ?? ''))
  return user
}
