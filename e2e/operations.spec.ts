import { execFileSync, spawn } from 'node:child_process'

import { expect, test } from '@playwright/test'

import { findFreePort } from '@/scripts/lib/ports'
import { ROOT } from '@/scripts/lib/paths'

import { createWorld, type World } from './helpers/world'

/** What a process supervisor (systemd, a container runtime) sees of `npm start`. */
test('npm start ends with its server: killed outright, the start script exits with its status (137), not live and serving nothing', async () => {
  test.setTimeout(180_000)
  let world: World | undefined
  const start = { child: null as ReturnType<typeof spawn> | null }
  try {
    world = await createWorld()
    const port = await findFreePort()
    const { SMTP_URL: _none, ...env } = process.env
    start.child = spawn(process.execPath, ['--import', 'tsx/esm', 'scripts/start.ts', 'start'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...env, DATABASE_URL: world.settings.DATABASE_URL, PAYLOAD_SECRET: world.settings.PAYLOAD_SECRET, PORT: String(port), NEXT_DIST_DIR: '.next-e2e', NODE_ENV: 'production', JOBS_IN_SERVER: 'false' },
    })
    const exited = new Promise<number | null>((resolve) => start.child?.once('exit', (code) => resolve(code)))
    await expect.poll(async () => fetch(`http://127.0.0.1:${port}/`).then((r) => r.status, () => 0), { timeout: 120_000 }).toBe(200)
    const server = Number(execFileSync('pgrep', ['-P', String(start.child.pid)], { encoding: 'utf8' }).trim().split('\n')[0])
    process.kill(server, 'SIGKILL')
    expect(await exited).toBe(137)
  } finally {
    if (start.child && start.child.exitCode === null) start.child.kill('SIGKILL')
    await world?.dispose()
  }
})
