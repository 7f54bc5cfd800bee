import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ROOT } from '@/scripts/lib/paths'

export const SHIPPED_NGINX_CONFIG = path.join(ROOT, 'deploy/nginx/nytt-fran-rus.conf')

/**
 * Runs the shipped config (deploy/nginx/) for tests and the benchmark: the same cache, maps and
 * locations, with the TLS server turned into a plain listener on a loopback port, the upstream
 * pointed at the given app (or apps), the short links at the given link server (else at the first
 * app alone) and every path in a temporary folder.
 */
export async function startShippedNginx(
  upstreamPort: number | number[],
  listenPort: number,
  // Debian puts nginx in /usr/sbin, which a non-login shell's PATH may lack.
  command: string[] = [existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx'],
  linksPort?: number,
): Promise<{ origin: string; stop: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rus-nginx-'))
  chmodSync(dir, 0o755) // nginx's workers (an unprivileged user when started as root) write the cache here
  const site = readFileSync(SHIPPED_NGINX_CONFIG, 'utf8')
    .replace('/var/cache/nginx/nytt-fran-rus', path.join(dir, 'cache'))
    .replace(/^(\s*)server 127\.0\.0\.1:3000 (.*)$/m, (_, indent: string, rest: string) =>
      [upstreamPort].flat().map((port) => `${indent}server 127.0.0.1:${port} ${rest}`).join('\n'),
    )
    .replace(/^(\s*)server 127\.0\.0\.1:3001 (.*)$/m, (_, indent: string, rest: string) => `${indent}server 127.0.0.1:${linksPort ?? [upstreamPort].flat()[0]} ${rest}`)
    .replace(/^(\s*)server 127\.0\.0\.1:3000 backup;$/m, (line: string, indent: string) => (linksPort ? `${indent}server 127.0.0.1:${[upstreamPort].flat()[0]} backup;` : ''))
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${listenPort};`)
    .replace(/^\s*ssl_certificate.*$/gm, '')
    .replace(/server \{\s*listen 80;[\s\S]*?\n\}\n?$/m, '')
  writeFileSync(path.join(dir, 'site.conf'), site)
  // keepalive_requests: nginx closes a client connection after 1,000 requests by default, and the
  // benchmark's load generator counts the request it had in flight then as an error. Browsers
  // reconnect; the static-file baseline (bench/nginx.ts) has the same setting.
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {} http { access_log off; keepalive_requests 1000000; include ${dir}/site.conf; }\n`,
  )
  const [bin = 'nginx', ...prefix] = command
  const nginx: ChildProcess = spawn(bin, [...prefix, '-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' })
  const origin = `http://127.0.0.1:${listenPort}`
  for (let i = 0; i < 50; i++) {
    if (await fetch(origin).then(() => true, () => false)) break
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    origin,
    stop: () => {
      nginx.kill('SIGQUIT')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
