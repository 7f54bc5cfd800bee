import path from 'node:path'

import { PAYLOAD_SCRIPT_FLAGS, runNode } from './cli'
import { openDatabase } from './database'
import { ROOT } from './paths'
import { resolveSecret } from './secret'

type Options = {
  /** Node flags before the script's own. */
  nodeArgs?: string[]
  /** Work beside a running `npm start` on its embedded PostgreSQL instead of refusing to. */
  shareRunning?: boolean
}

/**
 * Runs a script that loads the Payload config against the same database and secret as
 * `npm start` (DATABASE_URL, or the embedded PostgreSQL: the running site's, or one started and
 * stopped around the script).
 */
export async function runWithDatabase(script: string, args: string[], { nodeArgs = [], shareRunning = false }: Options = {}): Promise<number> {
  const database = await openDatabase({ shareRunning })
  try {
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: await resolveSecret(database.local),
    }
    return await runNode([...nodeArgs, ...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, script), ...args], env)
  } finally {
    await database.embedded?.stop()
  }
}
