import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { PAYLOAD_SCRIPT_FLAGS } from '@/scripts/lib/cli'
import { ROOT } from '@/scripts/lib/paths'
import type { InstanceSettings } from '@/testing/databaseControl'
import { createThrowawayDatabase, type ThrowawayDatabase } from '@/testing/throwawayDatabase'

import { startInstance, stopInstance, type Instance } from './instance'

export const WORLD_EDITOR = { email: 'redaktor@varld.example', password: 'varldens-redaktor-1' }

export type World = {
  settings: InstanceSettings
  /** One more server of the e2e build on this world's database. */
  start: (env?: Record<string, string>) => Promise<Instance>
  /** `npm run jobs` on this world's database, as a process of its own. */
  startJobs: () => ChildProcess
  /** A script with the Payload config (the CLI's way), run to its end; its exit code. */
  run: (script: string, args?: string[]) => Promise<number>
  dispose: () => Promise<void>
}

/**
 * A world of its own for journeys that restart servers and change content from other processes: a
 * throwaway database, migrated and seeded as `npm start` does it, an editor, a mail folder (no
 * SMTP), and servers of the e2e build started on it at will. Nothing it does touches the e2e
 * server's data, and disposing it stops everything it started.
 */
export async function createWorld(): Promise<World> {
  const database: ThrowawayDatabase = await createThrowawayDatabase('world')
  const outbox = await mkdtemp(path.join(os.tmpdir(), 'rus-world-outbox-'))
  const settings: InstanceSettings = { DATABASE_URL: database.url, PAYLOAD_SECRET: randomBytes(32).toString('hex'), SMTP_URL: '' }
  // No SMTP_URL: the world's mail goes to its own outbox folder.
  const { SMTP_URL: _none, ...inherited } = process.env
  const env: NodeJS.ProcessEnv = { ...inherited, DATABASE_URL: settings.DATABASE_URL, PAYLOAD_SECRET: settings.PAYLOAD_SECRET, OUTBOX_DIR: outbox, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
  const children = new Set<ChildProcess>()
  const instances = new Set<Instance>()

  const run = (script: string, args: string[] = []) =>
    new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, script), ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] })
      child.on('exit', (code) => resolve(code ?? 1))
    })

  const world: World = {
    settings,
    start: async (extra = {}) => {
      const instance = await startInstance({ settings, ownOrigin: true, env: { OUTBOX_DIR: outbox, SMTP_URL: '', ...extra } })
      instances.add(instance)
      instance.child.once('exit', () => instances.delete(instance))
      return instance
    },
    startJobs: () => {
      const child = spawn(process.execPath, [...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/jobs.ts')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] })
      children.add(child)
      child.once('exit', () => children.delete(child))
      return child
    },
    run,
    dispose: async () => {
      await Promise.all([...instances].map(stopInstance))
      for (const child of children) child.kill('SIGKILL')
      await database.dispose()
      await rm(outbox, { recursive: true, force: true })
    },
  }
  try {
    if ((await run('scripts/prepare-db.ts')) !== 0) throw new Error('migrating and seeding the world failed')
    const user = ['--email', WORLD_EDITOR.email, '--password', WORLD_EDITOR.password, '--role', 'editor', '--name', 'Vera Världsredaktör']
    if ((await run('scripts/tasks/createUser.ts', user)) !== 0) throw new Error('creating the world’s editor failed')
  } catch (error) {
    await world.dispose()
    throw error
  }
  return world
}

/** The world's editor, signed in on an instance: headers for its REST API. */
export async function editorHeaders(origin: string): Promise<Record<string, string>> {
  const login = await fetch(`${origin}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(WORLD_EDITOR) })
  const { token } = (await login.json()) as { token?: string }
  if (!token) throw new Error(`the world’s editor could not log in on ${origin}: ${login.status}`)
  return { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
}
