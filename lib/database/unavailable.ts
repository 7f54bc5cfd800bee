/**
 * Telling "the database is not there" apart from every other failure, so that an outage is
 * answered with 503 and a message an editor understands instead of a 500.
 */

/** Seconds after which a client may try again (the `Retry-After` of every outage answer). */
export const RETRY_AFTER_SECONDS = 15

export const DATABASE_UNAVAILABLE_MESSAGE =
  'Databasen är inte tillgänglig just nu, så inget kunde läsas eller sparas. Det som redan är sparat finns kvar. Försök igen om en stund.'

// Node's socket errors when the server is gone or unreachable.
const NETWORK_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']

// PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P0x (server shutting down or starting).
const SQLSTATE = /^(08\d{3}|57P0[1-4])$/

// Messages without a code: node-postgres' own, and Payload's "cannot begin transaction: connect
// ECONNREFUSED …", which keeps only the message of the error it replaces.
const OUTAGE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  new RegExp(`\\b(${NETWORK_CODES.join('|')})\\b`),
]

function describesOutage(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { code, message } = error as { code?: unknown; message?: unknown }
  if (typeof code === 'string' && (NETWORK_CODES.includes(code) || SQLSTATE.test(code))) return true
  return typeof message === 'string' && OUTAGE_MESSAGES.some((pattern) => pattern.test(message))
}

/** True when the error, or any error it wraps (Drizzle wraps the driver's), says the database is gone. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>()
  for (let current = error; current && !seen.has(current); current = (current as { cause?: unknown }).cause) {
    seen.add(current)
    if (describesOutage(current)) return true
  }
  return false
}
