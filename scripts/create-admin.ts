/**
 * `npm run create-admin -- --email you@lansstyrelsen.se --password '…' [--name 'Ditt Namn'] [--role editor]`
 * Creates a staff account from the command line, e.g. the first admin on a server where nobody
 * should use the browser's create-first-user screen. It works beside a running `npm start`: a new
 * account needs no page rebuilt, so it uses the site's own embedded PostgreSQL.
 */
import { fail } from './lib/cli'
import { runWithDatabase } from './lib/withDatabase'

runWithDatabase('scripts/tasks/createUser.ts', process.argv.slice(2), { shareRunning: true }).then(
  (code) => process.exit(code),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
)
