import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The log of who did what (audit/), written by hand: not a collection, nothing anyone edits.
 * Append-only in the database itself: a trigger refuses every UPDATE and TRUNCATE, and every
 * DELETE but the retention job's (which says so with SET LOCAL audit.retention = 'on', and may
 * remove only entries older than a day). One index per filter of the admin's view.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "audit_log" (
    "id" bigserial PRIMARY KEY,
    "at" timestamptz NOT NULL DEFAULT now(),
    "actor_id" integer,
    "actor" text,
    "kind" text NOT NULL,
    "collection" text,
    "document_id" text,
    "title" text,
    "fields" text[],
    "note" text,
    "address" text);
  CREATE INDEX IF NOT EXISTS "audit_log_at_idx" ON "audit_log" ("at" DESC, "id" DESC);
  CREATE INDEX IF NOT EXISTS "audit_log_actor_idx" ON "audit_log" (lower("actor"), "at" DESC);
  CREATE INDEX IF NOT EXISTS "audit_log_kind_idx" ON "audit_log" ("kind", "at" DESC);
  CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' AND current_setting('audit.retention', true) = 'on' AND OLD.at < now() - interval '1 day' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
  END $$;
  DROP TRIGGER IF EXISTS "audit_log_append_only" ON "audit_log";
  CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
  DROP TRIGGER IF EXISTS "audit_log_no_truncate" ON "audit_log";
  CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "audit_log";
  DROP FUNCTION IF EXISTS audit_log_append_only();`)
}
