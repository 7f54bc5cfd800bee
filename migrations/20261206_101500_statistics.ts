import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The statistics' own tables (statistics/), written by hand: not collections, nothing a person
 * edits. Every row is a count of many or a link of a send — no address, name, token, client
 * address or user agent (statistics/personalData.int.test.ts reads them all to prove it).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "send_links" (
    "sending_id" integer NOT NULL REFERENCES "sendings"("id") ON DELETE CASCADE,
    "n" integer NOT NULL,
    "url" text NOT NULL,
    "label" text,
    PRIMARY KEY ("sending_id", "n"));
  CREATE TABLE IF NOT EXISTS "link_clicks" (
    "sending_id" integer NOT NULL,
    "n" integer NOT NULL,
    "day" date NOT NULL,
    "automatic" boolean NOT NULL,
    "clicks" integer NOT NULL,
    PRIMARY KEY ("sending_id", "n", "day", "automatic"),
    FOREIGN KEY ("sending_id", "n") REFERENCES "send_links"("sending_id", "n") ON DELETE CASCADE);
  CREATE TABLE IF NOT EXISTS "list_changes" (
    "list_id" integer NOT NULL REFERENCES "mailing_lists"("id") ON DELETE CASCADE,
    "month" date NOT NULL,
    "kind" text NOT NULL,
    "n" integer NOT NULL,
    PRIMARY KEY ("list_id", "month", "kind"));
  CREATE TABLE IF NOT EXISTS "send_list_recipients" (
    "sending_id" integer NOT NULL REFERENCES "sendings"("id") ON DELETE CASCADE,
    "list_id" integer NOT NULL REFERENCES "mailing_lists"("id") ON DELETE CASCADE,
    "recipients" integer NOT NULL,
    PRIMARY KEY ("sending_id", "list_id"));
  CREATE TABLE IF NOT EXISTS "send_unsubscribes" (
    "sending_id" integer NOT NULL REFERENCES "sendings"("id") ON DELETE CASCADE,
    "day" date NOT NULL,
    "n" integer NOT NULL,
    PRIMARY KEY ("sending_id", "day"));
  CREATE INDEX IF NOT EXISTS "deliveries_sending_sent_at_idx" ON "deliveries" ("sending_id", "sent_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "deliveries_sending_sent_at_idx";
  DROP TABLE IF EXISTS "send_unsubscribes";
  DROP TABLE IF EXISTS "send_list_recipients";
  DROP TABLE IF EXISTS "list_changes";
  DROP TABLE IF EXISTS "link_clicks";
  DROP TABLE IF EXISTS "send_links";`)
}
