import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The limits' counters, when there is no Redis (lib/security/limitTable.ts): one row per attempt,
 * under the limit's name and what it counts (a client, a mailbox, an account). In PostgreSQL they
 * survive restarts, are shared by every instance, and no flood of junk keys pushes a real one out.
 * UNLOGGED: a crash may empty it (a limit starting over is harmless), and writes skip the WAL.
 * Payload's schema does not know this table and never touches it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE UNLOGGED TABLE "limit_attempts" (
    "name" text NOT NULL,
    "key" text NOT NULL,
    "at" timestamptz NOT NULL DEFAULT clock_timestamp()
  );
  CREATE INDEX "limit_attempts_name_key_at_idx" ON "limit_attempts" ("name", "key", "at");
  CREATE INDEX "limit_attempts_name_at_idx" ON "limit_attempts" ("name", "at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "limit_attempts";`)
}
