import { isMailbox } from '@/lib/envRules'

/**
 * One spelling per address, so one subscriber per mailbox. The local part is case-sensitive by
 * the letter of RFC 5321, but no mail system in use treats it so, and two rows for
 * Anna@lansstyrelsen.se and anna@lansstyrelsen.se would mean two messages to one person.
 */
export const normaliseEmail = (value: string): string => value.normalize('NFC').trim().toLowerCase()

export const isValidEmail = (value: string): boolean => isMailbox(normaliseEmail(value))

/** "anna.svensson@lansstyrelsen.se" → "a•••@lansstyrelsen.se": enough to recognise, not to copy. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return '•••'
  return `${email[0]}•••${email.slice(at)}`
}
