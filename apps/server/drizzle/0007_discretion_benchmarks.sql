CREATE TABLE "discretion_benchmarks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"power_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"status" text NOT NULL,
	"power_code" text NOT NULL,
	"benchmark" jsonb NOT NULL,
	"note" text,
	"saved_by" uuid,
	"saved_by_name" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "discretion_benchmarks" ADD CONSTRAINT "discretion_benchmarks_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discretion_benchmarks" ADD CONSTRAINT "discretion_benchmarks_power_id_powers_id_fk" FOREIGN KEY ("power_id") REFERENCES "public"."powers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discretion_benchmarks" ADD CONSTRAINT "discretion_benchmarks_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "discretion_benchmarks_version_uq" ON "discretion_benchmarks" USING btree ("power_id","version_no");--> statement-breakpoint
CREATE INDEX "discretion_benchmarks_published_idx" ON "discretion_benchmarks" USING btree ("power_id","version_no") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "discretion_benchmarks_bureau_idx" ON "discretion_benchmarks" USING btree ("bureau_id");