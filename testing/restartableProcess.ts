import type { ChildProcess } from 'node:child_process'

import { acceptsConnections } from '@/scripts/lib/ports'

/**
 * A server process the tests stop and start again on the same port, as a real service goes away
 * and comes back: start waits (up to ten seconds) until the port answers and does nothing while
 * the process runs; stop sends the signal and waits for the exit.
 */
export function restartableProcess(launch: () => ChildProcess, port: number, signal: NodeJS.Signals): { start: () => Promise<void>; stop: () => Promise<void> } {
  let child: ChildProcess | null = null
  const start = async () => {
    if (child && child.exitCode === null) return
    child = launch()
    for (let i = 0; i < 200 && !(await acceptsConnections(port)); i++) await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const stop = async () => {
    const running = child
    child = null
    if (!running || running.exitCode !== null) return
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve())
      running.kill(signal)
    })
  }
  return { start, stop }
}
