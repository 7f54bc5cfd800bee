/**
 * The embedded returns mailbox, the outbox's counterpart: .eml files put in INBOX_DIR (by hand, or
 * by a mail server's delivery agent) are read by the same job with the same rules, and moved to
 * `Behandlat/` or `Ej tolkat/` beside them. Nothing is deleted. A new user can hand the product
 * a bounce of a message in the outbox and watch the address become "Studsar".
 */
import { randomBytes } from 'node:crypto'
import { access, mkdir, open, readdir, rename } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { MAX_RETURN_BYTES, PROCESSED_FOLDER, UNREAD_FOLDER } from './model'
import type { ReadResult } from './read'
import { takeReturn } from './take'

/** The first MAX_RETURN_BYTES and one more, so the reader knows when a file was longer. */
async function head(file: string): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(MAX_RETURN_BYTES + 1)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** Where a read file goes: its own name in the folder, or — a file of that name is there already (a provider that names every bounce alike) — a name of its own, so nothing is overwritten. */
async function freeName(folder: string, name: string): Promise<string> {
  const taken = await access(path.join(folder, name)).then(() => true, () => false)
  return path.join(folder, taken ? `${name.replace(/\.eml$/i, '')}-${Date.now()}-${randomBytes(3).toString('hex')}.eml` : name)
}

export async function readInboxFolder(payload: Payload, dir: string, limit: number): Promise<ReadResult> {
  const names = (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.eml')).map((e) => e.name).sort()
  const result: ReadResult = { read: 0, understood: 0, unknown: 0, duplicates: 0, left: Math.max(0, names.length - limit) }
  if (names.length === 0) return result
  await mkdir(path.join(dir, PROCESSED_FOLDER), { recursive: true, mode: 0o700 })
  await mkdir(path.join(dir, UNREAD_FOLDER), { recursive: true, mode: 0o700 })
  for (const name of names.slice(0, limit)) {
    const taken = await takeReturn(payload, 'inbox', await head(path.join(dir, name)))
    await rename(path.join(dir, name), await freeName(path.join(dir, taken.kind === 'unknown' ? UNREAD_FOLDER : PROCESSED_FOLDER), name))
    result.read += 1
    if (taken.duplicate) result.duplicates += 1
    if (taken.kind === 'unknown') result.unknown += 1
    else result.understood += 1
  }
  return result
}
