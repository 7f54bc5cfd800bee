import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { ROOT } from './paths'

const SOURCES = [
  'app',
  'collections',
  'globals',
  'fields',
  'access',
  'components',
  'emails',
  'lib',
  'migrations',
  'public',
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
]

function newestChange(target: string): number {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestChange(path.join(target, name))), stat.mtimeMs)
}

/** A build is needed when there is none, or when a source file changed after it was made. */
export function needsBuild(distDir = process.env.NEXT_DIST_DIR || '.next'): boolean {
  const buildId = path.join(ROOT, distDir, 'BUILD_ID')
  if (!existsSync(buildId)) return true
  const builtAt = statSync(buildId).mtimeMs
  return SOURCES.some((source) => newestChange(path.join(ROOT, source)) > builtAt)
}
