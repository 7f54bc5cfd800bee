/**
 * `npm run jobs`: the job runner (scripts/tasks/runJobs.ts) against the same database as
 * `npm start` (DATABASE_URL, or the running site's embedded PostgreSQL). Run exactly one where
 * the web servers have JOBS_IN_SERVER=false (README: Running on several servers).
 */
import { fail } from './lib/cli'
import { runWithDatabase } from './lib/withDatabase'

runWithDatabase('scripts/tasks/runJobs.ts', process.argv.slice(2), { shareRunning: true }).then(
  (code) => process.exit(code),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
)
