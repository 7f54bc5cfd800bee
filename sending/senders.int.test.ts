import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createMailer } from '@/lib/mail/mailer'
import { mailTo, rawHeader, type Received } from '@/testing/mailbox'
import { startTestSmtp, type TestSmtp } from '@/testing/smtpServer'

import type { Recipient, SenderIdentity, SendingEmail } from './message'
import { sendOnThreads, startSenders } from './senders'

const identity: SenderIdentity = { from: { name: 'Nytt från RUS', address: 'nyhetsbrev@example.se' }, replyTo: 'kontakt@example.se', listId: { name: 'Nytt från RUS', id: 'nyhetsbrev.example.se' }, domain: 'example.se' }
const email: SendingEmail = {
  subject: 'Nytt från RUS – mars',
  html: `<p>${'Miljömålen i länen. '.repeat(200)}</p><a href="{{avregistrera}}">Avregistrera dig</a>`,
  text: `${'Miljömålen i länen. '.repeat(200)}\nAvregistrera dig: {{avregistrera}}\n`,
  placeholder: '{{avregistrera}}',
}

/**
 * The worker threads that write a send's messages in `npm run jobs` (sending/senders.ts), against
 * a real SMTP server: the same message as this thread writes, and the same meaning of each answer.
 * (jobs/runnerCrash.int.test.ts runs them inside a real runner, killed and stopped mid-send.)
 */
describe("a send's messages written on worker threads", () => {
  let smtp: TestSmtp
  const recipient = (local: string, delivery: number): Recipient => ({
    address: `${local}@example.se`,
    unsubscribeUrl: `https://nytt.rus.se/avregistrera/token-${delivery}?utskick=d${delivery}`,
    messageId: `<utskick-1-${delivery}@example.se>`,
    delivery,
    sending: 1,
  })

  beforeAll(async () => {
    smtp = await startTestSmtp(await mkdtemp(path.join(os.tmpdir(), 'rus-senders-')))
    sendOnThreads(new URL('./senderThread.ts', import.meta.url))
  })

  afterAll(async () => {
    sendOnThreads(null)
    await smtp.stop()
    await rm(smtp.mailbox, { recursive: true, force: true })
  })

  it('writes the message this thread would, and answers each recipient as the server did', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from: identity.from, connections: 4 })
    const here = startSenders(mailer, email, identity, 1)
    const threads = startSenders(mailer, email, identity, 2)
    try {
      expect(await here.send(recipient('har', 1))).toBeNull()
      const answers = await Promise.all([
        ...Array.from({ length: 20 }, (_, i) => threads.send(recipient(`trad${i}`, 100 + i))),
        threads.send(recipient('borta+reject', 200)),
        threads.send(recipient('senare+tempfail1', 201)),
      ])
      expect(answers.slice(0, 20)).toEqual(Array.from({ length: 20 }, () => null))
      expect(answers[20]).toMatchObject({ kind: 'recipient', message: expect.stringContaining('550') })
      expect(answers[21]).toMatchObject({ kind: 'recipientLater', message: expect.stringContaining('451') })
    } finally {
      await threads.close()
      await here.close()
      mailer.close()
    }
    const [byThisThread] = (await mailTo(smtp.mailbox, 'har@example.se')) as [Received]
    const [byAThread] = (await mailTo(smtp.mailbox, 'trad0@example.se')) as [Received]
    expect(byAThread.html).toBe(String(byThisThread.html).replace('token-1?utskick=d1', 'token-100?utskick=d100'))
    expect(byAThread.text).toBe(String(byThisThread.text).replace('token-1?utskick=d1', 'token-100?utskick=d100'))
    for (const header of ['From', 'Reply-To', 'Subject', 'List-Id', 'List-Unsubscribe-Post', 'Feedback-ID']) expect(rawHeader(byAThread, header), header).toBe(rawHeader(byThisThread, header))
    expect(byAThread.messageId).toBe('<utskick-1-100@example.se>')
    expect(new Set((await Promise.all(Array.from({ length: 20 }, (_, i) => mailTo(smtp.mailbox, `trad${i}@example.se`)))).map((mails) => mails.length))).toEqual(new Set([1]))
  })

  it('a server that is away is a server that is away on a thread too: the send waits, nothing is given up', async () => {
    const away = await startTestSmtp(await mkdtemp(path.join(os.tmpdir(), 'rus-senders-away-')))
    await away.stop()
    const mailer = createMailer({ smtpUrl: away.url, outboxDir: '/nonexistent', from: identity.from, connections: 2 })
    const threads = startSenders(mailer, email, identity, 2)
    try {
      expect(await threads.send(recipient('nagon', 300))).toMatchObject({ kind: 'temporary' })
    } finally {
      await threads.close()
      mailer.close()
      await rm(away.mailbox, { recursive: true, force: true })
    }
  })

  it('threads that cannot start leave the writing to this thread: the send goes on', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from: identity.from, connections: 2 })
    // No entry to start: each thread fails at once, as a thread that dies would.
    sendOnThreads(new URL('./doesNotExist.ts', import.meta.url))
    const threads = startSenders(mailer, email, identity, 2)
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await threads.send(recipient('ensam', 400))).toBeNull()
      expect(await mailTo(smtp.mailbox, 'ensam@example.se')).toHaveLength(1)
    } finally {
      await threads.close()
      mailer.close()
      sendOnThreads(new URL('./senderThread.ts', import.meta.url))
    }
  })
})
