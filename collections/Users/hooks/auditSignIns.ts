import type { CollectionAfterErrorHook, CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { auditSignIn } from '@/audit/documents'

/** Adapters: every sign-in, and every failed one with the address typed, go to the log (audit/). */
export const rememberSignInAttempt: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') req.context.signInAttempt = String((args.data as { email?: unknown } | undefined)?.email ?? '')
  return args
}

export const auditSignedIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const { id, email } = user as { id: number; email: string }
  await auditSignIn(req.payload, req, { ok: true, user: { id, email } })
  return user
}

export const auditFailedSignIn: CollectionAfterErrorHook = async ({ error, req }) => {
  const typed = req.context?.signInAttempt
  // A wrong address or password: not other errors, and not each try the limits already refused
  // (429), which a stranger could repeat to fill a log nobody may delete from.
  const status = (error as { status?: number }).status
  if (typeof typed === 'string' && (status === 401 || error.name === 'AuthenticationError')) await auditSignIn(req.payload, req, { ok: false, typed })
}
