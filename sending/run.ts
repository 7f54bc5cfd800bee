import type { Payload, PayloadRequest } from 'payload'

import { env } from '@/lib/env'
import { BULK_SLICE_MS, QUEUES } from '@/lib/jobs/queues'
import { stopRequested } from '@/lib/jobs/shutdown'
import { mailer as appMailer, type Mailer } from '@/lib/mail/mailer'
import { returnTag } from '@/lib/mail/returnPath'
import { smtpFailure, type SmtpFailure } from '@/lib/mail/smtpFailure'
import { absoluteUrl, routes } from '@/lib/routes'
import { recordBounce, recordDelivered } from '@/subscribers/bounce'
import { unsubscribeToken } from '@/subscribers/tokens'
import { recordWentOut } from '@/newsletter/copies'
import type { Sending } from '@/payload-types'

import { claimBatch, dropQueued, finishedSendings, markFinal, markRetry, markSent, nextDue, release, sendingsToResume, type Claimed } from './deliveries'
import { deliveryMessageId, listIdFor, prepareEmail, testMessage, testMessageId, type SenderIdentity } from './message'
import { GIVE_UP_AFTER_HOURS, retryDelayMs } from './model'
import { acceptedInGroups, type AcceptedRow } from './accepted'
import { claimFeed } from './feed'
import { pacer } from './pace'
import { startSenders, type Senders } from './senders'

/**
 * Rows claimed at a time, how long a claim holds, and how many messages are in flight at once:
 * the mail server's connections (SMTP_CONNECTIONS) twice over, so a message is being written
 * while another waits for the server's answer.
 */
const BATCH = 100
const LEASE_MS = 5 * 60_000
const IN_FLIGHT = env.smtpConnections * 2
/** How often a send under way says it is alive (a runner is taken over after 90 s of silence). */
const HEARTBEAT_MS = 5_000

/** How a send's job works: its slice of time before it yields (lib/jobs/queues.ts), rows per claim. */
export type SendPace = { sliceMs: number; batch: number }
const PACE: SendPace = { sliceMs: BULK_SLICE_MS, batch: BATCH }

/** The send's next part, at the back of the bulk queue: other bulk work gets its turn first. */
const queueNextPart = (payload: Payload, sending: number) => payload.jobs.queue({ task: 'runSending', queue: QUEUES.bulk, input: { sending } })

const idsOf = (values: Sending['lists']): number[] => (values ?? []).map((v) => (typeof v === 'object' ? v.id : v))

async function senderIdentity(payload: Payload): Promise<SenderIdentity> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const domain = new URL(env.siteUrl).hostname
  return {
    from: { name: settings.newsletterName || env.mailFrom.name, address: env.mailFrom.address },
    replyTo: settings.contactEmail ?? null,
    listId: listIdFor(settings.newsletterName || env.mailFrom.name, env.siteUrl),
    domain,
  }
}

const update = (payload: Payload, id: number, data: Partial<Sending>) =>
  payload.update({ collection: 'sendings', id, data, depth: 0, overrideAccess: true })

/** One row: sent, skipped, failed, to try again — or, when the server cannot take mail, untried. */
async function deliver(payload: Payload, senders: Senders, sending: Sending, sender: SenderIdentity, row: Claimed, accepted: (row: AcceptedRow) => Promise<void>): Promise<SmtpFailure | null> {
  if (!row.email || !row.unsubscribeKey) {
    await markFinal(payload, row.id, 'skipped', 'Prenumeranten togs bort innan utskicket nådde fram.')
    return null
  }
  if (!row.stillSubscribed) {
    await markFinal(payload, row.id, 'skipped', 'Avregistrerad innan utskicket nådde fram.')
    return null
  }
  if (Date.now() - Date.parse(row.createdAt) > GIVE_UP_AFTER_HOURS * 3_600_000) {
    await markFinal(payload, row.id, 'failed', `Gav upp efter ${GIVE_UP_AFTER_HOURS} timmar utan att e-postservern tog emot meddelandet.`)
    return null
  }
  const messageId = deliveryMessageId(sending.id, row.id, sender.domain)
  const unsubscribeUrl = absoluteUrl(env.siteUrl, routes.unsubscribe(unsubscribeToken(row.unsubscribeKey), returnTag({ kind: 'd', id: row.id })))
  const failure = await senders.send({ address: row.email, unsubscribeUrl, messageId, delivery: row.id, sending: sending.id })
  if (failure?.kind === 'recipient') {
    await markFinal(payload, row.id, 'failed', failure.message)
    if (row.subscriber) await recordBounce(payload, row.subscriber)
    return null
  }
  if (failure?.kind === 'recipientLater') {
    await markRetry(payload, row.id, new Date(Date.now() + retryDelayMs(row.attempts + 1)), failure.message)
    return null
  }
  if (failure) return failure
  await accepted({ id: row.id, messageId })
  // Only an address with refusals counted has anything to clear: no statement for the others.
  if (row.subscriber && row.hasBounces) await recordDelivered(payload, row.subscriber)
  return null
}

/** Waits for every lane to stop; then throws the first error any of them threw. */
async function allLanes(lanes: Promise<void>[]): Promise<void> {
  const settled = await Promise.allSettled(lanes)
  const failed = settled.find((result) => result.status === 'rejected')
  if (failed) throw failed.reason
}

async function runNewsletter(payload: Payload, mailer: Mailer, sending: Sending, { sliceMs, batch: batchSize }: SendPace): Promise<void> {
  const sliceEnds = Date.now() + sliceMs
  const lists = idsOf(sending.lists)
  const sender = await senderIdentity(payload)
  const pace = pacer(env.mailRate)
  // The first message the server accepts makes the issue's copy the public record (once).
  let wentOut: Promise<unknown> | null = null
  const issue = typeof sending.issue === 'object' ? sending.issue.id : sending.issue
  const records = acceptedInGroups((rows) => markSent(payload, rows))
  const accepted = async (row: AcceptedRow) => {
    records.add(row)
    await (wentOut ??= recordWentOut(payload, issue, new Date()))
  }
  await update(payload, sending.id, { status: 'sending', startedAt: sending.startedAt ?? new Date().toISOString(), heartbeatAt: new Date().toISOString(), pausedUntil: null })
  let down: SmtpFailure | null = null
  let cancelled = false
  let yielded = false
  let lastHeartbeat = Date.now()
  let claims = 0
  // Each claim first asks whether the send was cancelled or the slice is up (after its first
  // batch: a slice always sends something); the lanes stop when it says so.
  const feed = claimFeed(
    async () => {
      const now = await payload.findByID({ collection: 'sendings', id: sending.id, depth: 0, overrideAccess: true, select: { status: true } })
      cancelled = now.status === 'cancelled'
      yielded = !cancelled && claims > 0 && Date.now() >= sliceEnds
      claims += 1
      if (cancelled || yielded) return []
      if (Date.now() - lastHeartbeat >= HEARTBEAT_MS) {
        lastHeartbeat = Date.now()
        await update(payload, sending.id, { heartbeatAt: new Date().toISOString() })
      }
      return claimBatch(payload, sending.id, lists, batchSize, LEASE_MS)
    },
    { lowWater: IN_FLIGHT },
  )
  const untried: number[] = []
  const senders = startSenders(mailer, { subject: sending.subject, html: sending.html, text: sending.text, placeholder: sending.placeholder }, sender)
  // A lane that fails (PostgreSQL away) stops the others too; its error ends the run, and the job is tried again.
  let broken = false
  const lane = async () => {
    try {
      for (;;) {
        if (down || cancelled || broken || stopRequested()) return
        const row = await feed.next()
        if (!row) return
        await pace()
        const failure = await deliver(payload, senders, sending, sender, row, accepted)
        if (failure) {
          down ??= failure
          untried.push(row.id)
        }
      }
    } catch (error) {
      broken = true
      throw error
    }
  }
  try {
    await allLanes(Array.from({ length: IN_FLIGHT }, lane))
  } finally {
    // Whatever happened, what the server accepted is written down and the rest given back.
    await senders.close()
    await records.close()
    untried.push(...(await feed.leftover()).map((row) => row.id))
    await release(payload, untried)
  }
  if (cancelled) return void (await dropQueued(payload, sending.id))
  if (down) {
    const pauses = (sending.pauses ?? 0) + 1
    const failure: SmtpFailure = down
    await update(payload, sending.id, { status: 'waiting', pauses, pausedUntil: new Date(Date.now() + retryDelayMs(pauses)).toISOString(), lastError: failure.message })
    return
  }
  if (stopRequested()) {
    // Stopped by its runner: another may take the send up at once.
    await update(payload, sending.id, { heartbeatAt: null })
    return
  }
  if (yielded && (await nextDue(payload, sending.id)) !== null) {
    // Its slice is up: the rest is the next part's, queued behind the bulk work waiting meanwhile.
    await update(payload, sending.id, { heartbeatAt: null })
    await queueNextPart(payload, sending.id)
    return
  }
  if ((await nextDue(payload, sending.id)) === null) {
    await update(payload, sending.id, { status: 'done', finishedAt: new Date().toISOString(), pauses: 0 })
  }
}

async function runTest(payload: Payload, mailer: Mailer, sending: Sending): Promise<void> {
  const email = prepareEmail({ subject: sending.subject, html: sending.html, text: sending.text, placeholder: sending.placeholder })
  const sender = await senderIdentity(payload)
  const unsubscribeInfoUrl = absoluteUrl(env.siteUrl, routes.unsubscribeInfo())
  const results: { email: string; ok: boolean; error?: string }[] = []
  for (const [index, address] of (sending.testAddresses ?? []).entries()) {
    try {
      await mailer.send(testMessage(email, sender, { address, unsubscribeInfoUrl, messageId: testMessageId(sending.id, index + 1, sender.domain), sending: sending.id }))
      results.push({ email: address, ok: true })
    } catch (error) {
      results.push({ email: address, ok: false, error: smtpFailure(error).message })
    }
  }
  await update(payload, sending.id, { status: 'done', testResults: results, startedAt: new Date().toISOString(), finishedAt: new Date().toISOString() })
}

/**
 * Sends what is due of one send, then stops: the rows still waiting (an address the server said
 * "later" to, a server that could not be reached) are taken up by resumeSends when they are due,
 * by whichever runner is there. A long send works a slice of time and queues its next part, so an
 * import or another send queued meanwhile is not held up for hours. Never inside a request (the
 * runSending job, jobs/).
 */
export async function runSend(payload: Payload, id: number, mailer: Mailer = appMailer(), pace: SendPace = PACE): Promise<void> {
  const sending = await payload.findByID({ collection: 'sendings', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!sending || sending.status === 'done' || sending.status === 'cancelled') return
  if (sending.kind === 'test') await runTest(payload, mailer, sending)
  else await runNewsletter(payload, mailer, sending, pace)
}

/**
 * Takes up sends that have something due and nobody working on them — addresses to try again, a
 * mail server that is back, a runner that died mid-send — and marks done the ones a stopped runner
 * left finished. So a crash, a restart or an hour without a mail server loses nothing: the rows
 * wait in PostgreSQL until a runner gets to them. Every minute (the resumeSendings job).
 */
export async function resumeSends(payload: Payload, req?: PayloadRequest): Promise<{ resumed: number; finished: number }> {
  const resume = await sendingsToResume(payload)
  for (const sending of resume) await payload.jobs.queue({ task: 'runSending', input: { sending }, req })
  const finished = await finishedSendings(payload)
  for (const id of finished) {
    await payload.update({ collection: 'sendings', id, data: { status: 'done', finishedAt: new Date().toISOString() }, overrideAccess: true, req })
  }
  return { resumed: resume.length, finished: finished.length }
}
