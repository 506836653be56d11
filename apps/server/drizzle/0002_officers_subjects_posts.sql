CREATE TABLE "leadership_group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"title" text,
	"position" text NOT NULL,
	"duties" text,
	"from_date" date NOT NULL,
	"to_date" date,
	"end_reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"duties" text,
	"status" text DEFAULT 'active' NOT NULL,
	"closed_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"name" text NOT NULL,
	"credit_code" text NOT NULL,
	"kind" text NOT NULL,
	"status" text,
	"legal_basis" text NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"entrusting_subject_id" uuid,
	"entrustment_scope" text[] DEFAULT '{}'::text[] NOT NULL,
	"entrustment_start" date,
	"entrustment_end" date,
	"is_bureau_itself" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"decided_on" date NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"details" jsonb,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"number" text,
	"issuing_authority" text,
	"status" text NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"last_reviewed_year" integer,
	"check_code" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrity_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"signed_on" date NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"type" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"decided_on" date NOT NULL,
	"ends_on" date,
	"issued_by" text,
	"rescinded" boolean DEFAULT false NOT NULL,
	"rescind_reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"department_id" uuid,
	"post_id" uuid,
	"user_id" uuid,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"id_card_sealed" text NOT NULL,
	"id_card_index" text NOT NULL,
	"employment_type" text NOT NULL,
	"legal_profession_qualification" boolean DEFAULT false NOT NULL,
	"legal_profession_certificate_number" text,
	"education" text,
	"photo_file_id" text,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer_trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"course" text NOT NULL,
	"hours" numeric(6, 1) NOT NULL,
	"trained_on" date NOT NULL,
	"exam_score" numeric(5, 1),
	"provider" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "leadership_group_members" ADD CONSTRAINT "leadership_group_members_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_subjects" ADD CONSTRAINT "enforcement_subjects_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_status_changes" ADD CONSTRAINT "subject_status_changes_subject_id_enforcement_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."enforcement_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_events" ADD CONSTRAINT "certificate_events_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_commitments" ADD CONSTRAINT "integrity_commitments_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_history" ADD CONSTRAINT "officer_history_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_records" ADD CONSTRAINT "officer_records_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_subject_id_enforcement_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."enforcement_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_trainings" ADD CONSTRAINT "officer_trainings_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leadership_group_bureau_idx" ON "leadership_group_members" USING btree ("bureau_id");--> statement-breakpoint
CREATE INDEX "posts_department_idx" ON "posts" USING btree ("bureau_id","department_id");--> statement-breakpoint
CREATE INDEX "enforcement_subjects_bureau_idx" ON "enforcement_subjects" USING btree ("bureau_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_subjects_credit_code_uq" ON "enforcement_subjects" USING btree ("bureau_id","credit_code");--> statement-breakpoint
CREATE INDEX "subject_status_changes_subject_idx" ON "subject_status_changes" USING btree ("subject_id","at");--> statement-breakpoint
CREATE INDEX "certificate_events_cert_idx" ON "certificate_events" USING btree ("certificate_id","at");--> statement-breakpoint
CREATE INDEX "certificates_officer_idx" ON "certificates" USING btree ("officer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_number_uq" ON "certificates" USING btree ("number");--> statement-breakpoint
CREATE INDEX "certificates_expiry_idx" ON "certificates" USING btree ("bureau_id","status","valid_to");--> statement-breakpoint
CREATE INDEX "integrity_commitments_officer_idx" ON "integrity_commitments" USING btree ("officer_id","year");--> statement-breakpoint
CREATE INDEX "officer_history_officer_idx" ON "officer_history" USING btree ("officer_id","at");--> statement-breakpoint
CREATE INDEX "officer_records_officer_idx" ON "officer_records" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "officers_scope_idx" ON "officers" USING btree ("bureau_id","department_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "officers_id_card_uq" ON "officers" USING btree ("bureau_id","id_card_index");--> statement-breakpoint
CREATE INDEX "officers_user_idx" ON "officers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "officer_trainings_officer_idx" ON "officer_trainings" USING btree ("officer_id","trained_on");