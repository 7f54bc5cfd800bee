import type { AfterErrorHook } from 'payload'

import { BAD_INPUT_MESSAGE, isBadInput } from './badInput'
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './unavailable'

/**
 * Payload answers any failure of the REST API with 500 "Something went wrong.". Two causes are not
 * faults of the server and get their own answers: a database outage (503 with Retry-After; the
 * admin shows the message, the form keeps what the editor typed) and a value PostgreSQL refused as
 * impossible (400: the request asked for it).
 */
export const answerKnownApiErrors: AfterErrorHook = ({ error, req }) => {
  if (isBadInput(error)) return { status: 400, response: { errors: [{ message: BAD_INPUT_MESSAGE }] } }
  if (!isDatabaseUnavailable(error)) return
  // Added to what the request already set (a cookie, say), not in its place.
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  headers.set('Cache-Control', 'no-store')
  req.responseHeaders = headers
  return { status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
}
