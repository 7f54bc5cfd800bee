import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_approvals_status" AS ENUM('requested', 'approved', 'returned');
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'publisher' BEFORE 'editor';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'approvalMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'approvalMail' BEFORE 'schedulePublish';
  CREATE TABLE "approvals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issue_id" integer,
  	"title" varchar,
  	"status" "enum_approvals_status" DEFAULT 'requested' NOT NULL,
  	"note" varchar,
  	"requested_by" varchar NOT NULL,
  	"requested_by_id" numeric,
  	"requested_at" timestamp(3) with time zone NOT NULL,
  	"issue_updated_at" timestamp(3) with time zone,
  	"decided_by" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"decision_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "approvals_id" integer;
  ALTER TABLE "approvals" ADD CONSTRAINT "approvals_issue_id_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."issues"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "approvals_issue_idx" ON "approvals" USING btree ("issue_id");
  -- Written by hand: one open request per issue, even when two editors ask at the same moment.
  CREATE UNIQUE INDEX "approvals_one_open_per_issue" ON "approvals" USING btree ("issue_id") WHERE "status" = 'requested';
  CREATE INDEX "approvals_status_idx" ON "approvals" USING btree ("status");
  CREATE INDEX "approvals_updated_at_idx" ON "approvals" USING btree ("updated_at");
  CREATE INDEX "approvals_created_at_idx" ON "approvals" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approvals_fk" FOREIGN KEY ("approvals_id") REFERENCES "public"."approvals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_approvals_id_idx" ON "payload_locked_documents_rels" USING btree ("approvals_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "approvals_one_open_per_issue";
  ALTER TABLE "approvals" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "approvals" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_approvals_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importSubscribers', 'subscriptionMail', 'purgeUnconfirmed', 'runSending', 'resumeSendings', 'resumeImports', 'readReturns', 'auditRetention', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importSubscribers', 'subscriptionMail', 'purgeUnconfirmed', 'runSending', 'resumeSendings', 'resumeImports', 'readReturns', 'auditRetention', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_approvals_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approvals_id";
  DROP TYPE "public"."enum_approvals_status";`)
}
