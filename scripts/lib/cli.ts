import { spawn, type ChildProcess } from 'node:child_process'

import { ROOT } from './paths'

/** Startup errors are one clear line and a non-zero exit, never a stack trace. */
export class StartupError extends Error {}

export function fail(message: string): never {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

/**
 * A script's whole run: exit 0 when `main` is done (Payload's pool would keep the process alive),
 * otherwise `beforeFailing` (stopping what it started) and one ✖ line with exit 1.
 */
export function runToExit(main: () => Promise<void>, beforeFailing?: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    async (error: unknown) => {
      await beforeFailing?.()
      fail(error instanceof Error ? error.message : String(error))
    },
  )
}

export function say(message: string): void {
  console.log(`▸ ${message}`)
}

/** Runs a Node script with the Payload config loadable (see runScript below) and waits for it. */
export function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/**
 * Node flags for a script that loads payload.config.ts outside Next. On Node 20 such a script can
 * exit silently before doing its work (Lexical's top-level `await import()`); preloading lexical
 * avoids it. tsx/esm lets Node run the TypeScript sources and their `@/` paths.
 */
export const PAYLOAD_SCRIPT_FLAGS = ['--import', 'lexical', '--import', 'tsx/esm']

export function spawnLongRunning(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' })
}
