/**
 * The server's memory as the operating system counts it (resident set, from /proc): what a small
 * organisation's 1–2 GB server must have room for. Read at points of the run, and the peak.
 */
import { readFileSync } from 'node:fs'

export type MemoryReading = { at: string; rssMb: number }
export type MemoryResult = { readings: MemoryReading[]; peakMb: number }

function field(pid: number, name: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`${name}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN
}

export function memoryWatch(pid: number) {
  const readings: MemoryReading[] = []
  return {
    read: (at: string) => readings.push({ at, rssMb: field(pid, 'VmRSS') }),
    result: (): MemoryResult => ({ readings, peakMb: field(pid, 'VmHWM') }),
  }
}
