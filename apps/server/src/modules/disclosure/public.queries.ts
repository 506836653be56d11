/**
 * Portal reads of published decisions. Only rows in state 'published' whose publication period has not ended are
 * listed, searched or put in the sitemap; a withdrawn one answers 410 with its public reason, an expired one 410
 * (state 'expired' once the expiry job has run; the date check covers the hours before it runs).
 *
 * Search (two- and four-character Chinese terms, designed for 1M rows): the published, MASKED text's 2-gram terms
 * (domain bigrams()) sit in `search_terms` with a GIN index over the published rows only, so `search_terms @> $terms`
 * answers a 2-character term exactly and narrows a 4-character one to a few candidates, which `strpos` re-checks
 * (never LIKE: the user's % and _ are plain characters). pg_trgm is not used: it cannot index 2-character terms.
 * A one-character query is refused with a message instead of scanning every row.
 */
import { asc, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import {
  PUBLIC_LIST_COUNT_CAP,
  PUBLIC_SEARCH_COUNT_CAP,
  type PublicDecisionDetailDto,
  type PublicDecisionListDto,
  type PublicDecisionQuery,
} from '@quanze/contracts';
import {
  PUBLICATION_WITHDRAWAL_GROUND_LABELS,
  searchTerms,
  toLocalDate,
  type LocalDate,
  type PublicationWithdrawalGround,
} from '@quanze/domain';
import type { Deps } from '../../platform/deps.ts';
import type { Executor } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { bureaus } from '../org/index.ts';
import { publicResultLabel } from './publication-rules.ts';

const HAN_RUN = /\p{Script=Han}+/gu;
const SINGLE_HAN = /^\p{Script=Han}$/u;
/** The sitemap protocol's limit per file. */
export const SITEMAP_LIMIT = 50_000;

export async function portalBureauId(db: Executor, requested?: string): Promise<string | null> {
  if (requested) return requested;
  const [b] = await db.select({ id: bureaus.id }).from(bureaus).orderBy(asc(bureaus.createdAt)).limit(1);
  return b?.id ?? null;
}

/** Published and still within its publication period (the condition listings, search, sitemap and exports share). */
export function visibleCondition(bureauId: string, today: LocalDate): SQL {
  return sql`p.bureau_id = ${bureauId} and p.state = 'published' and (p.expires_on is null or p.expires_on >= ${today}::date)`;
}

export function searchCondition(q: string): { where: SQL | null; message: string | null } {
  const terms = searchTerms(q);
  if (terms.length === 0) return { where: null, message: null };
  const indexTerms = terms.filter((t) => !SINGLE_HAN.test(t));
  if (indexTerms.length === 0) return { where: sql`false`, message: '请至少输入两个字进行检索' };
  const runs = [...new Set(q.normalize('NFKC').match(HAN_RUN) ?? [])].filter((r) => Array.from(r).length > 2);
  const conds: SQL[] = [sql`p.search_terms @> ${sql.param(indexTerms)}::text[]`];
  for (const run of runs)
    conds.push(sql`strpos(concat_ws(E'\n', p.title, p.party_display, p.penalty_summary, p.published_text), ${run}) > 0`);
  return { where: sql.join(conds, sql` and `), message: null };
}

interface ListRow extends Record<string, unknown> {
  id: string;
  result_type: 'penalty' | 'licence' | 'other';
  result_label: string | null;
  title: string;
  decision_number: string;
  party_display: string;
  penalty_summary: string;
  decided_on: string;
  published_on: string;
}

const presentItem = (r: ListRow) => ({
  id: r.id,
  resultType: r.result_type,
  resultTypeLabel: publicResultLabel({ resultType: r.result_type, resultLabel: r.result_label, matterName: null }),
  title: r.title,
  decisionNumber: r.decision_number,
  partyDisplay: r.party_display,
  penaltySummary: r.penalty_summary,
  decidedOn: r.decided_on,
  publishedOn: r.published_on,
});

/**
 * How many of the newest visible decisions a search looks through first. The planner cannot know how correlated a
 * four-character term's 2-grams are (停业 业整 整顿 nearly always come together), so it guesses a few hundred
 * matches, takes the GIN index and sorts — 120,000 candidates for 停业整顿 at 1M rows, 2 s. Walking the portal index
 * newest first stops after the page for any term found in more than ≈ 1 % of decisions; a rarer one costs this
 * walk plus the GIN plan, which is then cheap (few candidates).
 */
const NEWEST_WINDOW = 2_000;

/**
 * A page of the listing or of a search. The page is read one row ahead (`hasMore`, exact and nearly free); only
 * when more rows exist is anything counted, and then only up to the cap (listing PUBLIC_LIST_COUNT_CAP, search
 * PUBLIC_SEARCH_COUNT_CAP: a 2-character term matches most of a million decisions, and counting 1,000 of them cost
 * ≈ 100× the page). Past the cap the answer says "more than N" (`totalCapped`), N being the cap or, deeper in, the
 * rows known to exist before the next page — never an estimate presented as a count.
 */
export async function publicDecisionList(
  deps: Deps,
  q: z.infer<typeof PublicDecisionQuery> & { bureauId?: string | undefined },
): Promise<z.infer<typeof PublicDecisionListDto>> {
  const empty = { items: [], total: 0, totalCapped: false, hasMore: false, page: q.page, pageSize: q.pageSize };
  const bureauId = await portalBureauId(deps.db, q.bureauId);
  if (!bureauId) return { ...empty, message: null };
  const conds: SQL[] = [visibleCondition(bureauId, toLocalDate(deps.clock.now()))];
  let cap = PUBLIC_LIST_COUNT_CAP;
  let searched: SQL | null = null;
  if (q.q) {
    const s = searchCondition(q.q);
    if (s.message) return { ...empty, message: s.message };
    if (s.where) {
      conds.push(s.where);
      searched = s.where;
      cap = PUBLIC_SEARCH_COUNT_CAP;
    }
  }
  const where = sql.join(conds, sql` and `);
  const offset = (q.page - 1) * q.pageSize;
  const columns = sql`p.id, p.result_type, p.result_label, p.title, p.decision_number, p.party_display, p.penalty_summary, p.decided_on::text as decided_on, p.published_on::text as published_on`;
  const order = sql`order by p.published_at desc, p.id desc limit ${q.pageSize + 1} offset ${offset}`;
  // A search first looks through the newest visible decisions only (see NEWEST_WINDOW); if they hold the whole page
  // plus one, those are exactly the first matches overall. Otherwise the full search (GIN) answers.
  const newest = searched
    ? sql`(select p.* from decision_publications p where ${conds[0]!} order by p.published_at desc, p.id desc limit ${Math.max(NEWEST_WINDOW, offset + q.pageSize + 1)}) p`
    : null;
  let rows: ListRow[] = [];
  let fromNewest = false;
  if (newest && searched) {
    rows = (await deps.db.execute<ListRow>(sql`select ${columns} from ${newest} where ${searched} ${order}`)).rows;
    fromNewest = rows.length > q.pageSize;
  }
  if (!fromNewest) rows = (await deps.db.execute<ListRow>(sql`select ${columns} from decision_publications p where ${where} ${order}`)).rows;
  const hasMore = rows.length > q.pageSize;
  const items = rows.slice(0, q.pageSize).map(presentItem);
  const base = { items, hasMore, page: q.page, pageSize: q.pageSize, message: null };
  // The last page (or the only one): the total is exact without counting.
  if (!hasMore && (items.length > 0 || offset === 0)) return { ...base, total: offset + items.length, totalCapped: false };
  // Deep in a long result: more rows than the cap are known to exist already.
  if (hasMore && offset + q.pageSize >= cap) return { ...base, total: offset + q.pageSize, totalCapped: true };
  // More than the cap among the newest decisions already settles "超过 N 条".
  if (fromNewest && newest && searched) {
    const inNewest = await deps.db.execute<{ n: string }>(
      sql`select count(*) as n from (select 1 from ${newest} where ${searched} limit ${cap + 1}) x`,
    );
    if (Number(inNewest.rows[0]?.n ?? 0) > cap) return { ...base, total: cap, totalCapped: true };
  }
  // A page past the end: fewer than `offset` rows exist, so counting up to offset + 1 gives the exact total.
  const limit = items.length === 0 ? offset + 1 : cap + 1;
  const counted = await deps.db.execute<{ n: string }>(
    sql`select count(*) as n from (select 1 from decision_publications p where ${where} limit ${limit}) x`,
  );
  const n = Number(counted.rows[0]?.n ?? 0);
  if (items.length === 0) return { ...base, total: n, totalCapped: false };
  return { ...base, total: Math.min(n, cap), totalCapped: n > cap };
}

export type PublicDecisionLookup =
  | { kind: 'published'; detail: PublicDecisionDetailDto }
  | { kind: 'withdrawn'; groundLabel: string; reason: string; withdrawnOn: string }
  | { kind: 'expired' }
  | { kind: 'absent' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function lookupPublicDecision(deps: Deps, id: string): Promise<PublicDecisionLookup> {
  if (!UUID.test(id)) return { kind: 'absent' };
  const today = toLocalDate(deps.clock.now());
  const res = await deps.db.execute<
    ListRow & {
      state: string;
      published_at: Date | null;
      agency_name: string;
      published_text: string;
      expires_on: string | null;
      withdrawal_ground: string | null;
      withdrawal_reason: string | null;
      withdrawn_at: Date | null;
    }
  >(sql`
    select p.id, p.result_type, p.result_label, p.title, p.decision_number, p.party_display, p.penalty_summary, p.decided_on::text as decided_on, p.published_on::text as published_on,
      p.state, p.published_at, p.agency_name, p.published_text, p.expires_on::text as expires_on, p.withdrawal_ground, p.withdrawal_reason, p.withdrawn_at
    from decision_publications p where p.id = ${id}`);
  const r = res.rows[0];
  // Never published (pending, withheld, withdrawn before publication): nothing is said about it.
  if (!r || r.published_at === null) return { kind: 'absent' };
  if (r.state === 'withdrawn') {
    return {
      kind: 'withdrawn',
      groundLabel: PUBLICATION_WITHDRAWAL_GROUND_LABELS[r.withdrawal_ground as PublicationWithdrawalGround] ?? '',
      reason: r.withdrawal_reason ?? '',
      withdrawnOn: r.withdrawn_at ? toLocalDate(new Date(r.withdrawn_at)) : '',
    };
  }
  if (r.state === 'expired') return { kind: 'expired' };
  if (r.state !== 'published') return { kind: 'absent' };
  if (r.expires_on !== null && r.expires_on < today) return { kind: 'expired' };
  return { kind: 'published', detail: { ...presentItem(r), agencyName: r.agency_name, text: r.published_text, expiresOn: r.expires_on } };
}

export function withdrawnError(l: Extract<PublicDecisionLookup, { kind: 'withdrawn' }>): AppError {
  return new AppError('DECISION_WITHDRAWN', `该决定${l.groundLabel}，已于${l.withdrawnOn}撤回。撤回理由：${l.reason}`, {
    details: { groundLabel: l.groundLabel, reason: l.reason, withdrawnOn: l.withdrawnOn },
  });
}

export const expiredError = () => new AppError('DECISION_EXPIRED', '该决定信息公示期已届满，已停止公示');
export const absentError = () => new AppError('NOT_FOUND', '未找到该决定信息');

export async function sitemapIds(deps: Deps): Promise<{ id: string; published_on: string }[]> {
  const bureauId = await portalBureauId(deps.db);
  if (!bureauId) return [];
  const res = await deps.db.execute<{ id: string; published_on: string }>(sql`
    select p.id, p.published_on::text as published_on from decision_publications p
    where ${visibleCondition(bureauId, toLocalDate(deps.clock.now()))}
    order by p.published_at desc, p.id desc limit ${SITEMAP_LIMIT}`);
  return res.rows;
}
