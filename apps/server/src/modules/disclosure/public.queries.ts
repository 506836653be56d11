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
import type { PublicDecisionDetailDto, PublicDecisionListDto, PublicDecisionQuery } from '@quanze/contracts';
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
export const COUNT_CAP = 1_000;
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

export async function publicDecisionList(
  deps: Deps,
  q: z.infer<typeof PublicDecisionQuery> & { bureauId?: string | undefined },
): Promise<z.infer<typeof PublicDecisionListDto>> {
  const empty = { items: [], total: 0, totalCapped: false, page: q.page, pageSize: q.pageSize };
  const bureauId = await portalBureauId(deps.db, q.bureauId);
  if (!bureauId) return { ...empty, message: null };
  const conds: SQL[] = [visibleCondition(bureauId, toLocalDate(deps.clock.now()))];
  if (q.q) {
    const s = searchCondition(q.q);
    if (s.message) return { ...empty, message: s.message };
    if (s.where) conds.push(s.where);
  }
  const where = sql.join(conds, sql` and `);
  const offset = (q.page - 1) * q.pageSize;
  const page = await deps.db.execute<ListRow>(sql`
    select p.id, p.result_type, p.result_label, p.title, p.decision_number, p.party_display, p.penalty_summary, p.decided_on::text as decided_on, p.published_on::text as published_on
    from decision_publications p where ${where}
    order by p.published_at desc, p.id desc limit ${q.pageSize} offset ${offset}`);
  const items = page.rows.map(presentItem);
  if (offset === 0 && items.length < q.pageSize)
    return { items, total: items.length, totalCapped: false, page: q.page, pageSize: q.pageSize, message: null };
  const counted = await deps.db.execute<{ n: string }>(
    sql`select count(*) as n from (select 1 from decision_publications p where ${where} limit ${COUNT_CAP + 1}) x`,
  );
  const n = Number(counted.rows[0]?.n ?? 0);
  return { items, total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP, page: q.page, pageSize: q.pageSize, message: null };
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
