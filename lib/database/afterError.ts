import type { AfterErrorHook } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './unavailable'

/**
 * Payload answers any failure of the REST API with 500 "Something went wrong.". When the cause
 * is a database outage the admin shows this message in its error notice instead, the form keeps
 * what the editor typed, and the status says that trying again later will work.
 */
export const databaseUnavailableAfterError: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return
  // Added to what the request already set (a cookie, say), not in its place.
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  headers.set('Cache-Control', 'no-store')
  req.responseHeaders = headers
  return { status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
}
