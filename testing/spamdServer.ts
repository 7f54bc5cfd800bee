/**
 * Debian's spamd for the tests (scripts/prerequisites.sh installs it): SpamAssassin on a free
 * loopback port with its shipped rules, local tests only (no network lookups), one child, no
 * per-user settings — what the checklist before sending asks through Debian's spamc.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { acceptsConnections, findFreePort } from '@/scripts/lib/ports'

import { restartableProcess } from './restartableProcess'

export const SPAMD = '/usr/sbin/spamd'

export type TestSpamd = { host: string; port: number; url: string; dispose: () => Promise<void> }

export async function startTestSpamd(): Promise<TestSpamd> {
  const port = await findFreePort()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rus-spamd-'))
  const args = ['--listen', `127.0.0.1:${port}`, '--allowed-ips=127.0.0.1', '--local', '--max-children', '1', '--nouser-config', '--syslog', 'stderr', '--pidfile', path.join(dir, 'spamd.pid'), '-u', 'nobody']
  const { start, stop } = restartableProcess(() => spawn(SPAMD, args, { stdio: 'ignore' }), port, 'SIGTERM')
  await start()
  // spamd reads its rules before it listens: on a cold machine that can take longer than start()'s ten seconds.
  for (let waited = 0; waited < 60_000 && !(await acceptsConnections(port)); waited += 250) await new Promise((resolve) => setTimeout(resolve, 250))
  if (!(await acceptsConnections(port))) throw new Error(`spamd did not listen on port ${port} within a minute`)
  return {
    host: '127.0.0.1',
    port,
    url: `spamd://127.0.0.1:${port}`,
    dispose: async () => {
      await stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
