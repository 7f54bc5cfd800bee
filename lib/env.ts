/**
 * The validated environment of the running app (Next.js and every script that loads the Payload
 * config). It is read once, on import, and fails with one message that lists every problem, so a
 * misconfigured server never starts half-working. There are no fallback secrets.
 *
 * `npm start`, `npm run dev` and the test runners fill DATABASE_URL and PAYLOAD_SECRET in for the
 * embedded database (scripts/start.ts); in any other setup they must be given.
 */
import path from 'node:path'

import { checkDatabaseUrl, checkDkim, checkMailFrom, checkMailRate, checkRedisUrl, checkReturns, checkS3, checkSecret, checkSiteUrl, checkSmtpConnections, checkSmtpRequireTls, checkSmtpUrl, checkSpamdUrl, type Checked, type Dkim, type MailFrom, type ReturnSettings, type S3Settings } from './envRules'

export type Env = {
  databaseUrl: string
  payloadSecret: string
  /** Absolute origin of the public site, without a trailing slash. */
  siteUrl: string
  /** Where uploaded images and their sizes are kept, unless s3 is set. */
  mediaDir: string
  /** Object storage for uploaded images (S3_BUCKET and its settings), or null: mediaDir. */
  s3: S3Settings | null
  /** SMTP_URL, or null: then every message is written to outboxDir as an .eml file. */
  smtpUrl: string | null
  /** SMTP_REQUIRE_TLS: refuse a mail server that does not offer TLS (never send in the clear). */
  smtpRequireTls: boolean
  /** SMTP_CONNECTIONS: connections to the mail server at once (a send keeps twice as many messages in flight). */
  smtpConnections: number
  mailFrom: MailFrom
  outboxDir: string
  /** Where what cannot wait for the database is kept until it is back (a one-click unsubscribe). */
  spoolDir: string
  /** Messages per minute while a newsletter goes out; 0: no limit. */
  mailRate: number
  dkim: Dkim | null
  /** Where mail that comes back goes and is read from (BOUNCE_ADDRESS, BOUNCE_IMAP_URL, INBOX_DIR). */
  returns: ReturnSettings
  /** SPAMD_URL: SpamAssassin's spamd for the checklist before sending, or null: no spam score. */
  spamd: { host: string; port: number } | null
  /** LINK_CHECK_ALLOW_LOOPBACK=true: the checklist may follow links to this machine (test rigs only; never private networks). */
  linkCheckAllowLoopback: boolean
  /** Whether the web server runs the job queue (JOBS_IN_SERVER, default yes); no: `npm run jobs` does. */
  jobsInServer: boolean
  /** Whether a server migrates the database on start (MIGRATE_ON_START, default yes); no: `npm run migrate` once per deploy. */
  migrateOnStart: boolean
  isProduction: boolean
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'EnvError'
  }
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const database = checkDatabaseUrl(source.DATABASE_URL)
  const secret = checkSecret(source.PAYLOAD_SECRET)
  const site = checkSiteUrl(source.SITE_URL, source.PORT)
  const smtp = checkSmtpUrl(source.SMTP_URL)
  const redis = checkRedisUrl(source.REDIS_URL)
  const from = checkMailFrom(source.MAIL_FROM, 'value' in site ? site.value : 'http://localhost')
  const rate = checkMailRate(source.MAIL_RATE)
  const dkim = checkDkim(source)
  const s3 = checkS3(source)
  const requireTls = checkSmtpRequireTls(source.SMTP_REQUIRE_TLS)
  const returns = checkReturns(source, (dir) => path.resolve(/*turbopackIgnore: true*/ dir))
  const spamd = checkSpamdUrl(source.SPAMD_URL)
  const connections = checkSmtpConnections(source.SMTP_CONNECTIONS)
  const checks: (Checked | typeof smtp | typeof from | typeof rate | typeof dkim | typeof s3 | typeof returns | typeof requireTls | typeof spamd | typeof connections)[] = [database, secret, site, smtp, redis, from, rate, dkim, s3, returns, requireTls, spamd, connections]
  const problems = checks.flatMap((c) => ('problem' in c ? [c.problem] : []))
  if (!('value' in database && 'value' in secret && 'value' in site && 'value' in smtp && 'value' in redis && 'value' in from && 'value' in rate && 'value' in dkim && 'value' in s3 && 'value' in returns && 'value' in requireTls && 'value' in spamd && 'value' in connections)) {
    throw new EnvError(problems)
  }
  return {
    databaseUrl: database.value,
    payloadSecret: secret.value,
    siteUrl: site.value,
    mediaDir: path.resolve(/*turbopackIgnore: true*/ source.MEDIA_DIR || '.data/media'),
    s3: s3.value,
    smtpUrl: smtp.value,
    smtpRequireTls: requireTls.value,
    smtpConnections: connections.value,
    mailFrom: from.value,
    outboxDir: path.resolve(/*turbopackIgnore: true*/ source.OUTBOX_DIR || '.data/outbox'),
    spoolDir: path.resolve(/*turbopackIgnore: true*/ source.SPOOL_DIR || '.data/spool'),
    mailRate: rate.value,
    dkim: dkim.value,
    returns: returns.value,
    spamd: spamd.value,
    linkCheckAllowLoopback: source.LINK_CHECK_ALLOW_LOOPBACK === 'true',
    jobsInServer: source.JOBS_IN_SERVER !== 'false',
    migrateOnStart: source.MIGRATE_ON_START !== 'false',
    isProduction: source.NODE_ENV === 'production',
  }
}

export const env: Env = readEnv()
