import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_returns_kind" AS ENUM('hard', 'soft', 'complaint', 'unsubscribe', 'autoReply', 'unknown');
  CREATE TYPE "public"."enum_returns_source" AS ENUM('inbox', 'imap', 'webhook');
  ALTER TYPE "public"."enum_subscribers_consent_event" ADD VALUE 'complained';
  ALTER TYPE "public"."enum_subscribers_consent_event" ADD VALUE 'mailUnsubscribed';
  ALTER TYPE "public"."enum_subscribers_consent_event" ADD VALUE 'chosenByReader';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'readReturns' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'readReturns' BEFORE 'schedulePublish';
  CREATE TABLE "returns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar,
  	"key" varchar NOT NULL,
  	"kind" "enum_returns_kind" NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"source" "enum_returns_source" NOT NULL,
  	"sending_id" integer,
  	"delivery_id" integer,
  	"subscriber_id" integer,
  	"address" varchar,
  	"status" varchar,
  	"diagnostic" varchar,
  	"reporting_mta" varchar,
  	"report_id" varchar,
  	"report_date" timestamp(3) with time zone,
  	"feedback_type" varchar,
  	"why" varchar,
  	"outcome" varchar,
  	"evidence" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "returns_id" integer;
  ALTER TABLE "returns" ADD CONSTRAINT "returns_sending_id_sendings_id_fk" FOREIGN KEY ("sending_id") REFERENCES "public"."sendings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "returns" ADD CONSTRAINT "returns_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "returns" ADD CONSTRAINT "returns_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "returns_key_idx" ON "returns" USING btree ("key");
  CREATE INDEX "returns_received_at_idx" ON "returns" USING btree ("received_at");
  CREATE INDEX "returns_sending_idx" ON "returns" USING btree ("sending_id");
  CREATE INDEX "returns_delivery_idx" ON "returns" USING btree ("delivery_id");
  CREATE INDEX "returns_subscriber_idx" ON "returns" USING btree ("subscriber_id");
  CREATE INDEX "returns_updated_at_idx" ON "returns" USING btree ("updated_at");
  CREATE INDEX "returns_created_at_idx" ON "returns" USING btree ("created_at");
  CREATE INDEX "subscriber_kind_receivedAt_idx" ON "returns" USING btree ("subscriber_id","kind","received_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_returns_fk" FOREIGN KEY ("returns_id") REFERENCES "public"."returns"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_returns_id_idx" ON "payload_locked_documents_rels" USING btree ("returns_id");
  -- How the returns reader's last run went (returns/read.ts), one row: written by hand, not a collection.
  CREATE TABLE IF NOT EXISTS "return_reader_state" ("id" integer PRIMARY KEY, "checked_at" timestamp(3) with time zone, "ok_at" timestamp(3) with time zone, "problem" text, "place" text NOT NULL);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "returns" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "returns" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_returns_fk";
  
  ALTER TABLE "subscribers_consent" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_subscribers_consent_event";
  CREATE TYPE "public"."enum_subscribers_consent_event" AS ENUM('signupRequested', 'confirmed', 'imported', 'addedByStaff', 'changedByStaff', 'addressChangedByStaff', 'unsubscribed', 'oneClickUnsubscribed', 'resubscribed', 'bounced');
  ALTER TABLE "subscribers_consent" ALTER COLUMN "event" SET DATA TYPE "public"."enum_subscribers_consent_event" USING "event"::"public"."enum_subscribers_consent_event";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importSubscribers', 'subscriptionMail', 'purgeUnconfirmed', 'runSending', 'resumeSendings', 'resumeImports', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importSubscribers', 'subscriptionMail', 'purgeUnconfirmed', 'runSending', 'resumeSendings', 'resumeImports', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_returns_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "returns_id";
  DROP TYPE "public"."enum_returns_kind";
  DROP TYPE "public"."enum_returns_source";
  DROP TABLE IF EXISTS "return_reader_state";`)
}
