/**
 * A worker thread that writes a send's messages (sending/senders.ts): its own mailer and
 * connection pool, the send's e-mail encoded once, and for each recipient the message and the
 * server's answer back. A close lets what is under way finish, then leaves.
 */
import { parentPort, workerData } from 'node:worker_threads'

import { createMailer } from '@/lib/mail/mailer'
import { smtpFailure } from '@/lib/mail/smtpFailure'

import { personalMessage, prepareEmail } from './message'
import type { FromThread, SenderThreadData, ToThread } from './senders'

const port = parentPort
if (!port) throw new Error('sending/senderThread.ts runs as a worker thread (sending/senders.ts).')

const { mailer: settings, email, identity } = workerData as SenderThreadData
const mailer = createMailer(settings)
const prepared = prepareEmail(email)
let underWay = 0
let closing = false

const leaveWhenDone = () => {
  if (!closing || underWay > 0) return
  mailer.close()
  port.close()
}

port.on('message', (message: ToThread) => {
  if ('close' in message) {
    closing = true
    return leaveWhenDone()
  }
  underWay += 1
  mailer
    .send(personalMessage(prepared, identity, message.recipient))
    .then(
      () => null,
      (error: unknown) => smtpFailure(error),
    )
    .then((failure) => {
      underWay -= 1
      port.postMessage({ id: message.id, failure } satisfies FromThread)
      leaveWhenDone()
    })
})
