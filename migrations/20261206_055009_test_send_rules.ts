import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Test sends within limits (sending/model.ts): the organisation's e-mail domains in the settings,
 * and the reason kept with a test send to an address outside them.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "site_settings_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "sendings" ADD COLUMN "test_reason" varchar;
  ALTER TABLE "site_settings_texts" ADD CONSTRAINT "site_settings_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_settings_texts_order_parent" ON "site_settings_texts" USING btree ("order","parent_id");
  -- The county administrative boards' domain, as a new installation gets it by default.
  INSERT INTO "site_settings_texts" ("order", "parent_id", "path", "text") SELECT 1, "id", 'organisationDomains', 'lansstyrelsen.se' FROM "site_settings";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "site_settings_texts" CASCADE;
  ALTER TABLE "sendings" DROP COLUMN "test_reason";`)
}
