/**
 * An S3-compatible server for the tests: s3rver from npm, run as a process of its own on a free
 * loopback port with its files in a temporary folder, one bucket made at start. Stopped and started
 * again on the same port and folder for outage tests, as a real object store would come back.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'

import { findFreePort } from '@/scripts/lib/ports'

import { restartableProcess } from './restartableProcess'

export const TEST_BUCKET = 'rus-media'
// s3rver checks every request's signature against these.
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export type TestS3 = {
  /** The settings that point the app at this server (README "Running on several servers"). */
  env: Record<'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY', string>
  /** The keys in the bucket, as the server itself lists them. */
  keys: () => Promise<string[]>
  /** An object's bytes, straight from the server. */
  read: (key: string) => Promise<Buffer>
  stop: () => Promise<void>
  start: () => Promise<void>
  dispose: () => Promise<void>
}

const S3RVER_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('s3rver/package.json')), 'bin/s3rver.js')

export async function startTestS3(): Promise<TestS3> {
  const port = await findFreePort()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rus-s3-'))
  const endpoint = `http://127.0.0.1:${port}`
  // SIGKILL: an object store that vanishes, not one that says goodbye.
  const { start, stop } = restartableProcess(
    () =>
      spawn(process.execPath, [S3RVER_BIN, '--directory', dir, '--address', '127.0.0.1', '--port', String(port), '--silent', '--no-vhost-buckets', '--configure-bucket', TEST_BUCKET], {
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
    port,
    'SIGKILL',
  )
  const client = new S3({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: KEYS, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' })
  await start()
  return {
    env: { S3_BUCKET: TEST_BUCKET, S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: KEYS.accessKeyId, S3_SECRET_ACCESS_KEY: KEYS.secretAccessKey },
    keys: async () => ((await client.listObjectsV2({ Bucket: TEST_BUCKET })).Contents ?? []).map((object) => object.Key ?? '').sort(),
    read: async (key) => Buffer.from(await (await client.getObject({ Bucket: TEST_BUCKET, Key: key })).Body!.transformToByteArray()),
    stop,
    start,
    dispose: async () => {
      await stop()
      client.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
