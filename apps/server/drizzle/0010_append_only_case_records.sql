-- Append-only records of the case file (evidence custody, property movements, evidence files, generated documents).
-- The chain of custody of evidence and the movements of seized property are append-only: a correction is a new
-- row, never an edit (行政诉讼证据规定 on provenance; issue 5 "nothing deleted"). Refuse UPDATE, DELETE, TRUNCATE.
CREATE OR REPLACE FUNCTION evidence_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER evidence_custody_events_no_update BEFORE UPDATE OR DELETE ON evidence_custody_events
  FOR EACH ROW EXECUTE FUNCTION evidence_append_only();
--> statement-breakpoint
CREATE TRIGGER evidence_custody_events_no_truncate BEFORE TRUNCATE ON evidence_custody_events
  FOR EACH STATEMENT EXECUTE FUNCTION evidence_append_only();
--> statement-breakpoint
CREATE TRIGGER seized_property_movements_no_update BEFORE UPDATE OR DELETE ON seized_property_movements
  FOR EACH ROW EXECUTE FUNCTION evidence_append_only();
--> statement-breakpoint
CREATE TRIGGER seized_property_movements_no_truncate BEFORE TRUNCATE ON seized_property_movements
  FOR EACH STATEMENT EXECUTE FUNCTION evidence_append_only();
--> statement-breakpoint
CREATE TRIGGER evidence_files_no_update BEFORE UPDATE OR DELETE ON evidence_files
  FOR EACH ROW EXECUTE FUNCTION evidence_append_only();
--> statement-breakpoint
-- Generated enforcement documents are versions, never edits: regenerating adds a row, nothing is updated or deleted
-- (issue 5 "every generated file is hashed and listed in the case file"). Refuse UPDATE, DELETE, TRUNCATE.
CREATE OR REPLACE FUNCTION case_documents_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_documents_no_update BEFORE UPDATE OR DELETE ON case_documents
  FOR EACH ROW EXECUTE FUNCTION case_documents_append_only();
--> statement-breakpoint
CREATE TRIGGER case_documents_no_truncate BEFORE TRUNCATE ON case_documents
  FOR EACH STATEMENT EXECUTE FUNCTION case_documents_append_only();
