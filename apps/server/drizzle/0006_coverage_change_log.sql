-- Coverage change log (modules/powers/coverage): every write to a table the coverage check reads leaves a row in
-- coverage_changes with the writing transaction's id (column default), so the in-process coverage cache can ask
-- "what changed since the snapshot I last read?" with pg_visible_in_snapshot — no counter row to lock, no ordering
-- problem when transactions commit out of order. Rows are never updated; the cache prunes rows older than two days.
CREATE OR REPLACE FUNCTION coverage_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r jsonb := to_jsonb(NEW);
BEGIN
  INSERT INTO coverage_changes (bureau_id, kind, ref_id)
  VALUES ((r->>'bureau_id')::uuid, TG_ARGV[0], (r->>TG_ARGV[1])::uuid);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER officers_coverage_change AFTER INSERT OR UPDATE ON officers
  FOR EACH ROW EXECUTE FUNCTION coverage_note_change('officer', 'id');
--> statement-breakpoint
CREATE TRIGGER certificates_coverage_change AFTER INSERT OR UPDATE ON certificates
  FOR EACH ROW EXECUTE FUNCTION coverage_note_change('officer', 'officer_id');
--> statement-breakpoint
CREATE TRIGGER posts_coverage_change AFTER INSERT OR UPDATE ON posts
  FOR EACH ROW EXECUTE FUNCTION coverage_note_change('post', 'id');
--> statement-breakpoint
CREATE TRIGGER departments_coverage_change AFTER INSERT OR UPDATE ON departments
  FOR EACH ROW EXECUTE FUNCTION coverage_note_change('department', 'id');
--> statement-breakpoint
CREATE TRIGGER legal_documents_coverage_change AFTER INSERT OR UPDATE ON legal_documents
  FOR EACH ROW EXECUTE FUNCTION coverage_note_change('document', 'id');
--> statement-breakpoint
CREATE TRIGGER legal_articles_coverage_change AFTER INSERT OR UPDATE ON legal_articles
  FOR EACH ROW EXECUTE FUNCTION coverage_note_change('article', 'id');
--> statement-breakpoint
CREATE TRIGGER legal_article_versions_coverage_change AFTER INSERT OR UPDATE ON legal_article_versions
  FOR EACH ROW EXECUTE FUNCTION coverage_note_change('article', 'article_id');
--> statement-breakpoint
CREATE TRIGGER power_lists_coverage_change AFTER INSERT OR UPDATE ON power_lists
  FOR EACH ROW EXECUTE FUNCTION coverage_note_change('list', 'id');
--> statement-breakpoint
CREATE TRIGGER power_list_items_coverage_change AFTER INSERT OR UPDATE ON power_list_items
  FOR EACH ROW EXECUTE FUNCTION coverage_note_change('power', 'power_id');
--> statement-breakpoint
CREATE TRIGGER power_assignments_coverage_change AFTER INSERT OR UPDATE ON power_assignments
  FOR EACH ROW EXECUTE FUNCTION coverage_note_change('assignment', 'power_id');
