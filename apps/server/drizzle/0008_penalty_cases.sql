CREATE TABLE "case_officers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"assigned_by" uuid,
	"removed_at" timestamp with time zone,
	"removed_reason" text
);
--> statement-breakpoint
CREATE TABLE "case_steps" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL,
	"basis" text NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_number_series" (
	"bureau_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "document_number_series_pk" PRIMARY KEY("bureau_id","kind","year")
);
--> statement-breakpoint
CREATE TABLE "penalty_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"power_id" uuid NOT NULL,
	"procedure" text,
	"state" text NOT NULL,
	"case_number" text,
	"decision_number" text,
	"party_kind" text NOT NULL,
	"party_name" text NOT NULL,
	"party_id_sealed" text,
	"party_id_index" text,
	"party_address" text,
	"party_birth_date" date,
	"party_lacked_capacity" boolean DEFAULT false NOT NULL,
	"conduct" text NOT NULL,
	"lead_source" text NOT NULL,
	"lead_summary" text NOT NULL,
	"lead_received_at" timestamp with time zone NOT NULL,
	"violation_started_on" date,
	"violation_ended_on" date,
	"violation_ongoing" boolean DEFAULT false NOT NULL,
	"violation_serious_harm" boolean DEFAULT false NOT NULL,
	"legal_basis" jsonb NOT NULL,
	"flags" jsonb NOT NULL,
	"proposed_penalty" jsonb,
	"decision_clock_suspensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision_clock_extensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"registered_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_steps" ADD CONSTRAINT "case_steps_case_id_penalty_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_steps" ADD CONSTRAINT "case_steps_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_number_series" ADD CONSTRAINT "document_number_series_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_cases" ADD CONSTRAINT "penalty_cases_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_cases" ADD CONSTRAINT "penalty_cases_subject_id_enforcement_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."enforcement_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_cases" ADD CONSTRAINT "penalty_cases_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_cases" ADD CONSTRAINT "penalty_cases_power_id_powers_id_fk" FOREIGN KEY ("power_id") REFERENCES "public"."powers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_cases" ADD CONSTRAINT "penalty_cases_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_officers_case_idx" ON "case_officers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_officers_officer_idx" ON "case_officers" USING btree ("officer_id","case_id") WHERE removed_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "case_officers_active_uq" ON "case_officers" USING btree ("case_id","officer_id") WHERE removed_at is null;--> statement-breakpoint
CREATE INDEX "case_steps_case_idx" ON "case_steps" USING btree ("case_id","at","id");--> statement-breakpoint
CREATE INDEX "penalty_cases_dept_state_idx" ON "penalty_cases" USING btree ("bureau_id","department_id","state","lead_received_at","id");--> statement-breakpoint
CREATE INDEX "penalty_cases_bureau_received_idx" ON "penalty_cases" USING btree ("bureau_id","lead_received_at","id");--> statement-breakpoint
CREATE INDEX "penalty_cases_state_idx" ON "penalty_cases" USING btree ("bureau_id","state","lead_received_at");--> statement-breakpoint
CREATE INDEX "penalty_cases_party_idx" ON "penalty_cases" USING btree ("bureau_id","party_id_index");--> statement-breakpoint
CREATE INDEX "penalty_cases_power_idx" ON "penalty_cases" USING btree ("power_id");--> statement-breakpoint
CREATE INDEX "penalty_cases_registered_by_idx" ON "penalty_cases" USING btree ("registered_by");--> statement-breakpoint
CREATE UNIQUE INDEX "penalty_cases_decision_number_uq" ON "penalty_cases" USING btree ("bureau_id","decision_number");