/**
 * `next build` adds its dist folder's type globs to tsconfig.json's "include" (that is how the
 * `.next-e2e` lines got there) and rewrites next-env.d.ts for that folder. The benchmark must leave
 * the tree as it found it, so both are put back after the build — tsconfig.json only when Next's
 * addition is its one change, so that nobody else's edit is ever undone.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { ROOT } from '@/scripts/lib/paths'

const TSCONFIG = path.join(ROOT, 'tsconfig.json')
const NEXT_ENV = path.join(ROOT, 'next-env.d.ts')

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null)

function withoutDistGlobs(text: string, distDir: string): string | null {
  try {
    const config = JSON.parse(text) as { include?: string[] }
    return JSON.stringify({ ...config, include: config.include?.filter((glob) => !glob.startsWith(`${distDir}/`)) })
  } catch {
    return null
  }
}

export async function keepingTsconfig<T>(distDir: string, build: () => Promise<T>): Promise<T> {
  const tsconfig = read(TSCONFIG)
  const nextEnv = read(NEXT_ENV)
  try {
    return await build()
  } finally {
    const after = read(TSCONFIG)
    if (tsconfig !== null && after !== null && after !== tsconfig) {
      const onlyNextAdded = withoutDistGlobs(after, distDir) === withoutDistGlobs(tsconfig, distDir)
      if (onlyNextAdded) writeFileSync(TSCONFIG, tsconfig)
      else console.warn('⚠ tsconfig.json changed during the build in more ways than Next adds; left as it is.')
    }
    if (nextEnv !== null && read(NEXT_ENV) !== nextEnv) writeFileSync(NEXT_ENV, nextEnv)
  }
}
