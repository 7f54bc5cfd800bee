import pg from 'pg'

import { checkDatabaseUrl } from '../../lib/envRules'

import { StartupError } from './cli'
import { runningClusterUrl, startEmbeddedPostgres, type RunningPostgres } from './embeddedPostgres'
import { EMBEDDED_DATABASE, POSTGRES_DIR } from './paths'

export type Database = {
  url: string
  /** The embedded server, when this call started it (and so must stop it). */
  embedded: RunningPostgres | null
  /** The database is the embedded one in .data/ (started here or by a running `npm start`). */
  local: boolean
}

function describe(url: string): string {
  const parsed = new URL(url)
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`
}

/** Connects once to prove the server answers, so a bad URL fails before anything else starts. */
export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query('select 1')
  } catch (error) {
    const reason = error instanceof Error ? (error as NodeJS.ErrnoException).code || error.message : String(error)
    throw new StartupError(`Cannot reach the database at ${describe(url)} (${reason}). Check DATABASE_URL.`)
  } finally {
    await client.end().catch(() => undefined)
  }
}

type OpenOptions = {
  /** Use the embedded PostgreSQL that `npm start` already runs instead of refusing to start a second. */
  shareRunning?: boolean
}

/**
 * DATABASE_URL when it is set; otherwise the embedded PostgreSQL in .data/postgres/. `embedded`
 * is set only when this call started the server, so only the caller that started it stops it.
 */
export async function openDatabase({ shareRunning = false }: OpenOptions = {}): Promise<Database> {
  const given = process.env.DATABASE_URL
  if (given) {
    const checked = checkDatabaseUrl(given)
    if ('problem' in checked) throw new StartupError(checked.problem)
    await assertReachable(checked.value)
    return { url: checked.value, embedded: null, local: false }
  }
  if (shareRunning) {
    const running = await runningClusterUrl(POSTGRES_DIR, EMBEDDED_DATABASE)
    if (running) return { url: running, embedded: null, local: true }
  }
  let embedded: RunningPostgres
  try {
    embedded = await startEmbeddedPostgres({ dataDir: POSTGRES_DIR })
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'PostgreSQL stopped while starting (see .data/postgres/log if any)'
    throw new StartupError(`The embedded PostgreSQL in .data/postgres/ did not start: ${reason}`)
  }
  await embedded.createDatabase(EMBEDDED_DATABASE)
  return { url: embedded.urlFor(EMBEDDED_DATABASE), embedded, local: true }
}
