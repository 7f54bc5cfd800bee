import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sendings_kind" AS ENUM('newsletter', 'test');
  CREATE TYPE "public"."enum_sendings_status" AS ENUM('queued', 'sending', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum_deliveries_status" AS ENUM('queued', 'sent', 'failed', 'skipped');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'runSending' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'resumeSendings' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'runSending' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'resumeSendings' BEFORE 'schedulePublish';
  CREATE TABLE "sendings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issue_id" integer NOT NULL,
  	"kind" "enum_sendings_kind" NOT NULL,
  	"status" "enum_sendings_status" DEFAULT 'queued' NOT NULL,
  	"scheduled_at" timestamp(3) with time zone,
  	"recipients" numeric,
  	"subject" varchar NOT NULL,
  	"html" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"placeholder" varchar NOT NULL,
  	"created_by" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"heartbeat_at" timestamp(3) with time zone,
  	"paused_until" timestamp(3) with time zone,
  	"pauses" numeric DEFAULT 0,
  	"last_error" varchar,
  	"test_results" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sendings_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "sendings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"mailing_lists_id" integer
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sending_id" integer NOT NULL,
  	"issue_id" integer NOT NULL,
  	"subscriber_id" integer,
  	"email" varchar,
  	"status" "enum_deliveries_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"claimed_until" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sendings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "deliveries_id" integer;
  ALTER TABLE "sendings" ADD CONSTRAINT "sendings_issue_id_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sendings_texts" ADD CONSTRAINT "sendings_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sendings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sendings_rels" ADD CONSTRAINT "sendings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sendings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sendings_rels" ADD CONSTRAINT "sendings_rels_mailing_lists_fk" FOREIGN KEY ("mailing_lists_id") REFERENCES "public"."mailing_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_sending_id_sendings_id_fk" FOREIGN KEY ("sending_id") REFERENCES "public"."sendings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_issue_id_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sendings_issue_idx" ON "sendings" USING btree ("issue_id");
  CREATE INDEX "sendings_updated_at_idx" ON "sendings" USING btree ("updated_at");
  CREATE INDEX "sendings_created_at_idx" ON "sendings" USING btree ("created_at");
  CREATE INDEX "sendings_texts_order_parent" ON "sendings_texts" USING btree ("order","parent_id");
  CREATE INDEX "sendings_rels_order_idx" ON "sendings_rels" USING btree ("order");
  CREATE INDEX "sendings_rels_parent_idx" ON "sendings_rels" USING btree ("parent_id");
  CREATE INDEX "sendings_rels_path_idx" ON "sendings_rels" USING btree ("path");
  CREATE INDEX "sendings_rels_mailing_lists_id_idx" ON "sendings_rels" USING btree ("mailing_lists_id");
  CREATE INDEX "deliveries_sending_idx" ON "deliveries" USING btree ("sending_id");
  CREATE INDEX "deliveries_issue_idx" ON "deliveries" USING btree ("issue_id");
  CREATE INDEX "deliveries_subscriber_idx" ON "deliveries" USING btree ("subscriber_id");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "issue_subscriber_idx" ON "deliveries" USING btree ("issue_id","subscriber_id");
  CREATE INDEX "sending_status_idx" ON "deliveries" USING btree ("sending_id","status");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sendings_fk" FOREIGN KEY ("sendings_id") REFERENCES "public"."sendings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sendings_id_idx" ON "payload_locked_documents_rels" USING btree ("sendings_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sendings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sendings_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sendings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sendings" CASCADE;
  DROP TABLE "sendings_texts" CASCADE;
  DROP TABLE "sendings_rels" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sendings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importSubscribers', 'subscriptionMail', 'purgeUnconfirmed', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importSubscribers', 'subscriptionMail', 'purgeUnconfirmed', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_sendings_id_idx";
  DROP INDEX "payload_locked_documents_rels_deliveries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sendings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "deliveries_id";
  DROP TYPE "public"."enum_sendings_kind";
  DROP TYPE "public"."enum_sendings_status";
  DROP TYPE "public"."enum_deliveries_status";`)
}
