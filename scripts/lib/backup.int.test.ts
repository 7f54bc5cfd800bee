import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadSeed } from '@/seed/loadSeed'
import { testPayload } from '@/testing/payload'

import { assertArchive, backupDatabase, restoreDatabase } from './backup'

/** A statement on the database at `url`, on a connection of its own. */
async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

/** Rows in every table of the public schema, by table name. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const tables = await query<{ name: string }>(url, `select tablename as name from pg_tables where schemaname = 'public' order by 1`)
  const counts: Record<string, number> = {}
  for (const { name } of tables) {
    const [row] = await query<{ n: string }>(url, `select count(*) as n from public.${pg.escapeIdentifier(name)}`)
    counts[name] = Number(row?.n)
  }
  return counts
}

describe('npm run db:backup and npm run db:restore', () => {
  const source = process.env.DATABASE_URL ?? ''
  const copyName = `rus_restore_${randomBytes(4).toString('hex')}`
  const copy = Object.assign(new URL(source), { pathname: `/${copyName}` }).toString()
  let payload: Payload
  let dir: string

  beforeAll(async () => {
    payload = await testPayload()
    await loadSeed(payload)
    dir = await mkdtemp(path.join(os.tmpdir(), 'rus-backups-'))
    await query(source, `create database ${pg.escapeIdentifier(copyName)}`)
  })

  afterAll(async () => {
    await payload.db.destroy?.()
    await query(source, `drop database if exists ${pg.escapeIdentifier(copyName)} with (force)`)
    await rm(dir, { recursive: true, force: true })
  })

  it('restores a backup into an empty database with the same rows in every table', async () => {
    const before = await rowCounts(source)
    expect(before.articles).toBeGreaterThanOrEqual(8)
    expect(before.payload_migrations).toBeGreaterThan(0)

    const backup = await backupDatabase(source, dir)
    expect(path.basename(backup.file)).toMatch(/^rus-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.dump$/)
    expect(backup.bytes).toBeGreaterThan(10_000)
    await restoreDatabase(copy, backup.file)

    expect(await rowCounts(copy)).toEqual(before)
  })

  it('puts back deleted rows and dropped tables and removes tables the backup did not have', async () => {
    const backup = await backupDatabase(copy, dir, 'copy')
    const before = await rowCounts(copy)

    await query(copy, 'delete from members')
    await query(copy, 'drop table payload_migrations')
    await query(copy, 'create table stray (id int)')
    await restoreDatabase(copy, backup.file)

    expect(await rowCounts(copy)).toEqual(before)
  })

  it('refuses a file that is not a backup, and a truncated one, without changing the database', async () => {
    const before = await rowCounts(copy)
    const fake = path.join(dir, 'fake.dump')
    await writeFile(fake, 'select 1;')
    await expect(assertArchive(fake)).rejects.toThrow(/not a backup made by `npm run db:backup`/)
    await expect(restoreDatabase(copy, fake)).rejects.toThrow(/not a backup/)

    const { file } = await backupDatabase(copy, dir, 'whole')
    const truncated = path.join(dir, 'truncated.dump')
    await writeFile(truncated, (await readFile(file)).subarray(0, 20_000))
    let replacing = false
    const beforeReplacing = async () => {
      replacing = true
    }
    await expect(restoreDatabase(copy, truncated, { beforeReplacing })).rejects.toThrow(/could not be read/)
    expect(replacing, 'the safety backup runs only once the archive was read in full').toBe(false)

    await expect(restoreDatabase(copy, path.join(dir, 'missing.dump'))).rejects.toThrow(/There is no file/)
    expect(await rowCounts(copy)).toEqual(before)
  })

  it('rolls a restore that fails halfway back as a whole', async (context) => {
    const [role] = await query<{ rolsuper: boolean }>(copy, 'select rolsuper from pg_roles where rolname = current_user')
    // An event trigger needs a superuser; the embedded server's user is one, DATABASE_URL's may not be.
    if (!role?.rolsuper) context.skip()
    const { file } = await backupDatabase(copy, dir, 'rollback')
    await query(copy, "insert into members (name, updated_at, created_at) values ('Bara före återställningen', now(), now())")
    const before = await rowCounts(copy)
    // Fails the restore at its first index, after the schema was dropped and the tables and rows
    // were loaded: only a single transaction brings the old contents back.
    await query(
      copy,
      `create schema blocker;
       create function blocker.refuse() returns event_trigger language plpgsql as $$ begin raise exception 'index refused by the test'; end $$;
       create event trigger refuse_indexes on ddl_command_end when tag in ('CREATE INDEX') execute function blocker.refuse()`,
    )
    await expect(restoreDatabase(copy, file)).rejects.toThrow(/rolled back and the database is unchanged.*index refused by the test/)
    expect(await rowCounts(copy)).toEqual(before)
  })
})
