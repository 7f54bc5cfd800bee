/**
 * Pure checks for the settings the app needs, shared by lib/env.ts (the running app) and the
 * start-up script (which must say what is wrong before anything starts).
 */

export type Checked = { value: string } | { problem: string }

export const MIN_SECRET_LENGTH = 32

export function checkDatabaseUrl(value: string | undefined): Checked {
  if (!value) return { problem: 'DATABASE_URL is not set (npm start sets it for the embedded database).' }
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    return { problem: 'DATABASE_URL is not a URL; expected postgres://user:password@host:5432/database.' }
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    return { problem: `DATABASE_URL must start with postgres:// (got ${parsed.protocol}//).` }
  }
  if (!parsed.hostname || parsed.pathname.length <= 1) {
    return { problem: 'DATABASE_URL needs a host and a database name: postgres://user:password@host:5432/database.' }
  }
  return { value }
}

export function checkSecret(value: string | undefined): Checked {
  const secret = value ?? ''
  if (!secret) {
    return {
      problem:
        'PAYLOAD_SECRET is not set (npm start keeps one in .data/ for the embedded database); generate one with: openssl rand -hex 32',
    }
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    return {
      problem: `PAYLOAD_SECRET is too short (${secret.length} characters, at least ${MIN_SECRET_LENGTH}); generate one with: openssl rand -hex 32`,
    }
  }
  return { value: secret }
}

export function checkSiteUrl(value: string | undefined, port: string | undefined): Checked {
  const raw = value || `http://localhost:${port || '3000'}`
  try {
    const parsed = new URL(raw)
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return { value: parsed.origin }
  } catch {
    // reported below
  }
  return { problem: `SITE_URL must be an http(s) origin such as https://nytt.rus.se (got "${raw}").` }
}

export function checkPort(value: string | undefined): Checked {
  const raw = value || '3000'
  const port = Number(raw)
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) return { problem: `PORT must be a number from 1 to 65535 (got "${raw}").` }
  return { value: raw }
}
