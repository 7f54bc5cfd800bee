/**
 * Backups with PostgreSQL's own tools: pg_dump's custom format (compressed, checked by
 * pg_restore, readable by newer servers) and a restore that runs in one transaction, so a restore
 * that fails halfway leaves the database exactly as it was.
 */
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, open, rename, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { StartupError } from './cli'
import { DATA_DIR } from './paths'
import { assertToolsFit, runTool } from './postgresTools'

export const BACKUP_DIR = path.join(DATA_DIR, 'backups')

/** Every custom-format archive starts with these bytes. */
const ARCHIVE_MAGIC = 'PGDMP'

/** The line of a tool's output that says what went wrong (PostgreSQL prints notices first). */
function reason(stderr: string): string {
  const lines = stderr.split('\n').filter(Boolean)
  return lines.find((line) => /error|fatal/i.test(line)) ?? lines.at(-1) ?? 'no message'
}

function timestamp(now: Date): string {
  // 2026-11-29T08-10-33Z: sorts by time and is a valid file name everywhere.
  return now.toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')
}

function freeName(dir: string, prefix: string, now: Date): string {
  const base = path.join(dir, `${prefix}-${timestamp(now)}`)
  let file = `${base}.dump`
  for (let n = 2; existsSync(file); n += 1) file = `${base}-${n}.dump`
  return file
}

export type Backup = { file: string; bytes: number }

/** Dumps the database at `url` into a new file in `dir`; a failed dump leaves no file behind. */
export async function backupDatabase(url: string, dir = BACKUP_DIR, prefix = 'rus'): Promise<Backup> {
  await assertToolsFit(url, ['pg_dump'])
  // A backup holds staff accounts' password hashes: readable by its owner only, from the start.
  await mkdir(dir, { recursive: true })
  await chmod(dir, 0o700)
  const file = freeName(dir, prefix, new Date())
  // Written under another name first, so a half-written file never looks like a backup.
  const partial = `${file}.partial`
  await writeFile(partial, '', { mode: 0o600 })
  // Payload keeps everything in the public schema; the restore replaces exactly that.
  const dumped = await runTool('pg_dump', ['--format=custom', '--schema=public', `--file=${partial}`], url)
  if (dumped.code !== 0) {
    await rm(partial, { force: true })
    throw new StartupError(`pg_dump failed: ${reason(dumped.stderr)}`)
  }
  await rename(partial, file)
  return { file, bytes: (await stat(file)).size }
}

/** Refuses anything that is not a pg_dump custom-format archive before the database is touched. */
export async function assertArchive(file: string): Promise<void> {
  if (!existsSync(file)) throw new StartupError(`There is no file ${file}.`)
  const handle = await open(file, 'r')
  try {
    const header = Buffer.alloc(ARCHIVE_MAGIC.length)
    await handle.read(header, 0, header.length, 0)
    if (header.toString('latin1') !== ARCHIVE_MAGIC) {
      throw new StartupError(`${file} is not a backup made by \`npm run db:backup\` (a pg_dump custom-format archive).`)
    }
  } finally {
    await handle.close()
  }
}

type RestoreOptions = {
  /** Runs after the archive was read in full and before the database is touched. */
  beforeReplacing?: () => Promise<void>
}

/**
 * Replaces everything in the database's public schema with the archive's contents. Tables that
 * the archive does not have (from a later migration, say) go too: the database ends up as it
 * was when the backup was made, and the next start migrates it forward.
 */
export async function restoreDatabase(url: string, file: string, { beforeReplacing }: RestoreOptions = {}): Promise<void> {
  await assertArchive(file)
  await assertToolsFit(url, ['pg_restore', 'psql'])
  // The decoded SQL holds password hashes too: it lives in a folder only its owner can open.
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'rus-restore-'))
  const script = path.join(workDir, 'restore.sql')
  try {
    // The whole archive is decoded before anything is dropped: a damaged or truncated file, or
    // one from a newer pg_dump, stops here.
    const decoded = await runTool('pg_restore', ['--no-owner', '--no-privileges', `--file=${script}`, file], null)
    if (decoded.code !== 0) throw new StartupError(`${file} could not be read: ${reason(decoded.stderr)}`)
    await beforeReplacing?.()
    const applied = await runTool(
      'psql',
      [
        '--no-psqlrc',
        '--quiet',
        '--single-transaction',
        '--set=ON_ERROR_STOP=1',
        // A site still using the database holds locks; give up rather than stall its queries.
        "--command=set lock_timeout = '10s'",
        // The archive creates the schema again (pg_dump --schema=public dumps its definition).
        '--command=drop schema if exists public cascade',
        `--file=${script}`,
      ],
      url,
    )
    if (applied.code !== 0) {
      throw new StartupError(`The restore was rolled back and the database is unchanged. PostgreSQL said: ${reason(applied.stderr)}`)
    }
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}
