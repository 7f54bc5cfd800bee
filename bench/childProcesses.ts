/**
 * The benchmark's child processes. Their output goes to one log file, so the terminal shows only
 * progress and the table; a failure prints the log's tail. On a machine with two or more cores the
 * servers (app, nginx) share CPU 0 and the load generator gets CPU 1: the load generator then never
 * steals the server's time mid-measurement, and the app and nginx's one worker get the same core.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DATA_DIR, ROOT } from '@/scripts/lib/paths'

export const LOG_FILE = path.join(DATA_DIR, 'bench', 'last-run.log')
export const PINNED = os.availableParallelism() >= 2 && existsSync('/usr/bin/taskset')
export const SERVER_CPU = 0
export const LOAD_CPU = 1

let logFd: number | undefined
function log(): number {
  if (logFd === undefined) {
    mkdirSync(path.dirname(LOG_FILE), { recursive: true })
    logFd = openSync(LOG_FILE, 'w')
  }
  return logFd
}

/** `taskset -c <cpu> command …` when pinning is possible; taskset execs, so the pid stays the command's. */
export function pinned(cpu: number, command: string, args: string[]): [string, string[]] {
  return PINNED ? ['/usr/bin/taskset', ['-c', String(cpu), command, ...args]] : [command, args]
}

/** The shipped nginx on the server core, as the command line startShippedNginx takes. */
export function pinnedNginx(): string[] {
  const [command, args] = pinned(SERVER_CPU, '/usr/sbin/nginx', [])
  return [command, ...args]
}

/** `stop` waits for the exit (SIGKILL after 10 s); `signal` only asks, synchronously, for 'exit' handlers. */
export type Running = { child: ChildProcess; stop: () => Promise<void>; signal: () => void }

export function startLogged([command, args]: [string, string[]], env: NodeJS.ProcessEnv = process.env): Running {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', log(), log()] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const running = () => child.exitCode === null && child.signalCode === null
  const signal = () => {
    if (running()) child.kill('SIGTERM')
  }
  const stop = async () => {
    if (!running()) return
    child.kill('SIGTERM')
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(killer)
  }
  return { child, stop, signal }
}

/** Runs a command to its end; a non-zero exit throws with the last lines of the log. */
export async function runLogged(label: string, command: [string, string[]], env?: NodeJS.ProcessEnv): Promise<void> {
  const { child } = startLogged(command, env)
  const code = await new Promise<number>((resolve) => child.once('exit', (exitCode) => resolve(exitCode ?? 1)))
  if (code !== 0) throw new Error(`${label} failed (exit ${code}).\n${logTail()}`)
}

export function logTail(lines = 30): string {
  const text = existsSync(LOG_FILE) ? readFileSync(LOG_FILE, 'utf8') : ''
  return `--- last lines of ${path.relative(ROOT, LOG_FILE)} ---\n${text.trimEnd().split('\n').slice(-lines).join('\n')}`
}

/** Polls `check` every 100 ms until it holds; throws (with the log's tail) after the time limit. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${what} did not happen within ${Math.round(timeoutMs / 1000)} s.\n${logTail()}`)
}
