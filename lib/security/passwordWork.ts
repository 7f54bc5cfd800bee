import { pbkdf2, randomBytes } from 'node:crypto'

/**
 * Payload's current password hash: PBKDF2-SHA256 with 600 000 iterations and a 32-byte key
 * (payload/dist/auth/strategies/local/generatePasswordSaltHash.js). Checking a wrong password for
 * an existing account costs one such hash, about half a second here.
 */
const ITERATIONS = 600_000
const KEY_LENGTH = 32

/**
 * Does the work of checking a password against nothing, so that a login for an unknown or a
 * locked account takes as long as a wrong password for an existing one, and the time it takes
 * cannot tell anyone which accounts exist.
 */
export function checkPasswordAgainstNothing(password: unknown): Promise<void> {
  return new Promise((resolve) => {
    pbkdf2(typeof password === 'string' ? password : '', randomBytes(32), ITERATIONS, KEY_LENGTH, 'sha256', () => resolve())
  })
}
