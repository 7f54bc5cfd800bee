/**
 * A folder of small requests that must not be lost while the database is away and cannot be
 * asked for again (a mail client's one-click unsubscribe is sent once). Each is a JSON file named
 * by a hash of its key, so the same request kept twice is one file; written whole, then renamed,
 * so a crash never leaves half of one. Bounded: past MAX_FILES a request is refused (the caller
 * answers 503 as before). Applied, and removed, once the database answers again.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

const MAX_FILES = 10_000

const fileOf = (dir: string, kind: string, key: string) => path.join(dir, `${kind}-${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`)

/** Keeps the request; false when the folder is full or cannot be written. */
export async function spool(dir: string, kind: string, key: string, data: unknown): Promise<boolean> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 })
    if ((await readdir(dir)).length >= MAX_FILES) return false
    const target = fileOf(dir, kind, key)
    const partial = `${target}.${randomBytes(4).toString('hex')}.partial`
    await writeFile(partial, JSON.stringify(data), { mode: 0o600 })
    await rename(partial, target)
    return true
  } catch {
    return false
  }
}

/**
 * Applies every kept request of the kind, oldest first, removing each that `apply` took; stops at
 * the first that fails (the database is still away) and leaves it and the rest for the next try.
 * Returns how many were applied.
 */
export async function drainSpool(dir: string, kind: string, apply: (data: unknown) => Promise<void>): Promise<number> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.startsWith(`${kind}-`) && name.endsWith('.json')).sort()
  let applied = 0
  for (const name of names) {
    const file = path.join(dir, name)
    const data: unknown = JSON.parse(await readFile(file, 'utf8').catch(() => 'null'))
    if (data !== null) await apply(data)
    await rm(file, { force: true })
    applied += 1
  }
  return applied
}
