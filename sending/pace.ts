/**
 * MAIL_RATE as a schedule: each call waits for the next free slot (60 000 / rate ms apart), shared
 * by every message the runner has in flight. 0: no waiting.
 */
export function pacer(perMinute: number, now: () => number = Date.now): () => Promise<void> {
  if (perMinute <= 0) return async () => undefined
  const interval = 60_000 / perMinute
  let next = now()
  return async () => {
    const at = Math.max(now(), next)
    next = at + interval
    const wait = at - now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  }
}
