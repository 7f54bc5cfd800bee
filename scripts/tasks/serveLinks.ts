/**
 * The link server (`npm run links`): short links in a process of their own
 * (statistics/linkServer.ts), on LINKS_PORT (3001) and HOST, against DATABASE_URL, until SIGTERM or
 * SIGINT — then it stops taking requests and writes the clicks it holds before it exits.
 */
import pg from 'pg'

import { trustRule } from '@/lib/security/clientAddress'
import { createLinkServer } from '@/statistics/linkServer'

import { fail, say } from '../lib/cli'

const port = Number(process.env.LINKS_PORT ?? 3001)
if (!Number.isInteger(port) || port < 1 || port > 65_535) fail(`LINKS_PORT must be a port number (1–65535), not "${process.env.LINKS_PORT}".`)
if (!process.env.DATABASE_URL) fail('DATABASE_URL is not set.')

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 })
const links = createLinkServer({ db: pool, trust: trustRule(process.env.TRUSTED_PROXIES), onError: (error) => console.error(`Short links: ${String(error)}`) })

links.server.on('error', (error) => fail(`The link server could not listen on ${port}: ${error.message}`))
links.server.listen(port, process.env.HOST || undefined, () => say(`Short links on port ${port}`))

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  try {
    await links.close()
  } catch (error) {
    console.error(`Short links: clicks not written at stop: ${String(error)}`)
    process.exitCode = 1
  }
  await pool.end()
  process.exit()
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
