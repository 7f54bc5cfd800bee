import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { ROOT, SERVER_ARGS } from '@/scripts/lib/paths'
import { findFreePort } from '@/scripts/lib/ports'
import { instanceSettingsFile, type InstanceSettings } from '@/testing/databaseControl'

export type Instance = { origin: string; child: ChildProcess }

type Options = {
  /** Settings of this instance on top of the e2e server's (REDIS_URL, S3_*, …). */
  env?: Record<string, string>
  /** Its own address as SITE_URL, for a browser signed in to it directly; otherwise the e2e server's, as behind one nginx. */
  ownOrigin?: boolean
  /** The port of an instance started again (nginx's upstream names it); otherwise a free one. */
  port?: number
  /** The database, secret and mail of a world of its own (e2e/helpers/world.ts); otherwise the e2e server's. */
  settings?: InstanceSettings
}

/**
 * One more instance of the e2e build (server.ts, as production runs it) on the e2e database. The
 * e2e server runs the jobs and has migrated; an instance only serves.
 */
export async function startInstance({ env = {}, ownOrigin = false, port: given, settings: own }: Options = {}): Promise<Instance> {
  const settings = own ?? (JSON.parse(readFileSync(instanceSettingsFile(), 'utf8')) as InstanceSettings)
  const port = given ?? (await findFreePort())
  const origin = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, SERVER_ARGS, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ...settings,
      PORT: String(port),
      HOST: '127.0.0.1',
      SITE_URL: ownOrigin ? origin : `http://localhost:${process.env.E2E_PORT ?? 3100}`,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: '.next-e2e',
      NEXT_TELEMETRY_DISABLED: '1',
      TRUSTED_PROXIES: 'loopback',
      JOBS_IN_SERVER: 'false',
      MIGRATE_ON_START: 'false',
      ...env,
    },
  })
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${origin}/`).then((r) => r.ok, () => false)) return { origin, child }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGTERM')
  throw new Error(`the instance on ${origin} did not start`)
}

export const stopInstance = (instance: Instance | undefined): Promise<void> =>
  new Promise<void>((resolve) => {
    if (!instance || instance.child.exitCode !== null) return resolve()
    instance.child.once('exit', () => resolve())
    instance.child.kill('SIGTERM')
  })
