/**
 * Pure checks for the settings the app needs, shared by lib/env.ts (the running app) and the
 * start-up script (which must say what is wrong before anything starts).
 */
import { isMailbox } from './mail/address'

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

/** An optional URL of a service: unset is null; otherwise one of its schemes, with a host. */
function checkServiceUrl(name: string, value: string | undefined, schemes: readonly string[], example: string): { value: URL | null } | { problem: string } {
  if (value === undefined || value.trim() === '') return { value: null }
  let parsed: URL
  try {
    parsed = new URL(value.trim())
  } catch {
    return { problem: `${name} is not a URL; ${example}.` }
  }
  if (!schemes.includes(parsed.protocol.slice(0, -1))) return { problem: `${name} must start with ${schemes.map((scheme) => `${scheme}://`).join(' or ')} (got ${parsed.protocol}//); ${example}.` }
  if (!parsed.hostname) return { problem: `${name} has no host; ${example}.` }
  return { value: parsed }
}

/** REDIS_URL: optional; redis:// or rediss:// with a host (the shared cache and limits of several instances). */
export function checkRedisUrl(value: string | undefined): { value: string | null } | { problem: string } {
  const checked = checkServiceUrl('REDIS_URL', value, ['redis', 'rediss'], 'expected redis://localhost:6379 or rediss://user:password@redis.example.se:6380')
  return 'problem' in checked ? checked : { value: checked.value?.toString() ?? null }
}

/** SPAMD_URL: SpamAssassin's spamd, asked for the spam score of an issue before it is sent (spamd://localhost:783). */
export function checkSpamdUrl(value: string | undefined): { value: { host: string; port: number } | null } | { problem: string } {
  const checked = checkServiceUrl('SPAMD_URL', value, ['spamd'], 'expected spamd://localhost:783')
  if ('problem' in checked) return checked
  return { value: checked.value ? { host: checked.value.hostname, port: Number(checked.value.port || 783) } : null }
}

/**
 * SMTP_URL: where mail goes (smtp://user:password@host:587 with STARTTLS when offered, smtps://…
 * for TLS from the first byte, port 465 by default). Unset: every message is written to the
 * outbox folder instead (lib/mail/), so nothing is ever sent to a made-up network account.
 */
export function checkSmtpUrl(value: string | undefined): { value: string | null } | { problem: string } {
  const example = 'expected smtp://user:password@mail.example.se:587 or smtps://user:password@mail.example.se:465'
  const checked = checkServiceUrl('SMTP_URL', value, ['smtp', 'smtps'], example)
  if ('problem' in checked) return checked
  const parsed = checked.value
  if (!parsed) return { value: null }
  if (parsed.port !== '' && (Number(parsed.port) < 1 || Number(parsed.port) > 65535)) return { problem: `SMTP_URL has an impossible port; ${example}.` }
  if (parsed.password && !parsed.username) return { problem: `SMTP_URL has a password but no user name; ${example}.` }
  return { value: parsed.toString() }
}

export type MailFrom = { name: string; address: string }

/**
 * MAIL_FROM: the sender of every message, "Name <address>" or a bare address. Unset: the
 * newsletter's name at nyhetsbrev@ the site's host (fine for the outbox; a real mail server wants
 * a domain it may send for, see the README's SPF/DKIM notes).
 */
export function checkMailFrom(value: string | undefined, siteUrl: string): { value: MailFrom } | { problem: string } {
  const raw = (value ?? '').trim()
  if (raw === '') {
    const host = new URL(siteUrl).hostname
    return { value: { name: 'Nytt från RUS', address: `nyhetsbrev@${host.includes('.') ? host : `${host}.localdomain`}` } }
  }
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(raw)
  const name = (named?.[1] ?? '').replace(/^"(.*)"$/, '$1').trim()
  const address = (named?.[2] ?? raw).trim()
  if (!isMailbox(address)) return { problem: `MAIL_FROM must be an address such as "Nytt från RUS <nyhetsbrev@rus.se>" or nyhetsbrev@rus.se (got "${raw}").` }
  return { value: { name: name || 'Nytt från RUS', address } }
}

/** MAIL_RATE: messages per minute to the mail server while a newsletter goes out; 0 = no limit. */
export const DEFAULT_MAIL_RATE = 300

export function checkMailRate(value: string | undefined): { value: number } | { problem: string } {
  const raw = (value ?? '').trim()
  if (raw === '') return { value: DEFAULT_MAIL_RATE }
  if (!/^\d{1,7}$/.test(raw)) return { problem: `MAIL_RATE must be a whole number of messages per minute, 0 for no limit (got "${raw}").` }
  return { value: Number(raw) }
}

/**
 * SMTP_CONNECTIONS: connections to the mail server at once. Four by default, which any relay
 * takes; a relay of one's own takes more (16 sends a thousand messages a second here).
 */
export const DEFAULT_SMTP_CONNECTIONS = 4

export function checkSmtpConnections(value: string | undefined): { value: number } | { problem: string } {
  const raw = (value ?? '').trim()
  if (raw === '') return { value: DEFAULT_SMTP_CONNECTIONS }
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > 64) return { problem: `SMTP_CONNECTIONS must be a whole number from 1 to 64 (got "${raw}").` }
  return { value: Number(raw) }
}

export type Dkim = { domainName: string; keySelector: string; privateKey: string }

/**
 * DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY (the PEM text; "\n" may stand for its line
 * breaks) sign every message as nodemailer does it; all three or none.
 */
export function checkDkim(source: NodeJS.ProcessEnv): { value: Dkim | null } | { problem: string } {
  const domainName = (source.DKIM_DOMAIN ?? '').trim()
  const keySelector = (source.DKIM_SELECTOR ?? '').trim()
  const privateKey = (source.DKIM_PRIVATE_KEY ?? '').replace(/\\n/g, '\n').trim()
  const given = [domainName, keySelector, privateKey].filter(Boolean).length
  if (given === 0) return { value: null }
  if (given < 3) return { problem: 'DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY go together: set all three, or none.' }
  if (!/^-----BEGIN (RSA )?PRIVATE KEY-----[\s\S]+-----END (RSA )?PRIVATE KEY-----$/.test(privateKey)) {
    return { problem: 'DKIM_PRIVATE_KEY must be a PEM private key (-----BEGIN PRIVATE KEY----- …).' }
  }
  return { value: { domainName, keySelector, privateKey } }
}

export type S3Settings = {
  bucket: string
  /** An S3-compatible server's address (MinIO, Garage, a cloud's object storage); null: AWS itself. */
  endpoint: string | null
  region: string
  /** Bucket in the path (host/bucket/key) rather than the host name, as most S3-compatible servers need. */
  forcePathStyle: boolean
  /** Both keys, or null: the AWS SDK's own chain (an instance role, AWS_* variables) supplies them. */
  credentials: { accessKeyId: string; secretAccessKey: string } | null
}

const S3_NAMES = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const

/**
 * Media on object storage when S3_BUCKET is set (S3_ENDPOINT for a server other than AWS,
 * S3_REGION, S3_ACCESS_KEY_ID with S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE); otherwise the
 * media folder. A half-given setting is refused rather than quietly storing on local disk.
 */
export function checkS3(source: NodeJS.ProcessEnv): { value: S3Settings | null } | { problem: string } {
  const read = (name: string) => (source[name] ?? '').trim()
  const bucket = read('S3_BUCKET')
  if (bucket === '') {
    const stray = S3_NAMES.filter((name) => read(name) !== '')
    return stray.length === 0 ? { value: null } : { problem: `${stray.join(', ')} set without S3_BUCKET: set the bucket too, or remove them to keep media in MEDIA_DIR.` }
  }
  // AWS's bucket naming rules, which S3-compatible servers follow as well.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..')) {
    return { problem: `S3_BUCKET must be a bucket name of 3–63 lowercase letters, digits, dots and hyphens (got "${bucket}").` }
  }
  let endpoint: string | null = null
  if (read('S3_ENDPOINT') !== '') {
    let parsed: URL
    try {
      parsed = new URL(read('S3_ENDPOINT'))
    } catch {
      return { problem: 'S3_ENDPOINT is not a URL; expected for example https://s3.example.se or http://127.0.0.1:9000.' }
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { problem: `S3_ENDPOINT must start with http:// or https:// (got ${parsed.protocol}//).` }
    if (parsed.pathname !== '/' || parsed.search || parsed.username) return { problem: 'S3_ENDPOINT must be the server\'s address only (scheme, host, port), without a path, query or credentials.' }
    endpoint = parsed.origin
  }
  const region = read('S3_REGION') || 'us-east-1'
  if (!/^[a-z0-9-]{1,40}$/.test(region)) return { problem: `S3_REGION must be a region name such as eu-north-1 (got "${region}").` }
  const pathStyle = read('S3_FORCE_PATH_STYLE')
  if (!['', 'true', 'false'].includes(pathStyle)) return { problem: `S3_FORCE_PATH_STYLE must be true or false (got "${pathStyle}").` }
  const [accessKeyId, secretAccessKey] = [read('S3_ACCESS_KEY_ID'), read('S3_SECRET_ACCESS_KEY')]
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) return { problem: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS SDK\'s own credentials.' }
  return {
    value: {
      bucket,
      endpoint,
      region,
      // Path style by default for any other server than AWS's own (virtual hosts need DNS per bucket).
      forcePathStyle: pathStyle === '' ? endpoint !== null : pathStyle === 'true',
      credentials: accessKeyId ? { accessKeyId, secretAccessKey } : null,
    },
  }
}

export type ReturnSettings = {
  /** BOUNCE_ADDRESS: the envelope sender of every message, tagged per message (lib/mail/returnPath.ts); null: MAIL_FROM's. */
  bounceAddress: string | null
  /** BOUNCE_IMAP_URL: the mailbox returns arrive in, read by a job; null: the inbox folder. */
  imap: ImapSettings | null
  /** INBOX_DIR: where .eml returns are read from when there is no mailbox (the outbox's counterpart). */
  inboxDir: string
  /** RETURNS_WEBHOOK_SECRET: the shared secret of the generic returns webhook (HMAC); null: the webhook is off. */
  webhookSecret: string | null
  /** SES_SNS_TOPIC_ARN: the one SNS topic whose Amazon SES notifications are taken; null: that webhook is off. */
  sesTopicArn: string | null
}

export type ImapSettings = {
  host: string
  port: number
  secure: boolean
  user: string
  /** The password, or null when an OAuth2 access token is given (BOUNCE_IMAP_ACCESS_TOKEN, Microsoft 365). */
  password: string | null
  accessToken: string | null
  /** The folder returns arrive in (the URL's path, INBOX by default). */
  folder: string
}

/**
 * BOUNCE_ADDRESS (an address of a domain whose mail we read; no plus sign of its own, since the
 * tag goes after one), BOUNCE_IMAP_URL (`imaps://user:password@host:993/INBOX`, or without the
 * password and with BOUNCE_IMAP_ACCESS_TOKEN for OAuth2), INBOX_DIR.
 */
export function checkReturns(source: NodeJS.ProcessEnv, resolveDir: (dir: string) => string): { value: ReturnSettings } | { problem: string } {
  const bounce = (source.BOUNCE_ADDRESS ?? '').trim()
  const at = bounce.lastIndexOf('@')
  if (bounce !== '' && (!isMailbox(bounce) || bounce.includes('+') || at > 22)) {
    return { problem: `BOUNCE_ADDRESS must be a plain address of at most 22 characters before the @ (a local part holds 64, and the tag takes the rest) and without a + (the product adds one per message), such as studs@nyhetsbrev.example.se (got "${bounce}").` }
  }
  const rawUrl = (source.BOUNCE_IMAP_URL ?? '').trim()
  const accessToken = (source.BOUNCE_IMAP_ACCESS_TOKEN ?? '').trim() || null
  let imap: ImapSettings | null = null
  if (rawUrl !== '') {
    let url: URL
    try {
      url = new URL(rawUrl)
    } catch {
      return { problem: 'BOUNCE_IMAP_URL is not a URL; expected imaps://user:password@imap.example.se:993/INBOX.' }
    }
    if (url.protocol !== 'imap:' && url.protocol !== 'imaps:') return { problem: `BOUNCE_IMAP_URL must start with imaps:// (or imap:// for a server on this machine), got ${url.protocol}//.` }
    if (!url.username) return { problem: 'BOUNCE_IMAP_URL must name the mailbox\'s user: imaps://user:password@host:993/INBOX.' }
    if (!url.password && !accessToken) return { problem: 'BOUNCE_IMAP_URL needs a password, or BOUNCE_IMAP_ACCESS_TOKEN (an OAuth2 access token, Microsoft 365).' }
    const secure = url.protocol === 'imaps:'
    imap = {
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 993 : 143,
      secure,
      user: decodeURIComponent(url.username),
      password: url.password ? decodeURIComponent(url.password) : null,
      accessToken,
      folder: decodeURIComponent(url.pathname.replace(/^\/+/, '')) || 'INBOX',
    }
  } else if (accessToken) {
    return { problem: 'BOUNCE_IMAP_ACCESS_TOKEN is set without BOUNCE_IMAP_URL: set the mailbox\'s URL too (imaps://user@outlook.office365.com:993/INBOX).' }
  }
  const webhookSecret = (source.RETURNS_WEBHOOK_SECRET ?? '').trim()
  if (webhookSecret !== '' && webhookSecret.length < 32) return { problem: 'RETURNS_WEBHOOK_SECRET must be at least 32 characters (for example: openssl rand -hex 32).' }
  const topic = (source.SES_SNS_TOPIC_ARN ?? '').trim()
  if (topic !== '' && !/^arn:aws(-[a-z]+)?:sns:[a-z0-9-]+:\d{12}:[\w-]{1,256}$/.test(topic)) return { problem: `SES_SNS_TOPIC_ARN must be an SNS topic's ARN, arn:aws:sns:eu-north-1:123456789012:nyhetsbrev-returer (got "${topic}").` }
  return { value: { bounceAddress: bounce === '' ? null : bounce, imap, inboxDir: resolveDir(source.INBOX_DIR || '.data/inbox'), webhookSecret: webhookSecret || null, sesTopicArn: topic || null } }
}

/** SMTP_REQUIRE_TLS: true refuses a mail server that does not offer STARTTLS (smtp://); false (the default) uses it when offered. */
export function checkSmtpRequireTls(value: string | undefined): { value: boolean } | { problem: string } {
  const raw = (value ?? '').trim()
  if (raw === '' || raw === 'false') return { value: false }
  if (raw === 'true') return { value: true }
  return { problem: `SMTP_REQUIRE_TLS must be true or false (got "${raw}").` }
}
