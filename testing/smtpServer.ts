/**
 * A real SMTP server for the tests (the `smtp-server` package), never a mock transport: what the
 * app sends crosses a socket, is accepted or refused as a mail server would, and is kept as an
 * .eml file in a mailbox folder for the tests to read back with mailparser (testing/mailbox.ts).
 *
 * How it answers depends on the recipient, so any test can ask for a failure without a control
 * channel: `…+reject@…` is refused for good (550 at RCPT TO), `…+tempfail3@…` is refused for now
 * (451) the first three times and then accepted. `refuseAll` makes it answer 421 to every mail
 * (a server that is there but will not take mail); `denyRelay` answers every recipient "550 5.7.1
 * Relaying denied" (a relay that does not know us yet); `stop()` takes it away altogether.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { SMTPServer, type SMTPServerAddress } from 'smtp-server'

export type TestSmtp = {
  url: string
  port: number
  mailbox: string
  /** Messages accepted so far (raw), in order. */
  accepted: () => number
  refuseAll: (on: boolean) => void
  denyRelay: (on: boolean) => void
  stop: () => Promise<void>
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code })
}

/** `keep: false` counts what it accepts without writing it (the mail benchmark's ten thousand). */
export async function startTestSmtp(mailbox: string, port = 0, { keep = true }: { keep?: boolean } = {}): Promise<TestSmtp> {
  await mkdir(mailbox, { recursive: true })
  const attempts = new Map<string, number>()
  let refusing = false
  let relayDenied = false
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 20 * 1024 * 1024,
    // Stopping does not wait half a minute for the app's pooled connections to say goodbye.
    closeTimeout: 1000,
    onMailFrom(_address, _session, callback) {
      callback(refusing ? smtpError(421, 'Service not available, try again later') : undefined)
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      if (relayDenied) return callback(smtpError(550, '5.7.1 Relaying denied'))
      const local = address.address.split('@')[0] ?? ''
      if (/\+reject$/.test(local)) return callback(smtpError(550, '5.1.1 Mailbox does not exist'))
      const temp = /\+tempfail(\d+)$/.exec(local)
      if (temp) {
        const seen = (attempts.get(address.address) ?? 0) + 1
        attempts.set(address.address, seen)
        if (seen <= Number(temp[1])) return callback(smtpError(451, '4.3.0 Try again later'))
      }
      callback()
    },
    onData(stream, session, callback) {
      // As the final mail server does on delivery (RFC 5321 §4.4): the envelope sender on top.
      const chunks: Buffer[] = [Buffer.from(`Return-Path: <${session.envelope.mailFrom ? session.envelope.mailFrom.address : ''}>\r\n`)]
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        count += 1
        if (!keep) return callback()
        const name = `${Date.now()}-${String(count).padStart(6, '0')}.eml`
        writeFile(path.join(mailbox, name), Buffer.concat(chunks)).then(
          () => callback(),
          (error: Error) => callback(error),
        )
      })
    },
  })
  // A client that dies mid-message (a runner killed by a test) resets its connection: like a real
  // mail server, this one drops that message and goes on, rather than throwing in the test process.
  server.on('error', () => undefined)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: bound } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    mailbox,
    accepted: () => count,
    refuseAll: (on) => {
      refusing = on
    },
    denyRelay: (on) => {
      relayDenied = on
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
