import { existsSync } from 'node:fs'
import path from 'node:path'

import type { UploadConfig } from 'payload'

import { env } from '@/lib/env'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

export const MISSING_FILE_MESSAGE = 'Bilden finns inte.'

/**
 * Runs before Payload serves a file from /api/media/file/<name> (after the read rule let it).
 * Payload answers a file that is not on disk (removed by hand, lost in a restore) with a 500;
 * this answers 404 first. (On a bucket, collections/Media/storage.ts answers instead.)
 */
export const answerMissingFile: FileHandler = (_req, { params }) => {
  const name = path.basename(params.filename)
  if (name && existsSync(path.join(env.mediaDir, name))) return
  return Response.json({ errors: [{ message: MISSING_FILE_MESSAGE }] }, { status: 404 })
}
