import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Two things readers rely on.
 *
 * The record of what was sent tells the truth: a copy is public once the issue has gone out
 * (`public`), and a send's copy has no time until its first message is accepted. Copies that were
 * public under the old rule (their time has come) stay public; a scheduled send's copy whose time
 * has not come is not public and has no time yet.
 *
 * Readers' caches forget durably (lib/cache/expiryLog.ts): `cache_expiries` records each expired
 * tag under a rising number, `cache_state` the epoch those numbers belong to (renewed when a backup
 * is restored). Payload's schema does not know these tables and never touches them.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "issue_snapshots" ALTER COLUMN "sent_at" DROP NOT NULL;
  ALTER TABLE "issue_snapshots" ADD COLUMN "public" boolean DEFAULT false;
  UPDATE "issue_snapshots" SET "public" = ("sent_at" <= now());
  UPDATE "issue_snapshots" SET "sent_at" = NULL WHERE NOT "public" AND "kind" = 'sent';

  CREATE TABLE "cache_expiries" (
    "id" bigserial PRIMARY KEY,
    "tag" text NOT NULL,
    "expired_at" timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX "cache_expiries_tag_id_idx" ON "cache_expiries" ("tag", "id");
  CREATE TABLE "cache_state" (
    "one" boolean PRIMARY KEY DEFAULT true CHECK ("one"),
    "epoch" uuid NOT NULL DEFAULT gen_random_uuid()
  );
  INSERT INTO "cache_state" DEFAULT VALUES;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "cache_state";
  DROP TABLE "cache_expiries";
  UPDATE "issue_snapshots" SET "sent_at" = "rendered_as_of" WHERE "sent_at" IS NULL;
  ALTER TABLE "issue_snapshots" ALTER COLUMN "sent_at" SET NOT NULL;
  ALTER TABLE "issue_snapshots" DROP COLUMN "public";`)
}
