import { readFile, stat } from 'node:fs/promises'

import { LIMITS } from '@/pastIssues/model'
import type { ReadInResult } from '@/pastIssues/readIn'
import type { Source } from '@/pastIssues/readSource'

/** A file's bytes, or why not: a missing or too large file is that file's error, not the run's. */
export async function sourceOf(file: string): Promise<Source | ReadInResult> {
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return { file, ok: false, error: 'Filen finns inte.' }
  const limit = /\.zip$/i.test(file) ? LIMITS.zipBytes : LIMITS.fileBytes
  if (info.size > limit) return { file, ok: false, error: `Filen är för stor (högst ${limit / 1024 / 1024} MB).` }
  return { name: file, bytes: await readFile(file) }
}

export const isSource = (given: Source | ReadInResult): given is Source => 'bytes' in given
export const failuresOf = (given: (Source | ReadInResult)[]): ReadInResult[] => given.filter((g): g is ReadInResult => !isSource(g))
