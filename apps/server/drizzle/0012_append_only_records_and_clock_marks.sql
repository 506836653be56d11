-- 满意度评议 responses are the party's word: kept as given, never edited or removed (issue 6 "results are kept per
-- department and officer for evaluation"). Refuse UPDATE, DELETE, TRUNCATE.
CREATE OR REPLACE FUNCTION survey_responses_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER survey_responses_no_update BEFORE UPDATE OR DELETE ON survey_responses
  FOR EACH ROW EXECUTE FUNCTION survey_responses_append_only();
--> statement-breakpoint
CREATE TRIGGER survey_responses_no_truncate BEFORE TRUNCATE ON survey_responses
  FOR EACH STATEMENT EXECUTE FUNCTION survey_responses_append_only();

--> statement-breakpoint
-- The history of a complaint (its steps) and the citizen's attachments are append-only: a correction is a new step,
-- never an edit (信访工作条例 第二十一条: 信访事项网上流转, 全程留痕). Refuse UPDATE, DELETE, TRUNCATE.
CREATE OR REPLACE FUNCTION complaint_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER complaint_steps_no_update BEFORE UPDATE OR DELETE ON complaint_steps
  FOR EACH ROW EXECUTE FUNCTION complaint_records_append_only();
--> statement-breakpoint
CREATE TRIGGER complaint_steps_no_truncate BEFORE TRUNCATE ON complaint_steps
  FOR EACH STATEMENT EXECUTE FUNCTION complaint_records_append_only();
--> statement-breakpoint
CREATE TRIGGER complaint_attachments_no_update BEFORE UPDATE OR DELETE ON complaint_attachments
  FOR EACH ROW EXECUTE FUNCTION complaint_records_append_only();
--> statement-breakpoint
CREATE TRIGGER complaint_attachments_no_truncate BEFORE TRUNCATE ON complaint_attachments
  FOR EACH STATEMENT EXECUTE FUNCTION complaint_records_append_only();

--> statement-breakpoint
-- Stored case clocks (case_clocks) are written by each case action in its own transaction. Every other write that can
-- change a case's clocks leaves a mark here, in the writing transaction, so the deadline scan and view recompute
-- those cases before reading: a case row inserted or updated, a step inserted (any path: lead registration, other
-- modules, data loads), and a calendar year entered or corrected (the clocks counting through that year).
CREATE SEQUENCE IF NOT EXISTS case_clock_mark_seq;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mark_case_clocks() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE cid uuid;
BEGIN
  IF TG_TABLE_NAME = 'penalty_cases' THEN cid := NEW.id; ELSE cid := NEW.case_id; END IF;
  INSERT INTO case_clock_marks (case_id, reason, seq) VALUES (cid, 'case', nextval('case_clock_mark_seq'))
    ON CONFLICT (case_id, reason) DO UPDATE SET seq = excluded.seq;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER penalty_cases_mark_clocks AFTER INSERT OR UPDATE ON penalty_cases
  FOR EACH ROW EXECUTE FUNCTION mark_case_clocks();
--> statement-breakpoint
CREATE TRIGGER case_steps_mark_clocks AFTER INSERT ON case_steps
  FOR EACH ROW EXECUTE FUNCTION mark_case_clocks();
--> statement-breakpoint
-- A year's schedule changes the clocks whose counting touches that year: from the earlier of start and due date to
-- the later (a held clock, without a due date, from its start on).
CREATE OR REPLACE FUNCTION mark_case_clocks_of_year() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_clock_marks (case_id, reason, seq)
    SELECT x.case_id, 'calendar', nextval('case_clock_mark_seq') FROM (
      SELECT DISTINCT case_id FROM case_clocks
      WHERE least(start_date, coalesce(due_date, start_date)) <= make_date(NEW.year, 12, 31)
        AND (due_date IS NULL OR greatest(start_date, due_date) >= make_date(NEW.year, 1, 1))
    ) x
    ON CONFLICT (case_id, reason) DO UPDATE SET seq = excluded.seq;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER workday_year_revisions_mark_clocks AFTER INSERT ON workday_year_revisions
  FOR EACH ROW EXECUTE FUNCTION mark_case_clocks_of_year();
--> statement-breakpoint
-- Cases already open when this migration runs: computed by the first scan or view.
INSERT INTO case_clock_marks (case_id, reason, seq)
  SELECT id, 'case', nextval('case_clock_mark_seq') FROM penalty_cases
  WHERE state NOT IN ('closed', 'archived', 'noPenalty', 'transferred', 'withdrawn')
  ON CONFLICT DO NOTHING;
