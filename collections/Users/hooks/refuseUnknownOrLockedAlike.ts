import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { checkPasswordAgainstNothing } from '@/lib/security/passwordWork'

type LoginData = { email?: unknown; password?: unknown }

/**
 * Payload answers a login for an unknown account at once and one for a locked account with a
 * message of its own, while a wrong password takes the time of a password check: both tell a
 * stranger which addresses have accounts. Here an unknown or locked account gets the answer a wrong
 * password gets, after the same work.
 */
export const refuseUnknownOrLockedAlike: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as LoginData
  if (typeof email !== 'string' || typeof password !== 'string' || !password.trim()) return args
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { email: { equals: email.toLowerCase().trim() } },
    select: { lockUntil: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  const lockUntil = (docs[0] as { lockUntil?: string | null } | undefined)?.lockUntil
  const locked = Boolean(lockUntil && Date.parse(lockUntil) > Date.now())
  if (docs.length > 0 && !locked) return args
  await checkPasswordAgainstNothing(password)
  throw new AuthenticationError(req.t)
}
