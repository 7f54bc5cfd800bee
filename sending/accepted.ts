/**
 * The messages the server accepted, written down in groups: one statement for up to `maxRows`
 * rows or every `maxWaitMs`, whichever comes first. One statement a message cost PostgreSQL and
 * the runner more than the message itself at a thousand a second; a group costs one. The price
 * is bounded: a runner that dies sends again what was in flight and what it accepted in the last
 * `maxWaitMs` (each under the same Message-ID), never a batch.
 */
export type AcceptedRow = { id: number; messageId: string }

export type Accepted = {
  add(row: AcceptedRow): void
  /** Writes what is waiting and waits for every write; throws the first write's error. */
  close(): Promise<void>
}

export function acceptedInGroups(write: (rows: AcceptedRow[]) => Promise<void>, { maxRows = 100, maxWaitMs = 10 }: { maxRows?: number; maxWaitMs?: number } = {}): Accepted {
  let waiting: AcceptedRow[] = []
  let timer: ReturnType<typeof setTimeout> | null = null
  // One write at a time, in order: a row is never written before the group it came in.
  let writing: Promise<void> = Promise.resolve()
  let failed: unknown = null
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer)
    timer = null
    const rows = waiting
    waiting = []
    if (rows.length > 0) writing = writing.then(() => write(rows)).catch((error: unknown) => void (failed ??= error))
    return writing
  }
  return {
    add(row) {
      waiting.push(row)
      if (waiting.length >= maxRows) void flush()
      else timer ??= setTimeout(() => void flush(), maxWaitMs)
    },
    async close() {
      await flush()
      if (failed) throw failed
    },
  }
}
