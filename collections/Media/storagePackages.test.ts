import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * What Payload's own dependency check guarantees (payload.config.ts turns it off), from what
 * `npm ci` installs: every Payload package at payload's version, and one copy of payload and of
 * its admin UI. The one exception: @payloadcms/storage-s3 and the plugin under it have no release
 * for our version yet. When payload moves, or the adapter catches up, this test says so.
 */
const KNOWN_LAG: Record<string, string> = {
  '@payloadcms/storage-s3': '3.90.1',
  '@payloadcms/plugin-cloud-storage': '3.90.1',
}

type Lock = { packages: Record<string, { version?: string }> }
const lock = JSON.parse(readFileSync(path.join(process.cwd(), 'package-lock.json'), 'utf8')) as Lock
const installed = Object.entries(lock.packages).map(([where, entry]) => ({ where, name: where.replace(/^.*node_modules\//, ''), version: entry.version }))
const payloadPackages = installed.filter(({ name }) => name === 'payload' || name.startsWith('@payloadcms/'))

describe('the Payload packages npm installs', () => {
  const payloadVersion = lock.packages['node_modules/payload']?.version

  it('are all at payload’s version, but for the storage adapter written out above', () => {
    expect(payloadVersion).toMatch(/^\d+\.\d+\.\d+$/)
    const off = payloadPackages.filter(({ name, version }) => version !== (KNOWN_LAG[name] ?? payloadVersion))
    expect(off).toEqual([])
  })

  it('hold one copy of payload and of its admin UI, so the adapter runs on ours', () => {
    for (const name of ['payload', '@payloadcms/ui', '@payloadcms/translations']) {
      expect(payloadPackages.filter((p) => p.name === name).map((p) => p.where)).toEqual([`node_modules/${name}`])
    }
  })
})
