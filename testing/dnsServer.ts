/**
 * Debian's dnsmasq as the tests' DNS server (scripts/prerequisites.sh installs it): on a free
 * loopback port, answering only the TXT records it is given (no other resolver, no hosts file).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '@/scripts/lib/ports'

import { restartableProcess } from './restartableProcess'

export const DNSMASQ = '/usr/sbin/dnsmasq'

export type TestDns = { server: string; dispose: () => Promise<void> }

/** `records`: name → TXT records, each a string (split into 255-byte strings as DNS needs). */
export async function startTestDns(records: Record<string, string[]>): Promise<TestDns> {
  const port = await findFreePort()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rus-dns-'))
  const chunks = (text: string) => (text.match(/.{1,255}/g) ?? ['']).map((c) => `"${c.replace(/"/g, '\\"')}"`).join(',')
  const lines = Object.entries(records).flatMap(([name, texts]) => texts.map((text) => `txt-record=${name},${chunks(text)}`))
  // Authoritative for the records' top-level domains: a name it has nothing for is NXDOMAIN, as
  // on the internet, not REFUSED (what it answers for names it would have to ask elsewhere).
  const zones = [...new Set(Object.keys(records).map((name) => name.split('.').at(-1)))].map((tld) => `local=/${tld}/`)
  writeFileSync(path.join(dir, 'dnsmasq.conf'), [`port=${port}`, 'listen-address=127.0.0.1', 'bind-interfaces', 'no-resolv', 'no-hosts', 'no-poll', ...zones, ...lines, ''].join('\n'))
  const { start, stop } = restartableProcess(
    () => spawn(DNSMASQ, ['--keep-in-foreground', `--conf-file=${path.join(dir, 'dnsmasq.conf')}`, '--pid-file=', '--user=root'], { stdio: 'ignore' }),
    port,
    'SIGTERM',
  )
  await start()
  return {
    server: `127.0.0.1:${port}`,
    dispose: async () => {
      await stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
