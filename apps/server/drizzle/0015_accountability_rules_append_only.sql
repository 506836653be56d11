-- The bureau's accountability rules keep every published version (what the portal said, and when): an edit is a new
-- row, never a change to an old one. Refuse UPDATE, DELETE, TRUNCATE.
CREATE OR REPLACE FUNCTION accountability_rules_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER accountability_rules_no_update BEFORE UPDATE OR DELETE ON accountability_rules
  FOR EACH ROW EXECUTE FUNCTION accountability_rules_append_only();
--> statement-breakpoint
CREATE TRIGGER accountability_rules_no_truncate BEFORE TRUNCATE ON accountability_rules
  FOR EACH STATEMENT EXECUTE FUNCTION accountability_rules_append_only();
