import { describe, expect, it } from 'vitest'

import { EnvError, readEnv } from '@/lib/env'

const valid = {
  DATABASE_URL: 'postgres://rus:secret@127.0.0.1:5432/rus',
  PAYLOAD_SECRET: 'a'.repeat(64),
  NODE_ENV: 'production',
} as const

function problemsOf(source: NodeJS.ProcessEnv): string[] {
  try {
    readEnv(source)
  } catch (error) {
    if (error instanceof EnvError) return error.problems
    throw error
  }
  return []
}

describe('readEnv', () => {
  it('accepts a complete environment and derives the site URL from PORT', () => {
    const env = readEnv({ ...valid, PORT: '4000' })
    expect(env).toEqual({
      databaseUrl: valid.DATABASE_URL,
      payloadSecret: valid.PAYLOAD_SECRET,
      siteUrl: 'http://localhost:4000',
      mediaDir: expect.stringMatching(/\.data\/media$/),
      s3: null,
      smtpUrl: null,
      smtpRequireTls: false,
      smtpConnections: 4,
      mailFrom: { name: 'Nytt från RUS', address: 'nyhetsbrev@localhost.localdomain' },
      outboxDir: expect.stringMatching(/\.data\/outbox$/),
      spoolDir: expect.stringMatching(/\.data\/spool$/),
      mailRate: 300,
      dkim: null,
      returns: { bounceAddress: null, imap: null, inboxDir: expect.stringMatching(/\.data\/inbox$/), webhookSecret: null, sesTopicArn: null },
      spamd: null,
      linkCheckAllowLoopback: false,
      jobsInServer: true,
      migrateOnStart: true,
      isProduction: true,
    })
  })

  it('normalises SITE_URL to an origin', () => {
    expect(readEnv({ ...valid, SITE_URL: 'https://nytt.rus.se/' }).siteUrl).toBe('https://nytt.rus.se')
  })

  it('lists every problem at once', () => {
    const problems = problemsOf({ NODE_ENV: 'production', SITE_URL: 'ftp://x' })
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/DATABASE_URL is not set/)
    expect(problems[1]).toMatch(/PAYLOAD_SECRET is not set/)
    expect(problems[2]).toMatch(/SITE_URL must be an http\(s\) origin/)
  })

  it('refuses a malformed or non-postgres DATABASE_URL', () => {
    expect(problemsOf({ ...valid, DATABASE_URL: 'not a url' })[0]).toMatch(/is not a URL/)
    expect(problemsOf({ ...valid, DATABASE_URL: 'mysql://h/db' })[0]).toMatch(/must start with postgres/)
    expect(problemsOf({ ...valid, DATABASE_URL: 'postgres://host' })[0]).toMatch(/needs a host and a database/)
  })

  it('reads SPAMD_URL (port 783 unless given), and refuses anything but spamd://', () => {
    expect(readEnv({ ...valid, SPAMD_URL: 'spamd://127.0.0.1:1783' }).spamd).toEqual({ host: '127.0.0.1', port: 1783 })
    expect(readEnv({ ...valid, SPAMD_URL: 'spamd://spam.example.se' }).spamd).toEqual({ host: 'spam.example.se', port: 783 })
    expect(problemsOf({ ...valid, SPAMD_URL: 'http://spam.example.se:783' })[0]).toMatch(/SPAMD_URL must start with spamd:\/\//)
  })

  it('refuses a short secret and never falls back to one', () => {
    expect(problemsOf({ ...valid, PAYLOAD_SECRET: 'short' })[0]).toMatch(/too short/)
    expect(problemsOf({ ...valid, PAYLOAD_SECRET: '' })[0]).toMatch(/not set/)
  })

  it('sends through SMTP_URL when given, and refuses one that cannot work with one line', () => {
    expect(readEnv({ ...valid, SMTP_URL: 'smtps://user:p%40ss@mail.example.se' }).smtpUrl).toBe('smtps://user:p%40ss@mail.example.se')
    expect(readEnv({ ...valid, SMTP_URL: '  ' }).smtpUrl).toBeNull()
    expect(problemsOf({ ...valid, SMTP_URL: 'mail.example.se:587' })[0]).toMatch(/SMTP_URL must start with smtp:\/\/ or smtps:\/\//)
    expect(problemsOf({ ...valid, SMTP_URL: 'http://mail.example.se' })[0]).toMatch(/must start with smtp/)
    expect(problemsOf({ ...valid, SMTP_URL: 'smtp://' })[0]).toMatch(/no host|not a URL/)
    expect(problemsOf({ ...valid, SMTP_URL: 'smtp://:secret@mail.example.se' })[0]).toMatch(/password but no user/)
    for (const problem of problemsOf({ ...valid, SMTP_URL: 'nonsense' })) expect(problem).not.toContain('\n')
  })

  it('takes REDIS_URL for several instances, refuses one that is not Redis, and migrates on start unless told not to', () => {
    expect(readEnv(valid).migrateOnStart).toBe(true)
    expect(readEnv({ ...valid, MIGRATE_ON_START: 'false' }).migrateOnStart).toBe(false)
    expect(problemsOf({ ...valid, REDIS_URL: 'localhost:6379' })[0]).toMatch(/REDIS_URL must start with redis:\/\/ or rediss:\/\//)
    expect(problemsOf({ ...valid, REDIS_URL: 'redis://localhost:6379' })).toEqual([])
  })

  it('reads where returns go and come from: BOUNCE_ADDRESS, BOUNCE_IMAP_URL with a password or an OAuth2 token, INBOX_DIR', () => {
    const read = readEnv({ ...valid, BOUNCE_ADDRESS: 'studs@nyhetsbrev.example.se', BOUNCE_IMAP_URL: 'imaps://studs%40example.se:l%C3%B6sen@imap.example.se/Returer', INBOX_DIR: '/srv/inkorg' })
    expect(read.returns).toEqual({
      bounceAddress: 'studs@nyhetsbrev.example.se',
      imap: { host: 'imap.example.se', port: 993, secure: true, user: 'studs@example.se', password: 'lösen', accessToken: null, folder: 'Returer' },
      inboxDir: '/srv/inkorg',
      webhookSecret: null,
      sesTopicArn: null,
    })
    const oauth = readEnv({ ...valid, BOUNCE_IMAP_URL: 'imaps://studs@outlook.office365.com', BOUNCE_IMAP_ACCESS_TOKEN: 'eyJ0' }).returns.imap
    expect(oauth).toMatchObject({ password: null, accessToken: 'eyJ0', folder: 'INBOX' })
    expect(problemsOf({ ...valid, BOUNCE_ADDRESS: 'studs+x@example.se' })[0]).toMatch(/without a \+/)
    expect(problemsOf({ ...valid, BOUNCE_ADDRESS: 'not an address' })[0]).toMatch(/BOUNCE_ADDRESS must be/)
    expect(problemsOf({ ...valid, BOUNCE_IMAP_URL: 'https://imap.example.se' })[0]).toMatch(/must start with imaps:\/\//)
    expect(problemsOf({ ...valid, BOUNCE_IMAP_URL: 'imaps://imap.example.se' })[0]).toMatch(/name the mailbox's user/)
    expect(problemsOf({ ...valid, BOUNCE_IMAP_URL: 'imaps://studs@imap.example.se' })[0]).toMatch(/needs a password, or BOUNCE_IMAP_ACCESS_TOKEN/)
    expect(problemsOf({ ...valid, BOUNCE_IMAP_ACCESS_TOKEN: 'x' })[0]).toMatch(/without BOUNCE_IMAP_URL/)
    expect(problemsOf({ ...valid, RETURNS_WEBHOOK_SECRET: 'kort' })[0]).toMatch(/at least 32 characters/)
    expect(problemsOf({ ...valid, SES_SNS_TOPIC_ARN: 'mitt-ämne' })[0]).toMatch(/must be an SNS topic's ARN/)
    expect(readEnv({ ...valid, SES_SNS_TOPIC_ARN: 'arn:aws:sns:eu-north-1:123456789012:returer' }).returns.sesTopicArn).toBe('arn:aws:sns:eu-north-1:123456789012:returer')
  })

  it('reads MAIL_FROM with or without a name', () => {
    expect(readEnv({ ...valid, MAIL_FROM: 'RUS <nyhetsbrev@rus.se>' }).mailFrom).toEqual({ name: 'RUS', address: 'nyhetsbrev@rus.se' })
    expect(readEnv({ ...valid, MAIL_FROM: '"Nytt från RUS" <nyhetsbrev@rus.se>' }).mailFrom.name).toBe('Nytt från RUS')
    expect(readEnv({ ...valid, MAIL_FROM: 'nyhetsbrev@rus.se', SITE_URL: 'https://nytt.rus.se' }).mailFrom.address).toBe('nyhetsbrev@rus.se')
    expect(readEnv({ ...valid, SITE_URL: 'https://nytt.rus.se' }).mailFrom.address).toBe('nyhetsbrev@nytt.rus.se')
    expect(problemsOf({ ...valid, MAIL_FROM: 'RUS <not an address>' })[0]).toMatch(/MAIL_FROM must be an address/)
  })

  it('reads the sending pace and DKIM, all or nothing', () => {
    expect(readEnv({ ...valid, MAIL_RATE: '0' }).mailRate).toBe(0)
    expect(problemsOf({ ...valid, MAIL_RATE: 'fast' })[0]).toMatch(/MAIL_RATE must be a whole number/)
    expect(readEnv(valid).smtpConnections).toBe(4)
    expect(readEnv({ ...valid, SMTP_CONNECTIONS: '16' }).smtpConnections).toBe(16)
    for (const bad of ['0', '65', 'many', '-2']) expect(problemsOf({ ...valid, SMTP_CONNECTIONS: bad })[0]).toMatch(/SMTP_CONNECTIONS must be a whole number from 1 to 64/)
    const key = '-----BEGIN PRIVATE KEY-----\\nMIIB\\n-----END PRIVATE KEY-----'
    expect(readEnv({ ...valid, DKIM_DOMAIN: 'rus.se', DKIM_SELECTOR: 'nyhetsbrev', DKIM_PRIVATE_KEY: key }).dkim).toEqual({
      domainName: 'rus.se',
      keySelector: 'nyhetsbrev',
      privateKey: '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----',
    })
    expect(problemsOf({ ...valid, DKIM_DOMAIN: 'rus.se' })[0]).toMatch(/go together/)
    expect(problemsOf({ ...valid, DKIM_DOMAIN: 'rus.se', DKIM_SELECTOR: 's', DKIM_PRIVATE_KEY: 'secret' })[0]).toMatch(/PEM private key/)
  })

  it('keeps media on object storage when S3_BUCKET is set, with path style for a server other than AWS', () => {
    expect(readEnv({ ...valid, S3_BUCKET: 'rus-media', S3_ENDPOINT: 'http://127.0.0.1:9000/', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'key' }).s3).toEqual({
      bucket: 'rus-media',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'id', secretAccessKey: 'key' },
    })
    expect(readEnv({ ...valid, S3_BUCKET: 'rus-media', S3_REGION: 'eu-north-1' }).s3).toMatchObject({ endpoint: null, region: 'eu-north-1', forcePathStyle: false, credentials: null })
    expect(readEnv({ ...valid, S3_BUCKET: 'rus-media', S3_ENDPOINT: 'https://s3.example.se', S3_FORCE_PATH_STYLE: 'false' }).s3?.forcePathStyle).toBe(false)
  })

  it('refuses half an S3 setting instead of quietly storing media on local disk', () => {
    expect(problemsOf({ ...valid, S3_ENDPOINT: 'http://127.0.0.1:9000' })[0]).toMatch(/S3_ENDPOINT set without S3_BUCKET/)
    expect(problemsOf({ ...valid, S3_BUCKET: 'Rus_Media' })[0]).toMatch(/S3_BUCKET must be a bucket name/)
    expect(problemsOf({ ...valid, S3_BUCKET: 'rus-media', S3_ENDPOINT: 'minio:9000' })[0]).toMatch(/S3_ENDPOINT must start with http/)
    expect(problemsOf({ ...valid, S3_BUCKET: 'rus-media', S3_ENDPOINT: 'https://s3.example.se/rus-media' })[0]).toMatch(/without a path/)
    expect(problemsOf({ ...valid, S3_BUCKET: 'rus-media', S3_ACCESS_KEY_ID: 'id' })[0]).toMatch(/go together/)
    expect(problemsOf({ ...valid, S3_BUCKET: 'rus-media', S3_FORCE_PATH_STYLE: 'yes' })[0]).toMatch(/true or false/)
    expect(problemsOf({ ...valid, S3_BUCKET: 'rus-media', S3_REGION: 'EU North' })[0]).toMatch(/S3_REGION/)
  })
})
