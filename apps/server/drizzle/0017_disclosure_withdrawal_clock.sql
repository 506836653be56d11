ALTER TABLE "decision_publications" ADD COLUMN "altered_document" text;--> statement-breakpoint
ALTER TABLE "decision_publications" ADD COLUMN "alteration_registered_at" timestamp with time zone;