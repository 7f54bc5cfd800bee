/**
 * The job queues, by how soon their work must be done. Each runs on its own (the web server's
 * runner, `npm run jobs`), so no kind of work waits behind another:
 *
 * - `editor`: what an editor waits for at the screen — a test send. Looked at every second.
 * - `service`: mail a reader waits for — a sign-up's confirmation, a personal unsubscribe link.
 *   Looked at every second, many at a time.
 * - `default`: bulk work — sends to lists, imports, scheduled publishing, the nightly clean-up.
 *   Its long jobs yield every minute or so and queue their own next part (sending/run.ts,
 *   subscribers/runImport.ts), so one bulk job never holds up another for its whole length.
 */
export const QUEUES = { editor: 'editor', service: 'service', bulk: 'default' } as const

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

/** How often a runner looks at each queue, and how many of its jobs it takes at once. */
export const QUEUE_PACE: Record<QueueName, { everyMs: number; limit: number }> = {
  editor: { everyMs: 1_000, limit: 5 },
  service: { everyMs: 1_000, limit: 20 },
  default: { everyMs: 2_000, limit: 10 },
}

/** How long a bulk job works before it yields and queues its next part. */
export const BULK_SLICE_MS = 60_000

/** A cron expression (with seconds, as Payload's runner takes it) for every so many milliseconds, whole seconds. */
export const everyMs = (ms: number): string => `*/${Math.max(1, Math.round(ms / 1000))} * * * * *`
