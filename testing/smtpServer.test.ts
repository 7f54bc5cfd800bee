import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import nodemailer from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestSmtp, type TestSmtp } from './smtpServer'

describe('the test SMTP server', () => {
  let smtp: TestSmtp

  beforeAll(async () => {
    smtp = await startTestSmtp(await mkdtemp(path.join(os.tmpdir(), 'rus-smtp-rig-')))
  })

  afterAll(async () => {
    await smtp.stop()
    await rm(smtp.mailbox, { recursive: true, force: true })
  })

  it('goes on when a client dies mid-message and resets its connection, as a killed runner does', async () => {
    const socket = net.connect(smtp.port, '127.0.0.1')
    const said: string[] = []
    socket.on('data', (chunk) => said.push(chunk.toString()))
    socket.on('error', () => undefined)
    const waitFor = async (code: string) => {
      for (let i = 0; i < 100 && !said.join('').includes(code); i++) await new Promise((resolve) => setTimeout(resolve, 10))
    }
    await waitFor('220')
    for (const [line, code] of [['EHLO test', '250'], ['MAIL FROM:<a@example.se>', '250 Accepted'], ['RCPT TO:<b@example.se>', '250 Accepted'], ['DATA', '354']] as const) {
      said.length = 0
      socket.write(`${line}\r\n`)
      await waitFor(code)
    }
    socket.write('Subject: halvt\r\n\r\nEn bit av ett meddelande')
    await new Promise((resolve) => setTimeout(resolve, 50))
    socket.resetAndDestroy()
    await new Promise((resolve) => setTimeout(resolve, 200))

    const before = smtp.accepted()
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true })
    await transport.sendMail({ from: 'a@example.se', to: 'c@example.se', subject: 'Hel', text: 'Ett helt meddelande' })
    transport.close()
    expect(smtp.accepted()).toBe(before + 1)
  })
})
