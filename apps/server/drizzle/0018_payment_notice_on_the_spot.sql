ALTER TABLE "payment_notices" ADD COLUMN "on_the_spot" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
-- Notices issued before this column: those of on-the-spot decisions (simple procedure) are 复议前置 too.
UPDATE "payment_notices" SET "on_the_spot" = true FROM "penalty_cases" WHERE "penalty_cases"."id" = "payment_notices"."case_id" AND "penalty_cases"."procedure" = 'simple';
