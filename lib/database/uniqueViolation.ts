import { ValidationError } from 'payload'

/**
 * A write refused by a unique index: PostgreSQL's 23505 as the driver throws it, or Payload's
 * translation of it (a ValidationError that the value must be unique). Two people (or a double
 * click) doing the same thing at once: the index lets one win, and the other is told.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof ValidationError) return error.data.errors.some((e) => /unik|unique/i.test(e.message))
  const { message, cause } = (error ?? {}) as { message?: unknown; cause?: { code?: unknown } }
  return cause?.code === '23505' || /unique|duplicate key/i.test(String(message))
}
