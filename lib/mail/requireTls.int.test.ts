import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestSmtp, type TestSmtp } from '@/testing/smtpServer'

import { createMailer } from './mailer'
import { smtpFailure } from './smtpFailure'

const from = { name: 'Nytt från RUS', address: 'nyhetsbrev@example.se' }

describe('SMTP_REQUIRE_TLS', () => {
  let smtp: TestSmtp
  beforeAll(async () => {
    // The test server offers no STARTTLS, as a misconfigured or downgraded relay would.
    smtp = await startTestSmtp(await mkdtemp(path.join(os.tmpdir(), 'rus-tls-')))
  })
  afterAll(async () => {
    await smtp.stop()
    await rm(smtp.mailbox, { recursive: true, force: true })
  })

  it('refuses a mail server without TLS instead of sending in the clear; the send waits, nothing is handed over', async () => {
    const strict = createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from, requireTls: true })
    const error = await strict.send({ to: 'anna@example.org', subject: 'Hej', text: 'Hej' }).then(() => null, (e: unknown) => e)
    strict.close()
    expect(error).toBeTruthy()
    expect(smtpFailure(error).kind).not.toMatch(/^recipient/)
    expect(await readdir(smtp.mailbox)).toEqual([])

    const lenient = createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from })
    await lenient.send({ to: 'anna@example.org', subject: 'Hej', text: 'Hej' })
    lenient.close()
    expect(await readdir(smtp.mailbox)).toHaveLength(1)
  })
})
