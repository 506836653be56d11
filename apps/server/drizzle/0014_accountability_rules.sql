CREATE TABLE "accountability_rules" (
	"bureau_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"document_number" text DEFAULT '' NOT NULL,
	"effective_on" date NOT NULL,
	"paragraphs" text[] NOT NULL,
	"report_unit" text NOT NULL,
	"report_phone" text DEFAULT '' NOT NULL,
	"report_address" text DEFAULT '' NOT NULL,
	"report_email" text DEFAULT '' NOT NULL,
	"report_hours" text DEFAULT '' NOT NULL,
	"change_note" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "accountability_rules_bureau_id_version_pk" PRIMARY KEY("bureau_id","version")
);
--> statement-breakpoint
ALTER TABLE "accountability_rules" ADD CONSTRAINT "accountability_rules_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_rules" ADD CONSTRAINT "accountability_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;