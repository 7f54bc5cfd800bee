/**
 * The mail bench's second send (bench/mail.ts): the seed's issue to a list of LARGE new
 * subscribers, written in SQL (the CSV import's 5 ms an address would take eight minutes), through
 * the runner already running: how fast, and the runner's memory after the first 10,000 messages,
 * at its peak and at the end.
 */
import type { Payload } from 'payload'

export const LARGE = 100_000

export async function sendToLarge(payload: Payload, issue: number, token: string, accepted: () => number, runnerRss: () => number) {
  // Loaded here, not on import: it reads the environment the bench sets up first.
  const { restPost } = await import('@/testing/http')
  const list = await payload.create({ collection: 'mailing-lists', data: { name: 'Benchmark 100 000' }, overrideAccess: true })
  const pool = payload.db.pool
  await pool.query(
    `WITH made AS (
       INSERT INTO subscribers (email, unsubscribe_key) SELECT 'stor' || i || '@example.se', md5('bench-' || i || random()) FROM generate_series(1, $1) AS i RETURNING id)
     INSERT INTO subscribers_subscriptions (_order, _parent_id, id, list_id, status) SELECT 1, id, gen_random_uuid()::text, $2, 'subscribed' FROM made`,
    [LARGE, list.id],
  )
  await pool.query('ANALYZE subscribers; ANALYZE subscribers_subscriptions')
  const before = accepted()
  const queued = performance.now()
  const answer = await restPost(`/api/issues/${issue}/skicka`, { lists: [list.id] }, { token })
  if (answer.status !== 201) throw new Error(`the large send was refused: ${answer.status} ${JSON.stringify(answer.body)}`)
  const queueRequestMs = Math.round(performance.now() - queued)
  let firstAt = 0
  let rssAt10k = 0
  let at10k = 0
  let peak = runnerRss()
  const deadline = Date.now() + 20 * 60_000
  while (accepted() - before < LARGE) {
    if (Date.now() > deadline) throw new Error(`only ${accepted() - before} messages in 20 minutes`)
    if (!firstAt && accepted() > before) firstAt = performance.now()
    peak = Math.max(peak, runnerRss())
    if (!rssAt10k && accepted() - before >= 10_000) {
      rssAt10k = runnerRss()
      at10k = performance.now()
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const lastAt = performance.now()
  return {
    recipients: LARGE,
    queueRequestMs,
    allS: Math.round(lastAt - queued) / 1000,
    messagesPerSecond: Math.round(LARGE / ((lastAt - firstAt) / 1000)),
    // The first 10,000 of it: as a send of 10,000 would go, with the threads starting cold.
    firstTenThousandPerSecond: Math.round(10_000 / ((at10k - firstAt) / 1000)),
    rssAt10kMb: Math.round(rssAt10k),
    peakRssMb: Math.round(peak),
    endRssMb: Math.round(runnerRss()),
  }
}

