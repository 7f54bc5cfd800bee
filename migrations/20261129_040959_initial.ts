import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_issues_highlights_kind" AS ENUM('article', 'event');
  CREATE TYPE "public"."enum_issues_sections_items_kind" AS ENUM('article', 'event');
  CREATE TYPE "public"."enum_issues_issuedate_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum_issues_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__issues_v_version_highlights_kind" AS ENUM('article', 'event');
  CREATE TYPE "public"."enum__issues_v_version_sections_items_kind" AS ENUM('article', 'event');
  CREATE TYPE "public"."enum__issues_v_version_issuedate_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum__issues_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_events_organisers_role" AS ENUM('host', 'organiser', 'partner');
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum_events_attendance" AS ENUM('physical', 'online', 'hybrid');
  CREATE TYPE "public"."enum_events_registration_deadline_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_organisers_role" AS ENUM('host', 'organiser', 'partner');
  CREATE TYPE "public"."enum__events_v_version_startsat_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum__events_v_version_endsat_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum__events_v_version_attendance" AS ENUM('physical', 'online', 'hybrid');
  CREATE TYPE "public"."enum__events_v_version_registration_deadline_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_reference_groups_memberships_role" AS ENUM('member', 'convener');
  CREATE TYPE "public"."enum_reference_groups_call_to_join_deadline_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum_reference_groups_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reference_groups_v_version_memberships_role" AS ENUM('member', 'convener');
  CREATE TYPE "public"."enum__reference_groups_v_version_call_to_join_deadline_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum__reference_groups_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "issues_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"kind" "enum_issues_highlights_kind",
  	"article_id" integer,
  	"event_id" integer
  );
  
  CREATE TABLE "issues_sections_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_issues_sections_items_kind" DEFAULT 'article',
  	"article_id" integer,
  	"event_id" integer
  );
  
  CREATE TABLE "issues_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar
  );
  
  CREATE TABLE "issues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"issue_date" timestamp(3) with time zone,
  	"issuedate_tz" "enum_issues_issuedate_tz" DEFAULT 'Europe/Stockholm',
  	"preheader" varchar,
  	"intro" varchar,
  	"footer_distribution_note" varchar,
  	"footer_contact_name" varchar,
  	"footer_contact_email" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_issues_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_issues_v_version_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"kind" "enum__issues_v_version_highlights_kind",
  	"article_id" integer,
  	"event_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_issues_v_version_sections_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__issues_v_version_sections_items_kind" DEFAULT 'article',
  	"article_id" integer,
  	"event_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_issues_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_issues_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_issue_date" timestamp(3) with time zone,
  	"version_issuedate_tz" "enum__issues_v_version_issuedate_tz" DEFAULT 'Europe/Stockholm',
  	"version_preheader" varchar,
  	"version_intro" varchar,
  	"version_footer_distribution_note" varchar,
  	"version_footer_contact_name" varchar,
  	"version_footer_contact_email" varchar,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__issues_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "articles_read_more" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"lead" varchar,
  	"image_id" integer,
  	"body" jsonb,
  	"reference_group_id" integer,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_articles_v_version_read_more" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_lead" varchar,
  	"version_image_id" integer,
  	"version_body" jsonb,
  	"version_reference_group_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "events_organisers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_events_organisers_role" DEFAULT 'organiser'
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"newsletter_heading" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_events_startsat_tz" DEFAULT 'Europe/Stockholm',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_endsat_tz" DEFAULT 'Europe/Stockholm',
  	"all_day" boolean DEFAULT false,
  	"approximate_date" varchar,
  	"attendance" "enum_events_attendance" DEFAULT 'physical',
  	"place" varchar,
  	"online_details" varchar,
  	"online_url" varchar,
  	"theme" varchar,
  	"registration_url" varchar,
  	"registration_label" varchar DEFAULT 'Anmäl dig här',
  	"registration_deadline" timestamp(3) with time zone,
  	"registration_deadline_tz" "enum_events_registration_deadline_tz" DEFAULT 'Europe/Stockholm',
  	"reference_group_id" integer,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_events_v_version_organisers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum__events_v_version_organisers_role" DEFAULT 'organiser',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_newsletter_heading" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__events_v_version_startsat_tz" DEFAULT 'Europe/Stockholm',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__events_v_version_endsat_tz" DEFAULT 'Europe/Stockholm',
  	"version_all_day" boolean DEFAULT false,
  	"version_approximate_date" varchar,
  	"version_attendance" "enum__events_v_version_attendance" DEFAULT 'physical',
  	"version_place" varchar,
  	"version_online_details" varchar,
  	"version_online_url" varchar,
  	"version_theme" varchar,
  	"version_registration_url" varchar,
  	"version_registration_label" varchar DEFAULT 'Anmäl dig här',
  	"version_registration_deadline" timestamp(3) with time zone,
  	"version_registration_deadline_tz" "enum__events_v_version_registration_deadline_tz" DEFAULT 'Europe/Stockholm',
  	"version_reference_group_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "reference_groups_memberships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"member_id" integer,
  	"role" "enum_reference_groups_memberships_role" DEFAULT 'member'
  );
  
  CREATE TABLE "reference_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"purpose" varchar,
  	"next_meeting_id" integer,
  	"call_to_join_text" varchar,
  	"call_to_join_reply_to_id" integer,
  	"call_to_join_contact_email" varchar,
  	"call_to_join_deadline" timestamp(3) with time zone,
  	"call_to_join_deadline_tz" "enum_reference_groups_call_to_join_deadline_tz" DEFAULT 'Europe/Stockholm',
  	"notes_location" varchar DEFAULT 'RUS samarbetsyta',
  	"notes_url" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_reference_groups_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_reference_groups_v_version_memberships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer,
  	"role" "enum__reference_groups_v_version_memberships_role" DEFAULT 'member',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reference_groups_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_purpose" varchar,
  	"version_next_meeting_id" integer,
  	"version_call_to_join_text" varchar,
  	"version_call_to_join_reply_to_id" integer,
  	"version_call_to_join_contact_email" varchar,
  	"version_call_to_join_deadline" timestamp(3) with time zone,
  	"version_call_to_join_deadline_tz" "enum__reference_groups_v_version_call_to_join_deadline_tz" DEFAULT 'Europe/Stockholm',
  	"version_notes_location" varchar DEFAULT 'RUS samarbetsyta',
  	"version_notes_url" varchar,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__reference_groups_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"title" varchar,
  	"county" varchar,
  	"organisation" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar,
  	"sizes_email_url" varchar,
  	"sizes_email_width" numeric,
  	"sizes_email_height" numeric,
  	"sizes_email_mime_type" varchar,
  	"sizes_email_filesize" numeric,
  	"sizes_email_filename" varchar
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"issues_id" integer,
  	"articles_id" integer,
  	"events_id" integer,
  	"reference_groups_id" integer,
  	"members_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"newsletter_name" varchar DEFAULT 'Nytt från RUS' NOT NULL,
  	"organisation_description" varchar DEFAULT 'RUS är en länk mellan regionalt, centralt och lokalt miljömålsarbete.' NOT NULL,
  	"distribution_note" varchar,
  	"contact_name" varchar,
  	"contact_email" varchar,
  	"privacy_url" varchar,
  	"unsubscribe_url" varchar,
  	"unsubscribe_placeholder" varchar DEFAULT '{{unsubscribe}}',
  	"site_url" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "issues_highlights" ADD CONSTRAINT "issues_highlights_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues_highlights" ADD CONSTRAINT "issues_highlights_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues_highlights" ADD CONSTRAINT "issues_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "issues_sections_items" ADD CONSTRAINT "issues_sections_items_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues_sections_items" ADD CONSTRAINT "issues_sections_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues_sections_items" ADD CONSTRAINT "issues_sections_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."issues_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "issues_sections" ADD CONSTRAINT "issues_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_issues_v_version_highlights" ADD CONSTRAINT "_issues_v_version_highlights_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v_version_highlights" ADD CONSTRAINT "_issues_v_version_highlights_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v_version_highlights" ADD CONSTRAINT "_issues_v_version_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_issues_v_version_sections_items" ADD CONSTRAINT "_issues_v_version_sections_items_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v_version_sections_items" ADD CONSTRAINT "_issues_v_version_sections_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v_version_sections_items" ADD CONSTRAINT "_issues_v_version_sections_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_issues_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_issues_v_version_sections" ADD CONSTRAINT "_issues_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_issues_v" ADD CONSTRAINT "_issues_v_parent_id_issues_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_read_more" ADD CONSTRAINT "articles_read_more_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_reference_group_id_reference_groups_id_fk" FOREIGN KEY ("reference_group_id") REFERENCES "public"."reference_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_read_more" ADD CONSTRAINT "_articles_v_version_read_more_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_reference_group_id_reference_groups_id_fk" FOREIGN KEY ("version_reference_group_id") REFERENCES "public"."reference_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_organisers" ADD CONSTRAINT "events_organisers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_reference_group_id_reference_groups_id_fk" FOREIGN KEY ("reference_group_id") REFERENCES "public"."reference_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_version_organisers" ADD CONSTRAINT "_events_v_version_organisers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_reference_group_id_reference_groups_id_fk" FOREIGN KEY ("version_reference_group_id") REFERENCES "public"."reference_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reference_groups_memberships" ADD CONSTRAINT "reference_groups_memberships_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reference_groups_memberships" ADD CONSTRAINT "reference_groups_memberships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reference_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reference_groups" ADD CONSTRAINT "reference_groups_next_meeting_id_events_id_fk" FOREIGN KEY ("next_meeting_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reference_groups" ADD CONSTRAINT "reference_groups_call_to_join_reply_to_id_members_id_fk" FOREIGN KEY ("call_to_join_reply_to_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reference_groups_v_version_memberships" ADD CONSTRAINT "_reference_groups_v_version_memberships_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reference_groups_v_version_memberships" ADD CONSTRAINT "_reference_groups_v_version_memberships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reference_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reference_groups_v" ADD CONSTRAINT "_reference_groups_v_parent_id_reference_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reference_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reference_groups_v" ADD CONSTRAINT "_reference_groups_v_version_next_meeting_id_events_id_fk" FOREIGN KEY ("version_next_meeting_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reference_groups_v" ADD CONSTRAINT "_reference_groups_v_version_call_to_join_reply_to_id_members_id_fk" FOREIGN KEY ("version_call_to_join_reply_to_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_issues_fk" FOREIGN KEY ("issues_id") REFERENCES "public"."issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reference_groups_fk" FOREIGN KEY ("reference_groups_id") REFERENCES "public"."reference_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "issues_highlights_order_idx" ON "issues_highlights" USING btree ("_order");
  CREATE INDEX "issues_highlights_parent_id_idx" ON "issues_highlights" USING btree ("_parent_id");
  CREATE INDEX "issues_highlights_article_idx" ON "issues_highlights" USING btree ("article_id");
  CREATE INDEX "issues_highlights_event_idx" ON "issues_highlights" USING btree ("event_id");
  CREATE INDEX "issues_sections_items_order_idx" ON "issues_sections_items" USING btree ("_order");
  CREATE INDEX "issues_sections_items_parent_id_idx" ON "issues_sections_items" USING btree ("_parent_id");
  CREATE INDEX "issues_sections_items_article_idx" ON "issues_sections_items" USING btree ("article_id");
  CREATE INDEX "issues_sections_items_event_idx" ON "issues_sections_items" USING btree ("event_id");
  CREATE INDEX "issues_sections_order_idx" ON "issues_sections" USING btree ("_order");
  CREATE INDEX "issues_sections_parent_id_idx" ON "issues_sections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "issues_slug_idx" ON "issues" USING btree ("slug");
  CREATE INDEX "issues_updated_at_idx" ON "issues" USING btree ("updated_at");
  CREATE INDEX "issues_created_at_idx" ON "issues" USING btree ("created_at");
  CREATE INDEX "issues__status_idx" ON "issues" USING btree ("_status");
  CREATE INDEX "_issues_v_version_highlights_order_idx" ON "_issues_v_version_highlights" USING btree ("_order");
  CREATE INDEX "_issues_v_version_highlights_parent_id_idx" ON "_issues_v_version_highlights" USING btree ("_parent_id");
  CREATE INDEX "_issues_v_version_highlights_article_idx" ON "_issues_v_version_highlights" USING btree ("article_id");
  CREATE INDEX "_issues_v_version_highlights_event_idx" ON "_issues_v_version_highlights" USING btree ("event_id");
  CREATE INDEX "_issues_v_version_sections_items_order_idx" ON "_issues_v_version_sections_items" USING btree ("_order");
  CREATE INDEX "_issues_v_version_sections_items_parent_id_idx" ON "_issues_v_version_sections_items" USING btree ("_parent_id");
  CREATE INDEX "_issues_v_version_sections_items_article_idx" ON "_issues_v_version_sections_items" USING btree ("article_id");
  CREATE INDEX "_issues_v_version_sections_items_event_idx" ON "_issues_v_version_sections_items" USING btree ("event_id");
  CREATE INDEX "_issues_v_version_sections_order_idx" ON "_issues_v_version_sections" USING btree ("_order");
  CREATE INDEX "_issues_v_version_sections_parent_id_idx" ON "_issues_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_issues_v_parent_idx" ON "_issues_v" USING btree ("parent_id");
  CREATE INDEX "_issues_v_version_version_slug_idx" ON "_issues_v" USING btree ("version_slug");
  CREATE INDEX "_issues_v_version_version_updated_at_idx" ON "_issues_v" USING btree ("version_updated_at");
  CREATE INDEX "_issues_v_version_version_created_at_idx" ON "_issues_v" USING btree ("version_created_at");
  CREATE INDEX "_issues_v_version_version__status_idx" ON "_issues_v" USING btree ("version__status");
  CREATE INDEX "_issues_v_created_at_idx" ON "_issues_v" USING btree ("created_at");
  CREATE INDEX "_issues_v_updated_at_idx" ON "_issues_v" USING btree ("updated_at");
  CREATE INDEX "_issues_v_latest_idx" ON "_issues_v" USING btree ("latest");
  CREATE INDEX "_issues_v_autosave_idx" ON "_issues_v" USING btree ("autosave");
  CREATE INDEX "articles_read_more_order_idx" ON "articles_read_more" USING btree ("_order");
  CREATE INDEX "articles_read_more_parent_id_idx" ON "articles_read_more" USING btree ("_parent_id");
  CREATE INDEX "articles_image_idx" ON "articles" USING btree ("image_id");
  CREATE INDEX "articles_reference_group_idx" ON "articles" USING btree ("reference_group_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "_articles_v_version_read_more_order_idx" ON "_articles_v_version_read_more" USING btree ("_order");
  CREATE INDEX "_articles_v_version_read_more_parent_id_idx" ON "_articles_v_version_read_more" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_image_idx" ON "_articles_v" USING btree ("version_image_id");
  CREATE INDEX "_articles_v_version_version_reference_group_idx" ON "_articles_v" USING btree ("version_reference_group_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "events_organisers_order_idx" ON "events_organisers" USING btree ("_order");
  CREATE INDEX "events_organisers_parent_id_idx" ON "events_organisers" USING btree ("_parent_id");
  CREATE INDEX "events_reference_group_idx" ON "events" USING btree ("reference_group_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "_events_v_version_organisers_order_idx" ON "_events_v_version_organisers" USING btree ("_order");
  CREATE INDEX "_events_v_version_organisers_parent_id_idx" ON "_events_v_version_organisers" USING btree ("_parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_reference_group_idx" ON "_events_v" USING btree ("version_reference_group_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "reference_groups_memberships_order_idx" ON "reference_groups_memberships" USING btree ("_order");
  CREATE INDEX "reference_groups_memberships_parent_id_idx" ON "reference_groups_memberships" USING btree ("_parent_id");
  CREATE INDEX "reference_groups_memberships_member_idx" ON "reference_groups_memberships" USING btree ("member_id");
  CREATE INDEX "reference_groups_next_meeting_idx" ON "reference_groups" USING btree ("next_meeting_id");
  CREATE INDEX "reference_groups_call_to_join_call_to_join_reply_to_idx" ON "reference_groups" USING btree ("call_to_join_reply_to_id");
  CREATE UNIQUE INDEX "reference_groups_slug_idx" ON "reference_groups" USING btree ("slug");
  CREATE INDEX "reference_groups_updated_at_idx" ON "reference_groups" USING btree ("updated_at");
  CREATE INDEX "reference_groups_created_at_idx" ON "reference_groups" USING btree ("created_at");
  CREATE INDEX "reference_groups__status_idx" ON "reference_groups" USING btree ("_status");
  CREATE INDEX "_reference_groups_v_version_memberships_order_idx" ON "_reference_groups_v_version_memberships" USING btree ("_order");
  CREATE INDEX "_reference_groups_v_version_memberships_parent_id_idx" ON "_reference_groups_v_version_memberships" USING btree ("_parent_id");
  CREATE INDEX "_reference_groups_v_version_memberships_member_idx" ON "_reference_groups_v_version_memberships" USING btree ("member_id");
  CREATE INDEX "_reference_groups_v_parent_idx" ON "_reference_groups_v" USING btree ("parent_id");
  CREATE INDEX "_reference_groups_v_version_version_next_meeting_idx" ON "_reference_groups_v" USING btree ("version_next_meeting_id");
  CREATE INDEX "_reference_groups_v_version_call_to_join_version_call_to_idx" ON "_reference_groups_v" USING btree ("version_call_to_join_reply_to_id");
  CREATE INDEX "_reference_groups_v_version_version_slug_idx" ON "_reference_groups_v" USING btree ("version_slug");
  CREATE INDEX "_reference_groups_v_version_version_updated_at_idx" ON "_reference_groups_v" USING btree ("version_updated_at");
  CREATE INDEX "_reference_groups_v_version_version_created_at_idx" ON "_reference_groups_v" USING btree ("version_created_at");
  CREATE INDEX "_reference_groups_v_version_version__status_idx" ON "_reference_groups_v" USING btree ("version__status");
  CREATE INDEX "_reference_groups_v_created_at_idx" ON "_reference_groups_v" USING btree ("created_at");
  CREATE INDEX "_reference_groups_v_updated_at_idx" ON "_reference_groups_v" USING btree ("updated_at");
  CREATE INDEX "_reference_groups_v_latest_idx" ON "_reference_groups_v" USING btree ("latest");
  CREATE INDEX "members_updated_at_idx" ON "members" USING btree ("updated_at");
  CREATE INDEX "members_created_at_idx" ON "members" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE INDEX "media_sizes_email_sizes_email_filename_idx" ON "media" USING btree ("sizes_email_filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_issues_id_idx" ON "payload_locked_documents_rels" USING btree ("issues_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_reference_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("reference_groups_id");
  CREATE INDEX "payload_locked_documents_rels_members_id_idx" ON "payload_locked_documents_rels" USING btree ("members_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "issues_highlights" CASCADE;
  DROP TABLE "issues_sections_items" CASCADE;
  DROP TABLE "issues_sections" CASCADE;
  DROP TABLE "issues" CASCADE;
  DROP TABLE "_issues_v_version_highlights" CASCADE;
  DROP TABLE "_issues_v_version_sections_items" CASCADE;
  DROP TABLE "_issues_v_version_sections" CASCADE;
  DROP TABLE "_issues_v" CASCADE;
  DROP TABLE "articles_read_more" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "_articles_v_version_read_more" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "events_organisers" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "_events_v_version_organisers" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "reference_groups_memberships" CASCADE;
  DROP TABLE "reference_groups" CASCADE;
  DROP TABLE "_reference_groups_v_version_memberships" CASCADE;
  DROP TABLE "_reference_groups_v" CASCADE;
  DROP TABLE "members" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TYPE "public"."enum_issues_highlights_kind";
  DROP TYPE "public"."enum_issues_sections_items_kind";
  DROP TYPE "public"."enum_issues_issuedate_tz";
  DROP TYPE "public"."enum_issues_status";
  DROP TYPE "public"."enum__issues_v_version_highlights_kind";
  DROP TYPE "public"."enum__issues_v_version_sections_items_kind";
  DROP TYPE "public"."enum__issues_v_version_issuedate_tz";
  DROP TYPE "public"."enum__issues_v_version_status";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_events_organisers_role";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum_events_attendance";
  DROP TYPE "public"."enum_events_registration_deadline_tz";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_organisers_role";
  DROP TYPE "public"."enum__events_v_version_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_attendance";
  DROP TYPE "public"."enum__events_v_version_registration_deadline_tz";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum_reference_groups_memberships_role";
  DROP TYPE "public"."enum_reference_groups_call_to_join_deadline_tz";
  DROP TYPE "public"."enum_reference_groups_status";
  DROP TYPE "public"."enum__reference_groups_v_version_memberships_role";
  DROP TYPE "public"."enum__reference_groups_v_version_call_to_join_deadline_tz";
  DROP TYPE "public"."enum__reference_groups_v_version_status";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
