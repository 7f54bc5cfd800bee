import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { checkPasswordAgainstNothing } from '@/lib/security/passwordWork'

type LoginData = { email?: unknown; password?: unknown }

/**
 * Payload answers a login for an unknown account at once, while a wrong password takes the time of
 * a password check: that tells a stranger which addresses have accounts. Here an unknown account
 * gets the answer a wrong password gets, after the same work.
 */
export const refuseUnknownAlike: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as LoginData
  if (typeof email !== 'string' || typeof password !== 'string' || !password.trim()) return args
  const { totalDocs } = await req.payload.count({ collection: 'users', where: { email: { equals: email.toLowerCase().trim() } }, overrideAccess: true, req })
  if (totalDocs > 0) return args
  await checkPasswordAgainstNothing(password)
  throw new AuthenticationError(req.t)
}
