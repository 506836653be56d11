CREATE TABLE "complaint_channels" (
	"bureau_id" uuid PRIMARY KEY NOT NULL,
	"hotline" text DEFAULT '' NOT NULL,
	"hotline_hours" text DEFAULT '' NOT NULL,
	"mail_address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"reception_address" text DEFAULT '' NOT NULL,
	"reception_hours" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "redirect" jsonb;--> statement-breakpoint
ALTER TABLE "complaint_channels" ADD CONSTRAINT "complaint_channels_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_channels" ADD CONSTRAINT "complaint_channels_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;