/**
 * What writes a send's messages to the mail server: this thread, or worker threads. Writing a
 * message is nodemailer's work — the headers, the SMTP dialogue, the dot-stuffing of every byte
 * (about a millisecond of a core for the seed's 59 KB) — so one thread tops out below a thousand
 * messages a second while the others sit idle. The job runner of its own (`npm run jobs`) turns
 * threads on (sendOnThreads) and a send to an SMTP server is then written by one thread per core,
 * at most four, each with its own share of SMTP_CONNECTIONS; this thread claims, paces and
 * records. Anywhere else (the web server's bundle, the outbox) a send is written here.
 *
 * Either way each recipient's answer is the same: null when the server took the message, or what
 * its refusal means (lib/mail/smtpFailure.ts). A thread that stops answers every message it held
 * as a server that could not be reached (the send waits and those rows are tried again), and when
 * no thread is left — one that could not start, say — this thread writes the rest: a send never
 * hangs on its threads.
 */
import os from 'node:os'
import { Worker } from 'node:worker_threads'

import type { Mailer, MailerSettings } from '@/lib/mail/mailer'
import { smtpFailure, type SmtpFailure } from '@/lib/mail/smtpFailure'

import { personalMessage, prepareEmail, type Recipient, type SenderIdentity, type SendingEmail } from './message'

export type Senders = {
  send(recipient: Recipient): Promise<SmtpFailure | null>
  /** Lets every thread finish what it holds and say goodbye to the server. */
  close(): Promise<void>
}

/** What a sender thread is started with (sending/senderThread.ts). */
export type SenderThreadData = { mailer: MailerSettings; email: SendingEmail; identity: SenderIdentity }
export type ToThread = { id: number; recipient: Recipient } | { close: true }
export type FromThread = { id: number; failure: SmtpFailure | null }

const MAX_THREADS = 4
const THREAD_STOPPED: SmtpFailure = { kind: 'temporary', message: 'Tråden som skrev utskickets meddelanden stannade. Utskicket fortsätter strax.' }

let threadEntry: URL | null = null

/** This process may write sends on worker threads, started from `entry` (sending/senderThread.ts, found by the caller). */
export function sendOnThreads(entry: URL | null): void {
  threadEntry = entry
}

/**
 * A thread's first lines: tsx's loader, then the entry. A thread does not inherit the loader of
 * the process that starts it (Node 20), whatever started that one (`npm run jobs`, a test runner);
 * tsx is found from the working directory, the repository's (as `npm run` sets it).
 */
const startThread = (entry: URL): string => `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}) })`

const coreCount = (): number => Math.max(1, Math.min(MAX_THREADS, os.availableParallelism()))

export function startSenders(mailer: Mailer, email: SendingEmail, identity: SenderIdentity, threads: number = coreCount()): Senders {
  if (!threadEntry || mailer.mode !== 'smtp' || threads < 2) return inThisThread(mailer, email, identity)
  return onThreads(threadEntry, mailer, email, identity, threads)
}

function inThisThread(mailer: Mailer, email: SendingEmail, identity: SenderIdentity): Senders {
  const prepared = prepareEmail(email)
  return {
    async send(recipient) {
      try {
        await mailer.send(personalMessage(prepared, identity, recipient))
        return null
      } catch (error) {
        return smtpFailure(error)
      }
    },
    close: async () => undefined,
  }
}

type Thread = { worker: Worker; waiting: Map<number, (failure: SmtpFailure | null) => void>; exited: Promise<void>; alive: boolean }

function onThreads(entry: URL, mailer: Mailer, email: SendingEmail, identity: SenderIdentity, count: number): Senders {
  const connections = Math.max(1, Math.ceil((mailer.settings.connections ?? 1) / count))
  const workerData: SenderThreadData = { mailer: { ...mailer.settings, connections }, email, identity }
  const threads: Thread[] = Array.from({ length: count }, () => {
    const worker = new Worker(startThread(entry), { eval: true, workerData })
    const thread: Thread = { worker, waiting: new Map(), alive: true, exited: new Promise((resolve) => worker.once('exit', () => resolve())) }
    const stopped = () => {
      thread.alive = false
      for (const answer of thread.waiting.values()) answer(THREAD_STOPPED)
      thread.waiting.clear()
    }
    worker.on('message', ({ id, failure }: FromThread) => {
      thread.waiting.get(id)?.(failure)
      thread.waiting.delete(id)
    })
    worker.on('error', (error) => {
      console.error('A sender thread failed:', error)
      stopped()
    })
    worker.once('exit', stopped)
    return thread
  })
  let lastId = 0
  let here: Senders | null = null
  return {
    send(recipient) {
      const open = threads.filter((thread) => thread.alive)
      if (open.length === 0) return (here ??= inThisThread(mailer, email, identity)).send(recipient)
      // The thread with the fewest messages under way.
      const thread = open.reduce((least, each) => (each.waiting.size < least.waiting.size ? each : least))
      const id = ++lastId
      return new Promise((resolve) => {
        thread.waiting.set(id, resolve)
        thread.worker.postMessage({ id, recipient } satisfies ToThread)
      })
    },
    async close() {
      for (const thread of threads) if (thread.alive) thread.worker.postMessage({ close: true } satisfies ToThread)
      await Promise.all(threads.map((thread) => thread.exited))
    },
  }
}
