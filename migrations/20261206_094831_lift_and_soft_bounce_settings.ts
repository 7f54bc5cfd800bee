import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_subscribers_consent_event" ADD VALUE 'suppressionLifted';
  ALTER TABLE "subscribers_consent" ADD COLUMN "note" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "soft_bounces_to_suppress" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "soft_bounce_window_days" numeric DEFAULT 14 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subscribers_consent" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_subscribers_consent_event";
  CREATE TYPE "public"."enum_subscribers_consent_event" AS ENUM('signupRequested', 'confirmed', 'imported', 'addedByStaff', 'changedByStaff', 'addressChangedByStaff', 'unsubscribed', 'oneClickUnsubscribed', 'resubscribed', 'bounced', 'complained', 'mailUnsubscribed', 'chosenByReader');
  ALTER TABLE "subscribers_consent" ALTER COLUMN "event" SET DATA TYPE "public"."enum_subscribers_consent_event" USING "event"::"public"."enum_subscribers_consent_event";
  ALTER TABLE "subscribers_consent" DROP COLUMN "note";
  ALTER TABLE "site_settings" DROP COLUMN "soft_bounces_to_suppress";
  ALTER TABLE "site_settings" DROP COLUMN "soft_bounce_window_days";`)
}
