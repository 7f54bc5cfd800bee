/**
 * The rows a runner's lanes take one at a time, claimed a batch ahead: when few are left, the
 * next batch is claimed while the lanes go on sending, so no lane waits for PostgreSQL (claiming
 * batch after batch, every lane stopped at each batch's end). `claim` returning no rows ends the
 * feed: nothing is due, the send was cancelled or the runner's slice is up.
 */
export type Feed<T> = {
  /** The next row, or null when the feed has ended. Throws what a claim threw. */
  next(): Promise<T | null>
  /** Claimed rows never handed out, after any claim under way: the runner gives them back. */
  leftover(): Promise<T[]>
}

export function claimFeed<T>(claim: () => Promise<T[]>, { lowWater }: { lowWater: number }): Feed<T> {
  let rows: T[] = []
  let claiming: Promise<void> | null = null
  let ended = false
  let failed: unknown = null
  const refill = (): Promise<void> =>
    (claiming ??= claim()
      .then(
        (batch) => {
          if (batch.length === 0) ended = true
          else rows.push(...batch)
        },
        (error: unknown) => {
          failed = error
          ended = true
        },
      )
      .finally(() => {
        claiming = null
      }))
  return {
    async next() {
      for (;;) {
        if (failed) throw failed
        if (!ended && rows.length <= lowWater) void refill()
        const row = rows.shift()
        if (row !== undefined) return row
        if (ended) return null
        await refill()
      }
    },
    async leftover() {
      ended = true
      await claiming
      const left = rows
      rows = []
      return left
    },
  }
}
