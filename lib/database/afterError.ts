import type { AfterErrorHook } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './unavailable'

/**
 * Payload answers any failure of the REST API with 500 "Something went wrong.". When the cause
 * is a database outage the admin shows this message in its error notice instead, the form keeps
 * what the editor typed, and the status says that trying again later will work.
 */
export const databaseUnavailableAfterError: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return
  req.responseHeaders = new Headers({ 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' })
  return { status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
}
