/**
 * Debian's redis-server for the tests (scripts/prerequisites.sh installs it): on a free loopback
 * port, stopped and started again on the same port for outage tests, keeping its data across
 * that in an append-only file in a temporary folder of its own (as a production Redis would).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '@/scripts/lib/ports'

import { restartableProcess } from './restartableProcess'

export const REDIS_SERVER = '/usr/bin/redis-server'

export type TestRedis = { url: string; port: number; stop: () => Promise<void>; start: () => Promise<void>; dispose: () => Promise<void> }

export async function startTestRedis(): Promise<TestRedis> {
  const port = await findFreePort()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rus-redis-'))
  const { start, stop } = restartableProcess(
    () => spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--dir', dir], { stdio: 'ignore' }),
    port,
    'SIGTERM',
  )
  await start()
  const dispose = async () => {
    await stop()
    rmSync(dir, { recursive: true, force: true })
  }
  return { url: `redis://127.0.0.1:${port}`, port, stop, start, dispose }
}
