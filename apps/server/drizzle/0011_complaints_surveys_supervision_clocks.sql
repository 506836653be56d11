CREATE TABLE "case_clock_marks" (
	"case_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"seq" bigint NOT NULL,
	CONSTRAINT "case_clock_marks_case_id_reason_pk" PRIMARY KEY("case_id","reason")
);
--> statement-breakpoint
CREATE TABLE "case_clocks" (
	"case_id" uuid NOT NULL,
	"clock_id" text NOT NULL,
	"bureau_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date,
	"deadline" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"reminded_key" text,
	CONSTRAINT "case_clocks_case_id_clock_id_pk" PRIMARY KEY("case_id","clock_id")
);
--> statement-breakpoint
CREATE TABLE "survey_invitation_officers" (
	"invitation_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	CONSTRAINT "survey_invitation_officers_invitation_id_officer_id_pk" PRIMARY KEY("invitation_id","officer_id")
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invitation_id" uuid NOT NULL,
	"bureau_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text,
	"responded_at" timestamp with time zone NOT NULL,
	"responded_on" date NOT NULL,
	CONSTRAINT "survey_responses_rating_ck" CHECK ("survey_responses"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "complaint_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"sm3" text NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_steps" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"on" date NOT NULL,
	"payload" jsonb NOT NULL,
	"basis" text NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"serial" bigserial NOT NULL,
	"bureau_id" uuid NOT NULL,
	"department_id" uuid,
	"handler_user_id" uuid,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"source" text NOT NULL,
	"via" text DEFAULT 'direct' NOT NULL,
	"contact_name_sealed" text NOT NULL,
	"contact_name_masked" text NOT NULL,
	"contact_phone_sealed" text,
	"contact_phone_masked" text,
	"contact_phone_index" text,
	"contact_email_sealed" text,
	"contact_email_index" text,
	"contact_address_sealed" text,
	"about" text DEFAULT '' NOT NULL,
	"subject_officer_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"state" text NOT NULL,
	"route" text,
	"tracking_code_hash" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"accepted_on" date,
	"notice_served_on" date,
	"not_accepted" jsonb,
	"extensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reply" jsonb,
	"replied_on" date,
	"reply_received_on" date,
	"review" jsonb,
	"reexamination" jsonb,
	"outcome" text,
	"closed_on" date,
	"survey_code_sealed" text,
	"linked_case_id" uuid,
	"next_due_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "social_supervisors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"name" text NOT NULL,
	"mobile_sealed" text,
	"mobile_index" text,
	"id_card_sealed" text,
	"id_card_index" text,
	"employer" text NOT NULL,
	"sector" text NOT NULL,
	"document_number" text NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"category" text NOT NULL,
	"about_unit" text NOT NULL,
	"case_number" text,
	"officer_name" text,
	"occurred_on" date,
	"content" text NOT NULL,
	"department_id" uuid,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"close_reason" text,
	"closed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervisor_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"login_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"password_changed_at" timestamp with time zone NOT NULL,
	"must_change_password" boolean DEFAULT true NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervisor_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text
);
--> statement-breakpoint
ALTER TABLE "decision_publications" ALTER COLUMN "case_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "complaint_id" uuid;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD COLUMN "power_id" uuid;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD COLUMN "matter_name" text;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD COLUMN "result_label" text;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD COLUMN "party_name" text;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD COLUMN "party_id_sealed" text;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD COLUMN "party_address" text;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD COLUMN "party_birth_date" date;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD COLUMN "content" text;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD COLUMN "legal_basis" jsonb;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD COLUMN "registered_by" uuid;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD COLUMN "expired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_clocks" ADD CONSTRAINT "case_clocks_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_clocks" ADD CONSTRAINT "case_clocks_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitation_officers" ADD CONSTRAINT "survey_invitation_officers_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitation_officers" ADD CONSTRAINT "survey_invitation_officers_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_steps" ADD CONSTRAINT "complaint_steps_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_steps" ADD CONSTRAINT "complaint_steps_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_handler_user_id_users_id_fk" FOREIGN KEY ("handler_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_linked_case_id_penalty_cases_id_fk" FOREIGN KEY ("linked_case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_supervisors" ADD CONSTRAINT "social_supervisors_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_supervisors" ADD CONSTRAINT "social_supervisors_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_observations" ADD CONSTRAINT "supervision_observations_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_observations" ADD CONSTRAINT "supervision_observations_supervisor_id_social_supervisors_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."social_supervisors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_observations" ADD CONSTRAINT "supervision_observations_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_observations" ADD CONSTRAINT "supervision_observations_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisor_accounts" ADD CONSTRAINT "supervisor_accounts_supervisor_id_social_supervisors_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."social_supervisors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisor_sessions" ADD CONSTRAINT "supervisor_sessions_account_id_supervisor_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."supervisor_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_clocks_due_idx" ON "case_clocks" USING btree ("bureau_id","due_date");--> statement-breakpoint
CREATE INDEX "survey_invitation_officers_officer_idx" ON "survey_invitation_officers" USING btree ("officer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_code_uq" ON "survey_invitations" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "survey_invitations_subject_idx" ON "survey_invitations" USING btree ("subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "survey_invitations_dept_idx" ON "survey_invitations" USING btree ("bureau_id","department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_invitation_uq" ON "survey_responses" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "survey_responses_dept_idx" ON "survey_responses" USING btree ("bureau_id","department_id","responded_at");--> statement-breakpoint
CREATE INDEX "complaint_attachments_complaint_idx" ON "complaint_attachments" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_steps_complaint_idx" ON "complaint_steps" USING btree ("complaint_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_tracking_code_idx" ON "complaints" USING btree ("tracking_code_hash");--> statement-breakpoint
CREATE INDEX "complaints_bureau_state_idx" ON "complaints" USING btree ("bureau_id","state","received_at");--> statement-breakpoint
CREATE INDEX "complaints_dept_idx" ON "complaints" USING btree ("bureau_id","department_id","received_at");--> statement-breakpoint
CREATE INDEX "complaints_handler_idx" ON "complaints" USING btree ("handler_user_id");--> statement-breakpoint
CREATE INDEX "complaints_due_idx" ON "complaints" USING btree ("bureau_id","next_due_on");--> statement-breakpoint
CREATE INDEX "complaints_phone_idx" ON "complaints" USING btree ("contact_phone_index","received_at");--> statement-breakpoint
CREATE INDEX "complaints_email_idx" ON "complaints" USING btree ("contact_email_index","received_at");--> statement-breakpoint
CREATE INDEX "social_supervisors_bureau_idx" ON "social_supervisors" USING btree ("bureau_id","status","term_end");--> statement-breakpoint
CREATE UNIQUE INDEX "social_supervisors_document_uq" ON "social_supervisors" USING btree ("bureau_id","document_number");--> statement-breakpoint
CREATE INDEX "social_supervisors_id_card_idx" ON "social_supervisors" USING btree ("id_card_index");--> statement-breakpoint
CREATE INDEX "supervision_observations_queue_idx" ON "supervision_observations" USING btree ("bureau_id","state","submitted_at");--> statement-breakpoint
CREATE INDEX "supervision_observations_supervisor_idx" ON "supervision_observations" USING btree ("supervisor_id","submitted_at");--> statement-breakpoint
CREATE INDEX "supervision_observations_department_idx" ON "supervision_observations" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supervisor_accounts_login_uq" ON "supervisor_accounts" USING btree (lower("login_name"));--> statement-breakpoint
CREATE UNIQUE INDEX "supervisor_accounts_supervisor_uq" ON "supervisor_accounts" USING btree ("supervisor_id");--> statement-breakpoint
CREATE INDEX "supervisor_sessions_account_idx" ON "supervisor_sessions" USING btree ("account_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD CONSTRAINT "decision_publications_power_id_powers_id_fk" FOREIGN KEY ("power_id") REFERENCES "public"."powers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD CONSTRAINT "decision_publications_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "decision_publications_number_uq" ON "decision_publications" USING btree ("bureau_id","result_type","decision_number") WHERE case_id is null;--> statement-breakpoint
CREATE INDEX "decision_publications_expiry_idx" ON "decision_publications" USING btree ("expires_on") WHERE state = 'published' and expires_on is not null;