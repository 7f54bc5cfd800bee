import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_subscribers_consent_event" ADD VALUE 'addressChangedByStaff' BEFORE 'unsubscribed';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subscribers_consent" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_subscribers_consent_event";
  CREATE TYPE "public"."enum_subscribers_consent_event" AS ENUM('signupRequested', 'confirmed', 'imported', 'addedByStaff', 'changedByStaff', 'unsubscribed', 'oneClickUnsubscribed', 'resubscribed', 'bounced');
  ALTER TABLE "subscribers_consent" ALTER COLUMN "event" SET DATA TYPE "public"."enum_subscribers_consent_event" USING "event"::"public"."enum_subscribers_consent_event";`)
}
