/**
 * The yardstick: Debian's nginx serving the very bytes the app served, as static files, so the
 * ratio app/nginx shows what rendering from Next's cache costs over sending a file. Runs as an
 * ordinary child (daemon off) from its own config in a temp dir: one worker, no access log, error
 * log, pid and temp files in that dir — nothing under /var or /run is written. gzip is off, as the
 * app does not compress for a client that sends no Accept-Encoding (the load generator sends none).
 */
import { rmSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '@/scripts/lib/ports'

import { onCleanup } from './cleanup'
import { logTail, pinned, SERVER_CPU, startLogged, waitUntil } from './childProcesses'

const NGINX = '/usr/sbin/nginx'

/** One page as the app served it; `body` is what nginx will send for `path`. */
export type Snapshot = { path: string; body: Buffer; contentType: string }

export async function snapshotPages(origin: string, paths: string[]): Promise<Snapshot[]> {
  const snapshots: Snapshot[] = []
  for (const pagePath of paths) {
    const response = await fetch(origin + pagePath, { headers: { 'accept-encoding': 'identity' } })
    if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}, expected 200`)
    const contentType = response.headers.get('content-type') ?? 'application/octet-stream'
    snapshots.push({ path: pagePath, body: Buffer.from(await response.arrayBuffer()), contentType })
  }
  return snapshots
}

function config(dir: string, port: number, snapshots: Snapshot[]): string {
  // An exact location per page; `rewrite … break` serves the page's file within that location,
  // whose only type is the app's Content-Type.
  const locations = snapshots.map(
    ({ path: pagePath, contentType }, index) =>
      `    location = ${pagePath} { types { } default_type "${contentType}"; rewrite ^ /page-${index} break; }`,
  )
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`
  return `worker_processes 1;
daemon off;
pid ${path.join(dir, 'nginx.pid')};
lock_file ${path.join(dir, 'nginx.lock')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  gzip off;
  sendfile on;
  tcp_nopush on;
  server_tokens off;
  keepalive_requests 1000000;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    root ${path.join(dir, 'root')};
${locations.join('\n')}
    location / { return 404; }
  }
}
`
}

/** Starts nginx on a free loopback port and returns its origin; it is stopped by cleanUp(). */
export async function startNginx(snapshots: Snapshot[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rus-bench-nginx-'))
  onCleanup('the nginx temp dir', () => rm(dir, { recursive: true, force: true }), () => rmSync(dir, { recursive: true, force: true }))
  // Run as root, nginx's worker is `nobody`: it must be able to read the files.
  await chmod(dir, 0o755)
  await mkdir(path.join(dir, 'root'), { mode: 0o755 })
  await mkdir(path.join(dir, 'temp'))
  await Promise.all(snapshots.map(({ body }, index) => writeFile(path.join(dir, 'root', `page-${index}`), body, { mode: 0o644 })))
  const port = await findFreePort()
  const configFile = path.join(dir, 'nginx.conf')
  await writeFile(configFile, config(dir, port, snapshots))

  const nginx = startLogged(pinned(SERVER_CPU, NGINX, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', configFile]))
  onCleanup('nginx', nginx.stop, nginx.signal)
  const origin = `http://127.0.0.1:${port}`
  const first = snapshots[0]
  const answers = async () => nginx.child.exitCode === null && (await fetch(origin + (first?.path ?? '/'))).ok
  await waitUntil(answers, 10_000, 'nginx answering').catch(async (error: unknown) => {
    const errors = await readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '')
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${errors}\n${logTail(10)}`)
  })
  return origin
}
