import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscribers_subscriptions_status" AS ENUM('pending', 'subscribed', 'unsubscribed', 'bounced');
  CREATE TYPE "public"."enum_subscribers_consent_event" AS ENUM('signupRequested', 'confirmed', 'imported', 'addedByStaff', 'changedByStaff', 'unsubscribed', 'oneClickUnsubscribed', 'resubscribed', 'bounced');
  CREATE TYPE "public"."enum_subscriber_imports_status" AS ENUM('checked', 'queued', 'running', 'done', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'importSubscribers' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'subscriptionMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeUnconfirmed' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'importSubscribers' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'subscriptionMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeUnconfirmed' BEFORE 'schedulePublish';
  CREATE TABLE "mailing_lists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"public_signup" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscribers_subscriptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"list_id" integer NOT NULL,
  	"status" "enum_subscribers_subscriptions_status" DEFAULT 'subscribed' NOT NULL
  );
  
  CREATE TABLE "subscribers_consent" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"event" "enum_subscribers_consent_event" NOT NULL,
  	"lists" varchar,
  	"by" varchar
  );
  
  CREATE TABLE "subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"name" varchar,
  	"organisation" varchar,
  	"member_id" integer,
  	"bounces" numeric DEFAULT 0,
  	"unsubscribe_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscriber_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"list_id" integer NOT NULL,
  	"csv" varchar,
  	"status" "enum_subscriber_imports_status" DEFAULT 'checked',
  	"report" jsonb,
  	"result" jsonb,
  	"processed" numeric DEFAULT 0,
  	"started_by" varchar,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mailing_lists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscribers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscriber_imports_id" integer;
  ALTER TABLE "subscribers_subscriptions" ADD CONSTRAINT "subscribers_subscriptions_list_id_mailing_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."mailing_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscribers_subscriptions" ADD CONSTRAINT "subscribers_subscriptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_consent" ADD CONSTRAINT "subscribers_consent_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers" ADD CONSTRAINT "subscribers_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriber_imports" ADD CONSTRAINT "subscriber_imports_list_id_mailing_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."mailing_lists"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "mailing_lists_name_idx" ON "mailing_lists" USING btree ("name");
  CREATE INDEX "mailing_lists_updated_at_idx" ON "mailing_lists" USING btree ("updated_at");
  CREATE INDEX "mailing_lists_created_at_idx" ON "mailing_lists" USING btree ("created_at");
  CREATE INDEX "subscribers_subscriptions_order_idx" ON "subscribers_subscriptions" USING btree ("_order");
  CREATE INDEX "subscribers_subscriptions_parent_id_idx" ON "subscribers_subscriptions" USING btree ("_parent_id");
  CREATE INDEX "subscribers_subscriptions_list_idx" ON "subscribers_subscriptions" USING btree ("list_id");
  CREATE INDEX "subscribers_consent_order_idx" ON "subscribers_consent" USING btree ("_order");
  CREATE INDEX "subscribers_consent_parent_id_idx" ON "subscribers_consent" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "subscribers_email_idx" ON "subscribers" USING btree ("email");
  CREATE INDEX "subscribers_member_idx" ON "subscribers" USING btree ("member_id");
  CREATE UNIQUE INDEX "subscribers_unsubscribe_key_idx" ON "subscribers" USING btree ("unsubscribe_key");
  CREATE INDEX "subscribers_updated_at_idx" ON "subscribers" USING btree ("updated_at");
  CREATE INDEX "subscribers_created_at_idx" ON "subscribers" USING btree ("created_at");
  CREATE INDEX "subscriber_imports_list_idx" ON "subscriber_imports" USING btree ("list_id");
  CREATE INDEX "subscriber_imports_updated_at_idx" ON "subscriber_imports" USING btree ("updated_at");
  CREATE INDEX "subscriber_imports_created_at_idx" ON "subscriber_imports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mailing_lists_fk" FOREIGN KEY ("mailing_lists_id") REFERENCES "public"."mailing_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscribers_fk" FOREIGN KEY ("subscribers_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscriber_imports_fk" FOREIGN KEY ("subscriber_imports_id") REFERENCES "public"."subscriber_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_mailing_lists_id_idx" ON "payload_locked_documents_rels" USING btree ("mailing_lists_id");
  CREATE INDEX "payload_locked_documents_rels_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_subscriber_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("subscriber_imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "mailing_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers_consent" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriber_imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "mailing_lists" CASCADE;
  DROP TABLE "subscribers_subscriptions" CASCADE;
  DROP TABLE "subscribers_consent" CASCADE;
  DROP TABLE "subscribers" CASCADE;
  DROP TABLE "subscriber_imports" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mailing_lists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscribers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscriber_imports_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_mailing_lists_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscribers_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscriber_imports_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mailing_lists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscribers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscriber_imports_id";
  DROP TYPE "public"."enum_subscribers_subscriptions_status";
  DROP TYPE "public"."enum_subscribers_consent_event";
  DROP TYPE "public"."enum_subscriber_imports_status";`)
}
