/**
 * The production server: Next.js (the site, the admin and Payload's API) on Node's own HTTP
 * server, which knows each request's socket. `next start` does not: it passes on whatever
 * X-Forwarded-For a client sends, so the login limit could be dodged by naming a new address on
 * every try. Here the client's address is decided from the socket and TRUSTED_PROXIES before Next
 * sees the request (lib/security/clientAddress.ts).
 *
 * Started by `npm start` (scripts/start.ts), the end-to-end tests and the benchmark:
 *   node --import tsx/esm server.ts    (PORT, HOST, TRUSTED_PROXIES; NEXT_DIST_DIR for another build)
 * SIGTERM or SIGINT stops taking new connections and lets the requests in flight finish.
 *
 * A reader's page this process has kept, still fresh, is answered here before Next is asked
 * (lib/cache/frontDoor.ts): the same bytes and headers, at a fraction of the work.
 */
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { answerFromMemory } from './lib/cache/frontDoor'
import { answerShortLink, flushBeforeStop } from './statistics/frontDoor'
import { clientAddress, trustRule, type TrustRule } from './lib/security/clientAddress'
import { KNOWN_METHODS } from './lib/security/requestGuards'
import { securityHeaders } from './lib/security/securityHeaders'

const ROOT = path.dirname(fileURLToPath(import.meta.url))
/** How long requests in flight may take to finish once the server is told to stop. */
const DRAIN_MS = 10_000

function settings(): { port: number; host: string | undefined; trust: TrustRule } {
  const port = Number(process.env.PORT || '3000')
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a number from 1 to 65535 (got "${process.env.PORT}").`)
  try {
    return { port, host: process.env.HOST || undefined, trust: trustRule(process.env.TRUSTED_PROXIES) }
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES is not a list of addresses or ranges: ${(error as Error).message}`)
  }
}

async function main(): Promise<void> {
  const { port, host, trust } = settings()
  // Read here, not on import: a bad setting is one line and exit 1, like any other.
  const { env } = await import('./lib/env')
  const https = env.siteUrl.startsWith('https://')
  const headersOf = (pathname: string) => securityHeaders({ pathname, https })
  const app = next({ dev: false, dir: ROOT, hostname: host ?? 'localhost', port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const server = createServer((request, response) => {
    if (!KNOWN_METHODS.has(request.method ?? '')) {
      response.writeHead(405, { Allow: 'GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE', 'Content-Type': 'text/plain; charset=utf-8' })
      response.end('Metoden stöds inte.\n')
      return
    }
    if (answerFromMemory(request, response, headersOf)) return
    const client = clientAddress(request, trust)
    if (answerShortLink(request, response, client)) return
    request.headers['x-forwarded-for'] = client
    void handle(request, response)
  })
  // Longer than a proxy keeps an idle connection to us (nginx: 60 s), so the proxy, not this
  // server, closes it: a request sent just as we closed would be lost.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(`\n✖ ${error.code === 'EADDRINUSE' ? `Port ${port} is already in use.` : error.message}\n`)
    process.exit(1)
  })
  server.listen(port, host, () => console.log(`▸ Listening on ${host ?? 'every interface'}, port ${port}`))

  const stop = () => {
    // The clicks counted in memory are written once the last request is answered.
    server.close(() => void flushBeforeStop().finally(() => process.exit(0)))
    server.closeIdleConnections()
    setTimeout(() => void flushBeforeStop().finally(() => process.exit(0)), DRAIN_MS).unref()
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
