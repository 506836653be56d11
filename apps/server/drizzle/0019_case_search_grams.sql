-- The case list's search box finds a case by any part (two characters or more) of its case number, its decision
-- number or its party's name. pg_trgm cannot serve it: in a database of locale C (the embedded PostgreSQL is
-- initialised with --locale=C) it takes Chinese characters for separators and extracts no trigram from them, and
-- it needs three characters where a name of two (张三) or a number part (3号) has two. Instead: the character
-- bigrams of the three fields (lowercased, joined by U+001F, which no search term contains and no bigram spans)
-- in a GIN expression index; a search asks for the rows holding every bigram of the term, then rechecks the LIKE.
-- Both functions are IMMUTABLE (lower() is, per database) so the index stays in step with its rows.
CREATE FUNCTION "case_search_text"("case_number" text, "decision_number" text, "party_name" text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(coalesce(case_number, '') || chr(31) || coalesce(decision_number, '') || chr(31) || coalesce(party_name, '')) $$;
--> statement-breakpoint
CREATE FUNCTION "search_bigrams"("t" text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (SELECT substr(t, i, 2) AS g FROM generate_series(1, char_length(t) - 1) AS i) s WHERE strpos(g, chr(31)) = 0 $$;
--> statement-breakpoint
CREATE INDEX "penalty_cases_search_bigrams_idx" ON "penalty_cases" USING gin (search_bigrams(case_search_text("case_number", "decision_number", "party_name")));
