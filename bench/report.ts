/**
 * The run's figures: one JSON file per run (.data/bench/bench-<date>.json) plus latest.json, which
 * the next run reads to print its figures beside the new ones — so a change to the app can be
 * judged against the run before it, on the same machine.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { DATA_DIR, ROOT } from '@/scripts/lib/paths'

import type { CacheMiss } from './cacheMiss'
import type { InstancesResult } from './instances'
import type { LighthouseScores } from './lighthouse'
import type { PageAtRate, PageThroughput } from './load'
import type { MemoryResult } from './memory'
import type { PageWeight } from './pageWeight'
import type { PublishLatency } from './publishLatency'

export const BENCH_DIR = path.join(DATA_DIR, 'bench')
const LATEST = path.join(BENCH_DIR, 'latest.json')

export type Machine = { date: string; commit: string; node: string; cores: number; cpu: string; pinned: boolean }

export type BenchResult = Machine & {
  settings: Record<string, unknown>
  throughput: PageThroughput[]
  fixedRate: PageAtRate[]
  publish: PublishLatency
  /** Missing in runs from before December 2026's own page cache. */
  misses?: CacheMiss[]
  memory?: MemoryResult
  /** Missing in runs from before several instances were measured. */
  instances?: InstancesResult
  weight: PageWeight[]
  lighthouse: LighthouseScores[]
  durationS: number
}

export function describeMachine(pinned: boolean): Machine {
  let commit = 'unknown'
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {
    // Not a git checkout (an unpacked tarball): the figures are still worth keeping.
  }
  const cpus = os.cpus()
  return { date: new Date().toISOString(), commit, node: process.version, cores: cpus.length, cpu: cpus[0]?.model ?? 'unknown', pinned }
}

export async function readPrevious(): Promise<BenchResult | null> {
  if (!existsSync(LATEST)) return null
  try {
    return JSON.parse(await readFile(LATEST, 'utf8')) as BenchResult
  } catch {
    return null
  }
}

/** Writes the run and returns the path of its own file. */
export async function saveResult(result: BenchResult): Promise<string> {
  await mkdir(BENCH_DIR, { recursive: true })
  const file = path.join(BENCH_DIR, `bench-${result.date.replace(/[:.]/g, '-')}.json`)
  const json = `${JSON.stringify(result, null, 2)}\n`
  await writeFile(file, json)
  await writeFile(LATEST, json)
  return file
}
