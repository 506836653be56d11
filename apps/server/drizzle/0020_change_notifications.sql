-- Change notifications for the app's in-process caches (src/platform/change-feed.ts): every node LISTENs on
-- qz_changes and drops what a committed change makes stale. NOTIFY is transactional (sent at commit, dropped on
-- rollback) and folds identical payloads of one transaction into one.

-- Session lookups (identity/session-cache.ts): a session revoked or given its second factor, any change to a user
-- (status, roles, password, lockout) or to the security policy. last_seen_at alone is not announced: each node
-- keeps its own copy of it current, and a copy that looks timed out is re-read before anything is decided.
CREATE FUNCTION qz_notify_auth() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('qz_changes', 'auth');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sessions_notify_auth AFTER UPDATE ON sessions FOR EACH ROW
  WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.second_factor_at IS DISTINCT FROM NEW.second_factor_at
        OR OLD.expires_at IS DISTINCT FROM NEW.expires_at OR OLD.csrf_token IS DISTINCT FROM NEW.csrf_token
        OR OLD.user_id IS DISTINCT FROM NEW.user_id OR OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION qz_notify_auth();
--> statement-breakpoint
CREATE TRIGGER sessions_notify_auth_delete AFTER DELETE ON sessions FOR EACH STATEMENT EXECUTE FUNCTION qz_notify_auth();
--> statement-breakpoint
CREATE TRIGGER users_notify_auth AFTER UPDATE OR DELETE ON users FOR EACH STATEMENT EXECUTE FUNCTION qz_notify_auth();
--> statement-breakpoint
CREATE TRIGGER security_policies_notify_auth AFTER INSERT OR UPDATE OR DELETE ON security_policies FOR EACH STATEMENT EXECUTE FUNCTION qz_notify_auth();
--> statement-breakpoint

-- The legal-basis library as the case page reads it (legal-basis/library-cache.ts), per bureau.
CREATE FUNCTION qz_notify_library() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('qz_changes', 'library:' || COALESCE(NEW.bureau_id, OLD.bureau_id)::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER legal_documents_notify AFTER INSERT OR UPDATE OR DELETE ON legal_documents FOR EACH ROW EXECUTE FUNCTION qz_notify_library();
--> statement-breakpoint
CREATE TRIGGER legal_document_versions_notify AFTER INSERT OR UPDATE OR DELETE ON legal_document_versions FOR EACH ROW EXECUTE FUNCTION qz_notify_library();
--> statement-breakpoint
CREATE TRIGGER legal_articles_notify AFTER INSERT OR UPDATE OR DELETE ON legal_articles FOR EACH ROW EXECUTE FUNCTION qz_notify_library();
--> statement-breakpoint
CREATE TRIGGER legal_article_versions_notify AFTER INSERT OR UPDATE OR DELETE ON legal_article_versions FOR EACH ROW EXECUTE FUNCTION qz_notify_library();
