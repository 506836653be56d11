CREATE TABLE "legal_article_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"text" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"document_version_id" uuid,
	"sanction" jsonb,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"article_no" integer NOT NULL,
	"paragraph_no" integer,
	"item_no" integer,
	"sort_key" text NOT NULL,
	"text" text NOT NULL,
	"search_bigrams" text[] NOT NULL,
	"search_text" text,
	"is_penalty_provision" boolean DEFAULT false NOT NULL,
	"repealed_on" date,
	"repeal_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_document_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"label" text NOT NULL,
	"adopted_on" date,
	"published_on" date,
	"effective_from" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"issuing_body" text NOT NULL,
	"document_number" text,
	"published_on" date,
	"effective_from" date NOT NULL,
	"repealed_on" date,
	"repeal_reason" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"file_name" text,
	"format" text NOT NULL,
	"status" text NOT NULL,
	"progress" double precision DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"valid" integer DEFAULT 0 NOT NULL,
	"document_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"documents" jsonb,
	"failure_reason" text,
	"imported" integer,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coverage_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"bureau_id" uuid NOT NULL,
	"xid" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL,
	"kind" text NOT NULL,
	"ref_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "power_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"power_id" uuid NOT NULL,
	"department_id" uuid,
	"post_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"leader_in_charge_id" uuid,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"superseded_by" uuid,
	"reason" text,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "power_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"list_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"file_name" text,
	"format" text NOT NULL,
	"status" text NOT NULL,
	"progress" double precision DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"valid" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"unlinked_bases" integer DEFAULT 0 NOT NULL,
	"rows" jsonb,
	"failure_reason" text,
	"imported" integer,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "power_list_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"list_id" uuid NOT NULL,
	"power_id" uuid NOT NULL,
	"change" text NOT NULL,
	"change_reason" text,
	"code" text NOT NULL,
	"catalog_code" text,
	"category" text NOT NULL,
	"catalog_type" text NOT NULL,
	"name" text NOT NULL,
	"target" text DEFAULT '' NOT NULL,
	"basis" jsonb NOT NULL,
	"basis_article_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"department_name" text DEFAULT '' NOT NULL,
	"level" text DEFAULT '' NOT NULL,
	"enforcement_field" text NOT NULL,
	"area" text NOT NULL,
	"sanctions" jsonb,
	"hearing_eligible" boolean DEFAULT false NOT NULL,
	"hearing_condition" text,
	"scope" text,
	"authority" text,
	"standard" text,
	"procedure" text,
	"responsibility" text,
	"accountability_triggers" text[] DEFAULT '{}'::text[] NOT NULL,
	"statutory_time_limit" jsonb,
	"fees" text,
	"supervision_channel" text,
	"verification" text DEFAULT 'unverified' NOT NULL,
	"verification_note" text,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "power_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"drafted_by" uuid NOT NULL,
	"drafted_by_name" text,
	"approved_by" uuid,
	"approved_by_name" text,
	"approved_on" date,
	"published_on" date,
	"status_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "power_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"power_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"department_id" uuid NOT NULL,
	"post_id" uuid,
	"metric" text NOT NULL,
	"planned" integer NOT NULL,
	"unit" text NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "powers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legal_article_versions" ADD CONSTRAINT "legal_article_versions_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_article_versions" ADD CONSTRAINT "legal_article_versions_article_id_legal_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."legal_articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_article_versions" ADD CONSTRAINT "legal_article_versions_document_version_id_legal_document_versions_id_fk" FOREIGN KEY ("document_version_id") REFERENCES "public"."legal_document_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_articles" ADD CONSTRAINT "legal_articles_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_articles" ADD CONSTRAINT "legal_articles_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_document_versions" ADD CONSTRAINT "legal_document_versions_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_document_versions" ADD CONSTRAINT "legal_document_versions_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_imports" ADD CONSTRAINT "legal_imports_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_imports" ADD CONSTRAINT "legal_imports_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_assignments" ADD CONSTRAINT "power_assignments_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_assignments" ADD CONSTRAINT "power_assignments_power_id_powers_id_fk" FOREIGN KEY ("power_id") REFERENCES "public"."powers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_assignments" ADD CONSTRAINT "power_assignments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_assignments" ADD CONSTRAINT "power_assignments_leader_in_charge_id_leadership_group_members_id_fk" FOREIGN KEY ("leader_in_charge_id") REFERENCES "public"."leadership_group_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_assignments" ADD CONSTRAINT "power_assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_imports" ADD CONSTRAINT "power_imports_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_imports" ADD CONSTRAINT "power_imports_list_id_power_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."power_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_imports" ADD CONSTRAINT "power_imports_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_list_items" ADD CONSTRAINT "power_list_items_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_list_items" ADD CONSTRAINT "power_list_items_list_id_power_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."power_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_list_items" ADD CONSTRAINT "power_list_items_power_id_powers_id_fk" FOREIGN KEY ("power_id") REFERENCES "public"."powers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_lists" ADD CONSTRAINT "power_lists_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_lists" ADD CONSTRAINT "power_lists_subject_id_enforcement_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."enforcement_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_lists" ADD CONSTRAINT "power_lists_drafted_by_users_id_fk" FOREIGN KEY ("drafted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_lists" ADD CONSTRAINT "power_lists_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_targets" ADD CONSTRAINT "power_targets_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_targets" ADD CONSTRAINT "power_targets_power_id_powers_id_fk" FOREIGN KEY ("power_id") REFERENCES "public"."powers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_targets" ADD CONSTRAINT "power_targets_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_targets" ADD CONSTRAINT "power_targets_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "powers" ADD CONSTRAINT "powers_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "powers" ADD CONSTRAINT "powers_subject_id_enforcement_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."enforcement_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "legal_article_versions_article_idx" ON "legal_article_versions" USING btree ("article_id","effective_from");--> statement-breakpoint
CREATE INDEX "legal_articles_bigrams_gin" ON "legal_articles" USING gin ("search_bigrams");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_articles_address_uq" ON "legal_articles" USING btree ("document_id","article_no",coalesce("paragraph_no", 0),coalesce("item_no", 0));--> statement-breakpoint
CREATE INDEX "legal_articles_bureau_idx" ON "legal_articles" USING btree ("bureau_id","is_penalty_provision");--> statement-breakpoint
CREATE INDEX "legal_articles_order_idx" ON "legal_articles" USING btree ("bureau_id","sort_key" collate "C","article_no","paragraph_no" NULLS FIRST,"item_no" NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "legal_document_versions_doc_idx" ON "legal_document_versions" USING btree ("document_id","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_documents_title_uq" ON "legal_documents" USING btree ("bureau_id","title");--> statement-breakpoint
CREATE INDEX "legal_documents_level_idx" ON "legal_documents" USING btree ("bureau_id","level");--> statement-breakpoint
CREATE INDEX "legal_imports_bureau_idx" ON "legal_imports" USING btree ("bureau_id","created_at");--> statement-breakpoint
CREATE INDEX "coverage_changes_xid_idx" ON "coverage_changes" USING btree ("bureau_id","xid");--> statement-breakpoint
CREATE INDEX "coverage_changes_created_idx" ON "coverage_changes" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "power_assignments_power_idx" ON "power_assignments" USING btree ("power_id","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "power_assignments_open_uq" ON "power_assignments" USING btree ("power_id") WHERE effective_to is null;--> statement-breakpoint
CREATE INDEX "power_assignments_bureau_idx" ON "power_assignments" USING btree ("bureau_id");--> statement-breakpoint
CREATE INDEX "power_imports_bureau_idx" ON "power_imports" USING btree ("bureau_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "power_list_items_power_uq" ON "power_list_items" USING btree ("list_id","power_id");--> statement-breakpoint
CREATE UNIQUE INDEX "power_list_items_code_uq" ON "power_list_items" USING btree ("list_id","code") WHERE change <> 'removed';--> statement-breakpoint
CREATE INDEX "power_list_items_articles_gin" ON "power_list_items" USING gin ("basis_article_ids");--> statement-breakpoint
CREATE INDEX "power_list_items_power_idx" ON "power_list_items" USING btree ("power_id");--> statement-breakpoint
CREATE UNIQUE INDEX "power_lists_version_uq" ON "power_lists" USING btree ("subject_id","version_no");--> statement-breakpoint
CREATE INDEX "power_lists_bureau_idx" ON "power_lists" USING btree ("bureau_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "power_targets_uq" ON "power_targets" USING btree ("power_id","year","department_id",coalesce("post_id", '00000000-0000-0000-0000-000000000000'::uuid),"metric");--> statement-breakpoint
CREATE INDEX "power_targets_bureau_idx" ON "power_targets" USING btree ("bureau_id","year");--> statement-breakpoint
CREATE INDEX "powers_bureau_idx" ON "powers" USING btree ("bureau_id");