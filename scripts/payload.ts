/**
 * `npm run payload -- <command>`: Payload's CLI (migrate, migrate:create, generate:types, …) with
 * the same database and secret as `npm start`.
 */
import { fail } from './lib/cli'
import { runWithDatabase } from './lib/withDatabase'

runWithDatabase('node_modules/payload/bin.js', ['--disable-transpile', ...process.argv.slice(2)], { nodeArgs: ['--no-deprecation'] }).then(
  (code) => process.exit(code),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
)
