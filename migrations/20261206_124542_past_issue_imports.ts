import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_issue_imports_source_kind" AS ENUM('text', 'html', 'email');
  CREATE TYPE "public"."enum_issue_imports_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_issue_snapshots_kind" ADD VALUE 'imported';
  CREATE TABLE "issue_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"issue_date" varchar,
  	"fingerprint" varchar NOT NULL,
  	"source_name" varchar NOT NULL,
  	"source_kind" "enum_issue_imports_source_kind" NOT NULL,
  	"original" varchar NOT NULL,
  	"reading" jsonb NOT NULL,
  	"flags" jsonb NOT NULL,
  	"issue_id" integer NOT NULL,
  	"made" jsonb NOT NULL,
  	"status" "enum_issue_imports_status" DEFAULT 'draft' NOT NULL,
  	"created_by" varchar,
  	"approved_by" varchar,
  	"approved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "issue_imports_id" integer;
  ALTER TABLE "issue_imports" ADD CONSTRAINT "issue_imports_issue_id_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."issues"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "issue_imports_fingerprint_idx" ON "issue_imports" USING btree ("fingerprint");
  CREATE INDEX "issue_imports_issue_idx" ON "issue_imports" USING btree ("issue_id");
  CREATE INDEX "issue_imports_updated_at_idx" ON "issue_imports" USING btree ("updated_at");
  CREATE INDEX "issue_imports_created_at_idx" ON "issue_imports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_issue_imports_fk" FOREIGN KEY ("issue_imports_id") REFERENCES "public"."issue_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_issue_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("issue_imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "issue_imports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "issue_imports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_issue_imports_fk";
  
  ALTER TABLE "issue_snapshots" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_issue_snapshots_kind";
  CREATE TYPE "public"."enum_issue_snapshots_kind" AS ENUM('sent', 'marked', 'correction');
  ALTER TABLE "issue_snapshots" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_issue_snapshots_kind" USING "kind"::"public"."enum_issue_snapshots_kind";
  DROP INDEX "payload_locked_documents_rels_issue_imports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "issue_imports_id";
  DROP TYPE "public"."enum_issue_imports_source_kind";
  DROP TYPE "public"."enum_issue_imports_status";`)
}
