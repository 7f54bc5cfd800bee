/**
 * `npm run seed` loads the March 2021 issue (a second run adds nothing);
 * `npm run seed -- --reset` removes all content first and loads it again.
 */
import { fail } from './lib/cli'
import { runWithDatabase } from './lib/withDatabase'

runWithDatabase('scripts/tasks/seed.ts', process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
)
