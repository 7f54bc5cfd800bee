import type { ChildProcess } from 'node:child_process'
import { constants } from 'node:os'

/** Whether the child still runs: one killed by a signal has no exit code, only a signal. */
export const isRunning = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null

/** The status a supervisor exits with when its child ended: its code, or 128 + the signal's number, as a shell reports it. */
export function exitStatusOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code
  return signal ? 128 + (constants.signals[signal] ?? 0) : 1
}

/** Asks a running child to stop and waits for it; returns at once for one that has already ended, however it ended. */
export async function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || !isRunning(child)) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}
