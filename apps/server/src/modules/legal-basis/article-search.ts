/**
 * Chinese full-text search over articles (issue #4), with the domain's terms (packages/domain legal-basis/search.ts):
 * - the index condition: `search_bigrams @> terms` — every 2-gram of every Han run and every word of the query;
 *   for a query that is one 2-character run (罚款) or words only, that is already "the text contains it";
 * - the re-check (containsQuery semantics): each Han run of 3+ characters must occur as a substring
 *   (`strpos`, never LIKE, so the user's % and _ are plain characters), which drops 律师事，事务所 for 律师事务所;
 * - a one-character Han run (queryNeedsScan) cannot use the index: it is checked with strpos alone, over the rows
 *   the other terms leave — a scan of the bureau's library when it is the whole query.
 * Terms go to PostgreSQL as one bound array parameter, never spliced into SQL.
 */
import { sql, type SQL } from 'drizzle-orm';
import { bigrams, queryNeedsScan, searchTerms } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /^\p{Script=Han}+$/u;

/** The columns the search reads, computed when an article's text is written. */
export function searchColumns(text: string): { searchBigrams: string[]; searchText: string | null } {
  const normalized = text.normalize('NFKC');
  return { searchBigrams: bigrams(text), searchText: normalized === text ? null : normalized };
}

export interface ArticleSearchFilter {
  bureauId: string;
  q?: string | undefined;
  documentId?: string | undefined;
  level?: string | undefined;
  penaltyOnly?: boolean | undefined;
  limit: number;
  offset: number;
}

export interface ArticleHit {
  id: string;
  total: number;
}

/**
 * The search condition for `q`: index terms (one-character Han terms left out: they only match an isolated
 * character) and a substring re-check for every Han run that the terms do not settle exactly.
 */
export function searchCondition(q: string): { where: SQL | null; scanned: boolean; empty: boolean } {
  const terms = searchTerms(q);
  if (terms.length === 0) return { where: null, scanned: false, empty: true };
  const indexTerms = terms.filter((t) => !(HAN.test(t) && Array.from(t).length === 1));
  const runs = [...new Set(q.normalize('NFKC').match(HAN_RUN) ?? [])].filter((r) => Array.from(r).length !== 2);
  const conds: SQL[] = [];
  if (indexTerms.length) conds.push(sql`a.search_bigrams @> ${sql.param(indexTerms)}::text[]`);
  for (const run of runs) conds.push(sql`strpos(coalesce(a.search_text, a.text), ${run}) > 0`);
  return { where: sql.join(conds, sql` and `), scanned: queryNeedsScan(q), empty: false };
}

/** Counting stops here: past it the total is shown as "more than". */
export const COUNT_CAP = 1_000;

/**
 * Ids of the matching articles in reading order (document title, 条, 款, 项) and the total, counted up to COUNT_CAP.
 * The order matches legal_articles_order_idx, so for a common term PostgreSQL walks that index and stops at the
 * page; for a rare one it takes the GIN index and sorts the few matches.
 */
export async function searchArticleIds(db: Executor, f: ArticleSearchFilter): Promise<{ ids: string[]; total: number; totalCapped: boolean; scanned: boolean }> {
  const conds: SQL[] = [sql`a.bureau_id = ${f.bureauId}`];
  let scanned = false;
  if (f.q) {
    const c = searchCondition(f.q);
    if (c.empty) return { ids: [], total: 0, totalCapped: false, scanned: false };
    if (c.where) conds.push(c.where);
    scanned = c.scanned;
  }
  if (f.documentId) conds.push(sql`a.document_id = ${f.documentId}`);
  if (f.level) conds.push(sql`exists (select 1 from legal_documents d where d.id = a.document_id and d.level = ${f.level})`);
  if (f.penaltyOnly) conds.push(sql`a.is_penalty_provision`);
  const where = sql.join(conds, sql` and `);
  const page = await db.execute<{ id: string }>(sql`
    select a.id from legal_articles a where ${where}
    order by a.bureau_id, a.sort_key collate "C", a.article_no, a.paragraph_no nulls first, a.item_no nulls first, a.id
    limit ${f.limit} offset ${f.offset}`);
  const ids = page.rows.map((r) => r.id);
  // The page itself often tells the total; otherwise count, but never past the cap.
  if (f.offset === 0 && ids.length < f.limit) return { ids, total: ids.length, totalCapped: false, scanned };
  const counted = await db.execute<{ n: string }>(sql`select count(*) as n from (select 1 from legal_articles a where ${where} limit ${COUNT_CAP + 1}) x`);
  const n = Number(counted.rows[0]?.n ?? 0);
  return { ids, total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP, scanned };
}
