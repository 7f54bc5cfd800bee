import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reusable_texts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reusable_texts_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "issues_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"reusable_texts_id" integer
  );
  
  CREATE TABLE "_issues_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"reusable_texts_id" integer
  );
  
  CREATE TABLE "reusable_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_reusable_texts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_reusable_texts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__reusable_texts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reusable_texts_id" integer;
  ALTER TABLE "issues_rels" ADD CONSTRAINT "issues_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "issues_rels" ADD CONSTRAINT "issues_rels_reusable_texts_fk" FOREIGN KEY ("reusable_texts_id") REFERENCES "public"."reusable_texts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_issues_v_rels" ADD CONSTRAINT "_issues_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_issues_v_rels" ADD CONSTRAINT "_issues_v_rels_reusable_texts_fk" FOREIGN KEY ("reusable_texts_id") REFERENCES "public"."reusable_texts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reusable_texts_v" ADD CONSTRAINT "_reusable_texts_v_parent_id_reusable_texts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reusable_texts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "issues_rels_order_idx" ON "issues_rels" USING btree ("order");
  CREATE INDEX "issues_rels_parent_idx" ON "issues_rels" USING btree ("parent_id");
  CREATE INDEX "issues_rels_path_idx" ON "issues_rels" USING btree ("path");
  CREATE INDEX "issues_rels_reusable_texts_id_idx" ON "issues_rels" USING btree ("reusable_texts_id");
  CREATE INDEX "_issues_v_rels_order_idx" ON "_issues_v_rels" USING btree ("order");
  CREATE INDEX "_issues_v_rels_parent_idx" ON "_issues_v_rels" USING btree ("parent_id");
  CREATE INDEX "_issues_v_rels_path_idx" ON "_issues_v_rels" USING btree ("path");
  CREATE INDEX "_issues_v_rels_reusable_texts_id_idx" ON "_issues_v_rels" USING btree ("reusable_texts_id");
  CREATE UNIQUE INDEX "reusable_texts_name_idx" ON "reusable_texts" USING btree ("name");
  CREATE INDEX "reusable_texts_updated_at_idx" ON "reusable_texts" USING btree ("updated_at");
  CREATE INDEX "reusable_texts_created_at_idx" ON "reusable_texts" USING btree ("created_at");
  CREATE INDEX "reusable_texts__status_idx" ON "reusable_texts" USING btree ("_status");
  CREATE INDEX "_reusable_texts_v_parent_idx" ON "_reusable_texts_v" USING btree ("parent_id");
  CREATE INDEX "_reusable_texts_v_version_version_name_idx" ON "_reusable_texts_v" USING btree ("version_name");
  CREATE INDEX "_reusable_texts_v_version_version_updated_at_idx" ON "_reusable_texts_v" USING btree ("version_updated_at");
  CREATE INDEX "_reusable_texts_v_version_version_created_at_idx" ON "_reusable_texts_v" USING btree ("version_created_at");
  CREATE INDEX "_reusable_texts_v_version_version__status_idx" ON "_reusable_texts_v" USING btree ("version__status");
  CREATE INDEX "_reusable_texts_v_created_at_idx" ON "_reusable_texts_v" USING btree ("created_at");
  CREATE INDEX "_reusable_texts_v_updated_at_idx" ON "_reusable_texts_v" USING btree ("updated_at");
  CREATE INDEX "_reusable_texts_v_latest_idx" ON "_reusable_texts_v" USING btree ("latest");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reusable_texts_fk" FOREIGN KEY ("reusable_texts_id") REFERENCES "public"."reusable_texts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reusable_texts_id_idx" ON "payload_locked_documents_rels" USING btree ("reusable_texts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "issues_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_issues_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reusable_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reusable_texts_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "issues_rels" CASCADE;
  DROP TABLE "_issues_v_rels" CASCADE;
  DROP TABLE "reusable_texts" CASCADE;
  DROP TABLE "_reusable_texts_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reusable_texts_fk";
  
  DROP INDEX "payload_locked_documents_rels_reusable_texts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reusable_texts_id";
  DROP TYPE "public"."enum_reusable_texts_status";
  DROP TYPE "public"."enum__reusable_texts_v_version_status";`)
}
