CREATE TABLE "case_list_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"department_id" uuid,
	"name" text NOT NULL,
	"filters" jsonb NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_recusals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"user_id" uuid,
	"officer_id" uuid,
	"person_name" text NOT NULL,
	"requested_by" text NOT NULL,
	"reason" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_by_name" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_by_name" text,
	"decision_reason" text
);
--> statement-breakpoint
CREATE TABLE "workday_year_revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"revision" integer NOT NULL,
	"holidays" jsonb NOT NULL,
	"extra_workdays" jsonb NOT NULL,
	"source" text NOT NULL,
	"notice" text,
	"reason" text,
	"entered_by" uuid,
	"entered_by_name" text,
	"entered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workday_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"holidays" jsonb NOT NULL,
	"extra_workdays" jsonb NOT NULL,
	"source" text NOT NULL,
	"notice" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"entered_by" uuid,
	"entered_by_name" text,
	"entered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text DEFAULT 'deadline' NOT NULL,
	"case_id" uuid,
	"clock_id" text,
	"due_date" date,
	"level" text NOT NULL,
	"lead_days" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reminder_settings" (
	"bureau_id" uuid PRIMARY KEY NOT NULL,
	"lead_working_days" integer[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"result_type" text DEFAULT 'penalty' NOT NULL,
	"decision_number" text NOT NULL,
	"party_kind" text NOT NULL,
	"penalty" jsonb NOT NULL,
	"decided_on" date NOT NULL,
	"due_on" date NOT NULL,
	"state" text NOT NULL,
	"refusals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"flags" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"extra_persons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extra_hidden" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"edited_text" text,
	"title" text,
	"party_display" text,
	"penalty_summary" text,
	"agency_name" text,
	"published_text" text,
	"search_terms" text[],
	"published_at" timestamp with time zone,
	"published_on" date,
	"published_by" uuid,
	"expires_on" date,
	"withdrawal_ground" text,
	"withdrawal_reason" text,
	"altered_on" date,
	"withdrawal_due_on" date,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosure_settings" (
	"bureau_id" uuid PRIMARY KEY NOT NULL,
	"party_name_style" text DEFAULT 'surnameMou' NOT NULL,
	"expiry_preset" text DEFAULT 'default' NOT NULL,
	"exclude_warning_only" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "evidence_custody_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"from_holder" text,
	"to_holder" text NOT NULL,
	"reason" text NOT NULL,
	"corrects_seq" integer,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"sm3" text NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"kind" text NOT NULL,
	"size" bigint NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_by_name" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"obtained_how" text NOT NULL,
	"collectors" jsonb NOT NULL,
	"collected_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"record" jsonb,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_preservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"status" text NOT NULL,
	"emergency" boolean NOT NULL,
	"reason" text NOT NULL,
	"items" jsonb NOT NULL,
	"location" text NOT NULL,
	"holder" text NOT NULL,
	"applied_by" uuid NOT NULL,
	"applied_by_name" text NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	"approved_by" uuid,
	"approved_by_name" text,
	"approved_at" timestamp with time zone,
	"opinion" text,
	"decision" text,
	"decision_note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seized_property" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"preservation_id" uuid,
	"name" text NOT NULL,
	"quantity" text NOT NULL,
	"unit" text NOT NULL,
	"location" text NOT NULL,
	"holder" text NOT NULL,
	"status" text NOT NULL,
	"approved_disposal" text,
	"approved_by" uuid,
	"approved_by_name" text,
	"approved_at" timestamp with time zone,
	"proceeds_fen" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seized_property_movements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"property_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"location" text NOT NULL,
	"holder" text NOT NULL,
	"note" text NOT NULL,
	"proceeds_fen" bigint,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"decision_number" text,
	"party_name" text NOT NULL,
	"penalty" jsonb NOT NULL,
	"fine_fen" bigint NOT NULL,
	"confiscated_income_fen" bigint NOT NULL,
	"principal_fen" bigint NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"served_on" date,
	"arrangement" jsonb,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reminder" jsonb,
	"court_application" jsonb,
	"paid_in_full_on" date,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_reconciliations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"file_name" text,
	"encoding" text,
	"sha256" text NOT NULL,
	"status" text NOT NULL,
	"failure_reason" text,
	"rows" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"report" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"committed_at" timestamp with time zone,
	"committed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "payment_reference_series" (
	"year" integer NOT NULL,
	"last_number" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "payment_reference_series_pk" PRIMARY KEY("year")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"notice_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"source" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	"paid_on" date NOT NULL,
	"payer_name" text DEFAULT '' NOT NULL,
	"bank_serial" text,
	"reconciliation_id" uuid,
	"receipt_number" text,
	"receipt_issuer" text,
	"cash_ground" text,
	"on_water" boolean DEFAULT false NOT NULL,
	"landed_on" date,
	"handed_to_agency_on" date,
	"handed_to_agency_by" uuid,
	"deposited_to_bank_on" date,
	"deposited_by" uuid,
	"recorded_by" uuid NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"title" text NOT NULL,
	"version" integer NOT NULL,
	"file_hash" text NOT NULL,
	"size" integer NOT NULL,
	"model" jsonb NOT NULL,
	"generated_by" uuid NOT NULL,
	"generated_by_name" text NOT NULL,
	"generated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_list_views" ADD CONSTRAINT "case_list_views_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_list_views" ADD CONSTRAINT "case_list_views_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_list_views" ADD CONSTRAINT "case_list_views_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_recusals" ADD CONSTRAINT "case_recusals_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_recusals" ADD CONSTRAINT "case_recusals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_recusals" ADD CONSTRAINT "case_recusals_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_recusals" ADD CONSTRAINT "case_recusals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_recusals" ADD CONSTRAINT "case_recusals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workday_year_revisions" ADD CONSTRAINT "workday_year_revisions_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workday_years" ADD CONSTRAINT "workday_years_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_settings" ADD CONSTRAINT "reminder_settings_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_settings" ADD CONSTRAINT "reminder_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD CONSTRAINT "decision_publications_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD CONSTRAINT "decision_publications_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD CONSTRAINT "decision_publications_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD CONSTRAINT "decision_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD CONSTRAINT "decision_publications_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_settings" ADD CONSTRAINT "disclosure_settings_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_settings" ADD CONSTRAINT "disclosure_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_custody_events" ADD CONSTRAINT "evidence_custody_events_item_id_evidence_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."evidence_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_custody_events" ADD CONSTRAINT "evidence_custody_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_item_id_evidence_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."evidence_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_preservations" ADD CONSTRAINT "evidence_preservations_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_preservations" ADD CONSTRAINT "evidence_preservations_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_preservations" ADD CONSTRAINT "evidence_preservations_applied_by_users_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_preservations" ADD CONSTRAINT "evidence_preservations_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_preservations" ADD CONSTRAINT "evidence_preservations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seized_property" ADD CONSTRAINT "seized_property_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seized_property" ADD CONSTRAINT "seized_property_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seized_property" ADD CONSTRAINT "seized_property_preservation_id_evidence_preservations_id_fk" FOREIGN KEY ("preservation_id") REFERENCES "public"."evidence_preservations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seized_property" ADD CONSTRAINT "seized_property_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seized_property_movements" ADD CONSTRAINT "seized_property_movements_property_id_seized_property_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."seized_property"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seized_property_movements" ADD CONSTRAINT "seized_property_movements_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_notices" ADD CONSTRAINT "payment_notices_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_notices" ADD CONSTRAINT "payment_notices_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_reconciliations" ADD CONSTRAINT "payment_reconciliations_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_reconciliations" ADD CONSTRAINT "payment_reconciliations_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_reconciliations" ADD CONSTRAINT "payment_reconciliations_committed_by_users_id_fk" FOREIGN KEY ("committed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_notice_id_payment_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."payment_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_reconciliation_id_payment_reconciliations_id_fk" FOREIGN KEY ("reconciliation_id") REFERENCES "public"."payment_reconciliations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_handed_to_agency_by_users_id_fk" FOREIGN KEY ("handed_to_agency_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_deposited_by_users_id_fk" FOREIGN KEY ("deposited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_generated_by_users_id_fk" FOREIGN KEY ("generated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_list_views_owner_name_uq" ON "case_list_views" USING btree ("owner_id","name") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "case_list_views_shared_idx" ON "case_list_views" USING btree ("department_id") WHERE shared and deleted_at is null;--> statement-breakpoint
CREATE INDEX "case_recusals_case_idx" ON "case_recusals" USING btree ("case_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "workday_year_revisions_year_uq" ON "workday_year_revisions" USING btree ("year","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_uq" ON "notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id") WHERE read_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "decision_publications_case_uq" ON "decision_publications" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "decision_publications_queue_idx" ON "decision_publications" USING btree ("bureau_id","state","due_on");--> statement-breakpoint
CREATE INDEX "decision_publications_portal_idx" ON "decision_publications" USING btree ("bureau_id","published_at","id") WHERE state = 'published';--> statement-breakpoint
CREATE INDEX "decision_publications_terms_gin" ON "decision_publications" USING gin ("search_terms") WHERE state = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_custody_item_seq_uq" ON "evidence_custody_events" USING btree ("item_id","seq");--> statement-breakpoint
CREATE INDEX "evidence_files_item_idx" ON "evidence_files" USING btree ("item_id","uploaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_items_case_seq_uq" ON "evidence_items" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "evidence_items_bureau_idx" ON "evidence_items" USING btree ("bureau_id","created_at");--> statement-breakpoint
CREATE INDEX "evidence_preservations_case_idx" ON "evidence_preservations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "evidence_preservations_open_idx" ON "evidence_preservations" USING btree ("bureau_id","status");--> statement-breakpoint
CREATE INDEX "seized_property_case_idx" ON "seized_property" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "seized_property_bureau_idx" ON "seized_property" USING btree ("bureau_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "seized_property_movements_seq_uq" ON "seized_property_movements" USING btree ("property_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_notices_reference_uq" ON "payment_notices" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_notices_case_uq" ON "payment_notices" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "payment_notices_bureau_idx" ON "payment_notices" USING btree ("bureau_id","issued_at");--> statement-breakpoint
CREATE INDEX "payment_reconciliations_bureau_idx" ON "payment_reconciliations" USING btree ("bureau_id","created_at");--> statement-breakpoint
CREATE INDEX "payments_notice_idx" ON "payments" USING btree ("notice_id","paid_at");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_bank_serial_uq" ON "payments" USING btree ("bureau_id","bank_serial") WHERE bank_serial is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "payments_receipt_uq" ON "payments" USING btree ("bureau_id","receipt_number") WHERE receipt_number is not null;--> statement-breakpoint
CREATE INDEX "payments_cash_open_idx" ON "payments" USING btree ("bureau_id") WHERE source = 'cash' and deposited_to_bank_on is null;--> statement-breakpoint
CREATE UNIQUE INDEX "case_documents_version_uq" ON "case_documents" USING btree ("case_id","kind","version");--> statement-breakpoint
CREATE INDEX "case_documents_case_idx" ON "case_documents" USING btree ("case_id","generated_at");--> statement-breakpoint
CREATE INDEX "case_documents_bureau_idx" ON "case_documents" USING btree ("bureau_id","generated_at");--> statement-breakpoint
CREATE INDEX "penalty_cases_case_number_prefix_idx" ON "penalty_cases" USING btree ("bureau_id","case_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "penalty_cases_decision_number_prefix_idx" ON "penalty_cases" USING btree ("bureau_id","decision_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "penalty_cases_party_name_prefix_idx" ON "penalty_cases" USING btree ("bureau_id","party_name" text_pattern_ops);