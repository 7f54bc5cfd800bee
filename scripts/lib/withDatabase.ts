import path from 'node:path'

import { PAYLOAD_SCRIPT_FLAGS, runNode } from './cli'
import { openDatabase } from './database'
import { ROOT } from './paths'
import { resolveSecret } from './secret'

/**
 * Runs a script that loads the Payload config against the same database and secret as
 * `npm start` (DATABASE_URL, or the embedded PostgreSQL, started and stopped around it).
 */
export async function runWithDatabase(script: string, args: string[], extraNodeArgs: string[] = []): Promise<number> {
  const database = await openDatabase()
  try {
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: await resolveSecret(database.embedded !== null),
    }
    return await runNode([...extraNodeArgs, ...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, script), ...args], env)
  } finally {
    await database.embedded?.stop()
  }
}
