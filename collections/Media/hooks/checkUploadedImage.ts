import { readFile } from 'node:fs/promises'

import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { cleanUploadName, judgeUpload } from '../imageRules'

/**
 * Runs before Payload stores anything, so a refused upload leaves no file and no row behind. The
 * file is stored under a clean name with the extension of what it really is.
 */
export const checkUploadedImage: CollectionBeforeOperationHook = async ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = args.req?.file
  if (!file) return args
  const bytes = file.data?.length ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : Buffer.alloc(0)
  const detected = await fileTypeFromBuffer(bytes.subarray(0, 4100))
  const verdict = judgeUpload(file.size ?? bytes.length, detected?.mime)
  if (!verdict.ok) throw new APIError(verdict.message, verdict.status, null, true)
  file.name = cleanUploadName(file.name, detected?.ext ?? 'bin')
  return args
}
