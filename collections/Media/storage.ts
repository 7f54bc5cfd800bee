import { s3Storage } from '@payloadcms/storage-s3'
import { APIError, type CollectionConfig, type Config, type Plugin } from 'payload'

import { RETRY_AFTER_SECONDS } from '@/lib/database/unavailable'
import { env } from '@/lib/env'
import type { S3Settings } from '@/lib/envRules'

import { answerMissingFile, MISSING_FILE_MESSAGE } from './hooks/answerMissingFile'

const STORAGE_UNAVAILABLE_MESSAGE =
  'Bildlagringen är inte tillgänglig just nu, så bilden kunde inte sparas, visas eller tas bort. Det som redan är sparat finns kvar. Försök igen om en stund.'

/**
 * Where uploaded images and their sizes are kept: MEDIA_DIR on the server's own disk, or with
 * S3_BUCKET a bucket that every instance shares (README "Running on several servers").
 *
 * Files are served through /api/media/file/<name> either way (Payload streams them from the
 * bucket rather than linking to it), so the read rule of media — an image of a draft stays
 * private — holds the same for both, and the bucket itself need not be public.
 */
export const mediaStorage: Plugin = async (incoming) => {
  const config = await incoming
  const settings = env.s3
  const stored = await s3Storage({
    enabled: settings !== null,
    // The plugin's two columns (prefix, _objectKey) exist with or without a bucket: one schema,
    // one set of migrations, and a site can move its media to a bucket without a migration. (With
    // a bucket the plugin adds `prefix` only for a collection prefix, hence the empty one: keys
    // are the file names, as in MEDIA_DIR.)
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    collections: { media: { prefix: '' } },
    config: settings ? clientConfig(settings) : {},
  })(config)
  if (!settings) return stored
  return { ...stored, collections: stored.collections?.map((collection) => (collection.slug === 'media' ? answeringInSwedish(collection, config) : collection)) }
}

function clientConfig(settings: S3Settings) {
  return {
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    // Checksums only where S3 requires them: the SDK's default trailing checksums are not
    // understood by every S3-compatible server.
    requestChecksumCalculation: 'WHEN_REQUIRED' as const,
    responseChecksumValidation: 'WHEN_REQUIRED' as const,
    // A storage that does not answer fails a save in seconds, not after the SDK's minutes.
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 30_000, httpAgent: { keepAlive: true, maxSockets: 100 }, httpsAgent: { keepAlive: true, maxSockets: 100 } },
    maxAttempts: 2,
  }
}

type Handler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]
type AfterChange = NonNullable<NonNullable<CollectionConfig['hooks']>['afterChange']>[number]

/**
 * The S3 plugin answers a file that is not in the bucket with an empty 404, a bucket that cannot
 * be reached with a bare 500, and fails a save with the SDK's own error (which the API would turn
 * into a 500, or mistake for a database outage). Each becomes a Swedish answer: 404 for a missing
 * file, 503 with Retry-After while the storage is away. A failed save is rolled back with its
 * transaction, so nothing is half stored. (A delete meanwhile still removes the image; the plugin
 * logs the files it could not remove from the bucket.)
 */
function answeringInSwedish(collection: CollectionConfig, before: Config): CollectionConfig {
  const original = before.collections?.find((c) => c.slug === collection.slug)
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const ours = original?.hooks?.afterChange ?? []
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      // The plugin's upload hook is the one the collection did not have before.
      afterChange: (collection.hooks?.afterChange ?? []).map((hook) => (ours.includes(hook) ? hook : failingAsUnavailable(hook))),
    },
    upload: {
      ...upload,
      // The local-disk check would call every file in the bucket missing.
      handlers: (upload.handlers ?? []).filter((handler) => handler !== answerMissingFile).map(servingInSwedish),
    },
  }
}

/** The AWS SDK's errors, from the storage's answer or from not reaching it, carry $metadata. */
const isStorageError = (error: unknown): boolean => typeof error === 'object' && error !== null && '$metadata' in error

function failingAsUnavailable(hook: AfterChange): AfterChange {
  return async (args) => {
    try {
      return await hook(args)
    } catch (error) {
      // Anything else (the database going away meanwhile) keeps its own answer.
      if (!isStorageError(error)) throw error
      // Wrong keys or a missing bucket look the same to the editor; the log says which.
      args.req.payload.logger.error({ err: error, msg: 'Saving an image in the bucket failed' })
      throw new APIError(STORAGE_UNAVAILABLE_MESSAGE, 503, null, true)
    }
  }
}

function servingInSwedish(handler: Handler): Handler {
  const answer = async (...args: Parameters<Handler>): Promise<Response | void> => {
    const response = await Promise.resolve(handler(...args)).catch(() => new Response(null, { status: 500 }))
    if (!response) return
    if (response.status === 404) return Response.json({ errors: [{ message: MISSING_FILE_MESSAGE }] }, { status: 404 })
    if (response.status >= 500) {
      return Response.json(
        { errors: [{ message: STORAGE_UNAVAILABLE_MESSAGE }] },
        { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' } },
      )
    }
    return response
  }
  // Payload's type says Promise<Response> or Promise<void>; a handler may give either, as this one passes on.
  return answer as (...args: Parameters<Handler>) => Promise<Response>
}
