/**
 * The links in subscribers' mail. Both are signed with a key derived from PAYLOAD_SECRET (HMAC
 * SHA-256), so a link cannot be guessed or altered and is checked before the database is asked.
 * Changing PAYLOAD_SECRET therefore ends every link already sent.
 *
 * - Confirmation: names the subscriber's row and the lists asked for, and expires.
 * - Unsubscribe: names the subscriber by a random key of their own (not the address, not the row
 *   id), and never expires, so the link in an issue from years ago still works.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { env } from '@/lib/env'

const SIGNATURE_BYTES = 16

const keyFor = (secret: string, purpose: string): Buffer => createHmac('sha256', secret).update(`nytt-fran-rus:${purpose}`).digest()

function sign(secret: string, purpose: string, body: string): string {
  return createHmac('sha256', keyFor(secret, purpose)).update(body).digest().subarray(0, SIGNATURE_BYTES).toString('base64url')
}

/** base64url as signed here: its own alphabet only, since Node's decoder skips any other character. */
const BASE64URL = /^[A-Za-z0-9_-]+$/

function verified(secret: string, purpose: string, token: string): string | null {
  const dot = token.lastIndexOf('.')
  if (dot < 1 || token.length > 512) return null
  const body = token.slice(0, dot)
  const signature = token.slice(dot + 1)
  if (!BASE64URL.test(body) || !BASE64URL.test(signature)) return null
  const given = Buffer.from(signature, 'base64url')
  const expected = Buffer.from(sign(secret, purpose, body), 'base64url')
  return given.length === expected.length && timingSafeEqual(given, expected) ? body : null
}

/** A new subscriber's unsubscribe key: 144 random bits. */
export const newUnsubscribeKey = (): string => randomBytes(18).toString('base64url')

export const unsubscribeToken = (key: string, secret = env.payloadSecret): string => `${key}.${sign(secret, 'unsubscribe', key)}`

/** The key in a genuine unsubscribe token, else null. */
export const unsubscribeKeyOf = (token: string, secret = env.payloadSecret): string | null => {
  const key = verified(secret, 'unsubscribe', token)
  return key && /^[A-Za-z0-9_-]{24}$/.test(key) ? key : null
}

export type ConfirmationClaim = { subscriber: number; lists: number[]; issuedAt: number; expiresAt: number }

/** How long a confirmation link works. */
export const CONFIRMATION_DAYS = 7

export function confirmationToken(subscriber: number, lists: number[], now = Date.now(), secret = env.payloadSecret): string {
  const issuedAt = Math.floor(now / 1000)
  const claim = { s: subscriber, l: lists, i: issuedAt, x: issuedAt + CONFIRMATION_DAYS * 86_400 }
  const body = Buffer.from(JSON.stringify(claim)).toString('base64url')
  return `${body}.${sign(secret, 'confirm', body)}`
}

export type ConfirmationCheck = { ok: true; claim: ConfirmationClaim } | { ok: false; reason: 'invalid' | 'expired' }

const isIdList = (value: unknown): value is number[] => Array.isArray(value) && value.length > 0 && value.every((n) => Number.isInteger(n) && n > 0)

export function readConfirmationToken(token: string, now = Date.now(), secret = env.payloadSecret): ConfirmationCheck {
  const body = verified(secret, 'confirm', token)
  if (!body) return { ok: false, reason: 'invalid' }
  let claim: { s?: unknown; l?: unknown; i?: unknown; x?: unknown }
  try {
    claim = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  const { s, l, i, x } = claim
  if (!Number.isInteger(s) || !isIdList(l) || typeof i !== 'number' || typeof x !== 'number') return { ok: false, reason: 'invalid' }
  if (now / 1000 > x) return { ok: false, reason: 'expired' }
  return { ok: true, claim: { subscriber: s as number, lists: l, issuedAt: i, expiresAt: x } }
}
