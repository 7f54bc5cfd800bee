import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { forwardedClient } from '@/lib/security/clientAddress'
import { loginThrottle, tooManyAttemptsMessage } from '@/lib/security/loginThrottle'

/**
 * Counts logins and reset requests per client address, through every door that reaches Payload's
 * operations: the admin's form, REST and GraphQL alike. A Local API call from a script or a test
 * has no client address and is not counted.
 */
export const limitLoginAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const address = forwardedClient(req.headers)
  if (!address) return args
  const verdict = await loginThrottle().attempt(address)
  if (verdict.allowed) return args
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(verdict.retryAfterSeconds))
  req.responseHeaders = headers
  throw new APIError(tooManyAttemptsMessage(verdict.retryAfterSeconds), 429, null, true)
}

/** A login that succeeded does not count against the address. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const address = forwardedClient(req.headers)
  if (address) await loginThrottle().forgive(address)
  return user
}
