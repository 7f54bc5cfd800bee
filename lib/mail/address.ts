/**
 * The one rule for an e-mail address, wherever one is typed, imported or stored (the forms, the
 * import's dry run and its job, the admin's e-mail fields, MAIL_FROM). Internationalised addresses
 * are taken: a local part with letters beyond ASCII (RFC 6531, sent with SMTPUTF8, which nodemailer
 * uses when the server offers it) and a domain name with them (IDNA: räksmörgås.se, sent as
 * xn--rksmrgs-5wao1o.se). Pure, so the admin's browser runs the same rule.
 */

import punycode from 'punycode/punycode.js'

/**
 * One spelling per address, so one subscriber per mailbox: no mail system in use treats case as
 * different, and a domain written as IDNA (xn--rksmrgs-5wao1o.se) is the one its reader knows
 * (räksmörgås.se). The npm package punycode (its file, not Node's deprecated builtin), which browsers run too.
 */
export function normaliseEmail(value: string): string {
  const address = value.normalize('NFC').trim().toLowerCase()
  const at = address.lastIndexOf('@')
  return at < 1 ? address : `${address.slice(0, at)}@${punycode.toUnicode(address.slice(at + 1))}`
}

/**
 * The inbox an address reaches, for counting what is sent to it: "Anna+rus@Example.se" and
 * "anna@example.se" land in one inbox (subaddressing, RFC 5233, which the common mail systems
 * follow), so a limit per address must count them as one.
 */
export function mailboxOf(value: string): string {
  const address = normaliseEmail(value)
  const at = address.lastIndexOf('@')
  if (at < 1) return address
  const local = address.slice(0, at)
  const tag = local.indexOf('+')
  return `${tag > 0 ? local.slice(0, tag) : local}${address.slice(at)}`
}

/** RFC 5322's atext, and any letter, digit or mark beyond ASCII. */
const ATOM = /^[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~-]+$/u
const ASCII_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/

/** The domain as DNS has it (IDNA, by the WHATWG URL parser in Node and browsers alike), or null. */
function asciiDomain(domain: string): string | null {
  if (!domain || /[\s/\\?#@:[\]%]/.test(domain)) return null
  try {
    return new URL(`http://${domain}`).hostname
  } catch {
    return null
  }
}

/** Dot-separated atoms before the last @, at most 64 bytes; a domain of two labels or more; 254 characters in all. */
export function isMailbox(address: string): boolean {
  const at = address.lastIndexOf('@')
  if (at < 1 || address.length > 254) return false
  const local = address.slice(0, at)
  if (new TextEncoder().encode(local).length > 64 || !local.split('.').every((atom) => ATOM.test(atom))) return false
  const domain = asciiDomain(address.slice(at + 1))
  return domain !== null && domain.length <= 253 && ASCII_DOMAIN.test(domain)
}

export const isValidEmail = (value: string): boolean => isMailbox(normaliseEmail(value))

/** What an editor is told about an address the rule does not take. */
export const INVALID_EMAIL_MESSAGE = 'Skriv en giltig e-postadress, till exempel namn@exempel.se.'

/** The rule as a Payload field's validate: the admin's e-mail fields check exactly what the forms check. */
export const validateEmailField = (value: unknown, { required }: { required?: boolean } = {}): true | string => {
  if (value === null || value === undefined || value === '') return required ? 'Fältet är obligatoriskt.' : true
  return typeof value === 'string' && isValidEmail(value) ? true : INVALID_EMAIL_MESSAGE
}

/** "anna.svensson@lansstyrelsen.se" → "a•••@lansstyrelsen.se": enough to recognise, not to copy. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return '•••'
  return `${email[0]}•••${email.slice(at)}`
}
