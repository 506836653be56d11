/**
 * Terms for Chinese full-text search over articles. pg_trgm does not index two-character Chinese terms (罚款, 律师),
 * so the server keeps a `text[]` column of these terms with a GIN index and asks `terms @> $query::text[]`.
 *
 * Tokenising, the same for documents and queries:
 * - text is NFKC-normalised (full-width digits, letters and brackets become half-width) and lower-cased;
 * - a run of Han characters gives its overlapping 2-grams (律师事务所 → 律师 师事 事务 务所); a run of one
 *   character gives that character, so an isolated 条 or 款 is still a term;
 * - a run of other letters or digits is one word (2021, gb);
 * - everything else (punctuation, spaces, symbols) separates runs and produces nothing.
 *
 * Matching: all query terms must be in the document's terms. For a query of ONE Han run of exactly two
 * characters, that is exactly "the document contains it". For longer runs it is necessary but not sufficient
 * (律师事…事务所 holds all four 2-grams of 律师事务所), so the server re-checks candidates with a substring test —
 * containsQuery here, `strpos(lower(text), run) > 0` in SQL — as trigram indexes do. A one-character Han run can
 * only match an isolated character: queryNeedsScan says when the index cannot answer.
 *
 * SQL: nothing here escapes anything. Terms go to PostgreSQL as a bound array parameter, never spliced into SQL; if
 * the server re-checks with LIKE/ILIKE it must escape %, _ and \ in the user's text itself (issue #4: "Escape user
 * wildcards"). An empty term list means "no search condition" — the server must not send `@> '{}'`, which matches
 * every row. The query's length is capped at the edge (zod), which caps the number of terms.
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

type Run = { kind: 'han' | 'word'; text: string };

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Runs of Han characters and of other letters/digits, in order. Iterates code points (extension B is 2 units). */
function runs(text: string): Run[] {
  const out: Run[] = [];
  let open = false; // whether the last run may still grow (no separator since)
  for (const ch of normalize(text)) {
    const kind = HAN.test(ch) ? 'han' : WORD.test(ch) ? 'word' : null;
    const last = out.at(-1);
    if (kind === null) open = false;
    else if (open && last?.kind === kind) last.text += ch;
    else {
      out.push({ kind, text: ch });
      open = true;
    }
  }
  return out;
}

function termsOf(run: Run): string[] {
  if (run.kind === 'word') return [run.text];
  const chars = Array.from(run.text);
  if (chars.length === 1) return chars;
  return chars.slice(0, -1).map((c, i) => c + (chars[i + 1] ?? ''));
}

function unique(terms: string[]): string[] {
  return [...new Set(terms)];
}

/** The terms of a document for the search column: distinct, in order of first appearance. */
export function bigrams(text: string): string[] {
  return unique(runs(text).flatMap(termsOf));
}

/** The terms a user query must all match. Empty when the query has no letters, digits or Han characters. */
export function searchTerms(query: string): string[] {
  return bigrams(query);
}

/**
 * A one-character Han run in the query (罚, or 律 in "律 事务所") cannot be answered from 2-grams: its term only
 * matches an isolated character. The server scans (substring re-check without the index) or asks for more text.
 */
export function queryNeedsScan(query: string): boolean {
  return runs(query).some((r) => r.kind === 'han' && Array.from(r.text).length === 1);
}

/** The index condition (all query terms present), as the server's `@>` computes it. */
export function termsMatch(documentTerms: Iterable<string>, queryTerms: readonly string[]): boolean {
  const have = documentTerms instanceof Set ? (documentTerms as ReadonlySet<string>) : new Set(documentTerms);
  return queryTerms.every((t) => have.has(t));
}

/**
 * The re-check after the index: every Han run of the query occurs in the text, and every other word of the query
 * is a word of the text. With an empty query nothing is searched, so nothing matches.
 */
export function containsQuery(text: string, query: string): boolean {
  const q = runs(query);
  if (q.length === 0) return false;
  const t = normalize(text);
  const words = new Set(
    runs(text)
      .filter((r) => r.kind === 'word')
      .map((r) => r.text),
  );
  return q.every((r) => (r.kind === 'han' ? t.includes(r.text) : words.has(r.text)));
}
