import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_issue_snapshots_kind" AS ENUM('sent', 'marked', 'correction');
  CREATE TABLE "issue_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issue_id" integer NOT NULL,
  	"version" numeric NOT NULL,
  	"kind" "enum_issue_snapshots_kind" NOT NULL,
  	"sent_at" timestamp(3) with time zone NOT NULL,
  	"rendered_as_of" timestamp(3) with time zone NOT NULL,
  	"note" varchar,
  	"sent_to" varchar,
  	"created_by" varchar,
  	"subject" varchar NOT NULL,
  	"web_html" varchar NOT NULL,
  	"web_text" varchar NOT NULL,
  	"email_html" varchar NOT NULL,
  	"email_text" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "issue_snapshots_id" integer;
  ALTER TABLE "issue_snapshots" ADD CONSTRAINT "issue_snapshots_issue_id_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."issues"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "issue_snapshots_issue_idx" ON "issue_snapshots" USING btree ("issue_id");
  CREATE INDEX "issue_snapshots_updated_at_idx" ON "issue_snapshots" USING btree ("updated_at");
  CREATE INDEX "issue_snapshots_created_at_idx" ON "issue_snapshots" USING btree ("created_at");
  CREATE UNIQUE INDEX "issue_version_idx" ON "issue_snapshots" USING btree ("issue_id","version");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_issue_snapshots_fk" FOREIGN KEY ("issue_snapshots_id") REFERENCES "public"."issue_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_issue_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("issue_snapshots_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "issue_snapshots" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "issue_snapshots" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_issue_snapshots_fk";
  
  DROP INDEX "payload_locked_documents_rels_issue_snapshots_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "issue_snapshots_id";
  DROP TYPE "public"."enum_issue_snapshots_kind";`)
}
