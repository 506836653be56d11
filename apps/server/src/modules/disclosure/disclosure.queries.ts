/**
 * Console reads: the publication queue (due dates, overdue first-class: red in the console) and one item with
 * exactly the text the portal will show, its masking findings, the leak scan and every reason it may not be published.
 */
import { and, asc, count, eq, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { PublicationDetailDto, PublicationQueueDto, PublicationQueueItemDto, PublicationQueueQuery } from '@quanze/contracts';
import {
  compareLocalDate,
  describePenalty,
  disclosureSources,
  PII_KIND_LABELS,
  PUBLICATION_RESULT_TYPE_LABELS,
  PUBLICATION_WITHDRAWAL_GROUND_LABELS,
  publicPartyName,
  toLocalDate,
  type LocalDate,
  type PublicationWithdrawalGround,
} from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { penaltyCases } from '../cases/index.ts';
import { decisionPublications, type DecisionPublicationRow, type PublicationState } from './disclosure.table.ts';
import { factsOf, itemInScope, policiesOf, settingsOf, type Settings } from './disclosure.repository.ts';
import { publishCheckOf, refusalsOf, renderItem, resultSummaryOf } from './publication-rules.ts';

export const STATE_LABELS: Record<PublicationState, string> = {
  pending: '待公开',
  withheld: '不予公开',
  published: '已公开',
  withdrawn: '已撤回',
  expired: '公示期满',
};

type QueueItem = z.infer<typeof PublicationQueueItemDto>;

/** A published item whose decision was registered as altered: the 3-day withdrawal clock runs (第四十八条第二款). */
export function withdrawalPending(row: Pick<DecisionPublicationRow, 'state' | 'alterationRegisteredAt'>): boolean {
  return row.state === 'published' && row.alterationRegisteredAt !== null;
}

/**
 * Overdue: still waiting for publication after its due date (T11), or still published after the withdrawal due date.
 * Withheld items have no clock.
 */
export function isOverdue(row: Pick<DecisionPublicationRow, 'state' | 'dueOn' | 'alterationRegisteredAt' | 'withdrawalDueOn'>, today: LocalDate): boolean {
  if (withdrawalPending(row)) return row.withdrawalDueOn !== null && compareLocalDate(today, row.withdrawalDueOn) > 0;
  return row.state === 'pending' && compareLocalDate(today, row.dueOn) > 0;
}

/** The same two conditions in SQL (queue filter and count). */
export function overdueCondition(today: LocalDate): SQL {
  return or(
    and(eq(decisionPublications.state, 'pending'), lt(decisionPublications.dueOn, today)),
    and(eq(decisionPublications.state, 'published'), isNotNull(decisionPublications.alterationRegisteredAt), lt(decisionPublications.withdrawalDueOn, today)),
  )!;
}

function present(row: DecisionPublicationRow, partyName: string, settings: Settings, today: LocalDate): QueueItem {
  return {
    id: row.id,
    caseId: row.caseId,
    resultType: row.resultType,
    resultTypeLabel: PUBLICATION_RESULT_TYPE_LABELS[row.resultType],
    matterName: row.matterName,
    decisionNumber: row.decisionNumber,
    partyDisplay: row.partyDisplay ?? publicPartyName({ kind: row.partyKind, name: partyName }, policiesOf(settings).masking),
    partyKind: row.partyKind,
    penaltySummary: row.penaltySummary ?? (row.resultType === 'penalty' ? describePenalty(row.penalty) : resultSummaryOf(row)),
    decidedOn: row.decidedOn,
    dueOn: row.dueOn,
    state: row.state,
    stateLabel: STATE_LABELS[row.state],
    overdue: isOverdue(row, today),
    publishedOn: row.publishedOn,
    withdrawalDueOn: row.withdrawalDueOn,
    alteration:
      withdrawalPending(row) && row.alteredOn && row.withdrawalDueOn
        ? {
            ground: row.withdrawalGround ?? '',
            groundLabel: PUBLICATION_WITHDRAWAL_GROUND_LABELS[row.withdrawalGround as PublicationWithdrawalGround] ?? '',
            alteredOn: row.alteredOn,
            document: row.alteredDocument ?? '',
            dueOn: row.withdrawalDueOn,
          }
        : null,
    refusals: row.refusals,
    version: row.version,
  };
}

function scopeCondition(actor: Actor): SQL[] {
  const conds: SQL[] = [eq(decisionPublications.bureauId, actor.bureauId)];
  if (actor.scope !== 'bureau')
    conds.push(eq(decisionPublications.departmentId, actor.departmentId ?? '00000000-0000-0000-0000-000000000000'));
  return conds;
}

export async function publicationQueue(
  deps: Deps,
  actor: Actor,
  q: z.infer<typeof PublicationQueueQuery>,
): Promise<z.infer<typeof PublicationQueueDto>> {
  const today = toLocalDate(deps.clock.now());
  const conds = scopeCondition(actor);
  const overdueCond = overdueCondition(today);
  if (q.state) conds.push(eq(decisionPublications.state, q.state));
  if (q.resultType) conds.push(eq(decisionPublications.resultType, q.resultType));
  if (q.overdue === 'true') conds.push(overdueCond);
  const where = and(...conds);
  const [rows, [total], [overdue], settings] = await Promise.all([
    deps.db
      .select({ row: decisionPublications, caseParty: penaltyCases.partyName })
      .from(decisionPublications)
      // registered licences and results have no case: their applicant is on the row
      .leftJoin(penaltyCases, eq(penaltyCases.id, decisionPublications.caseId))
      .where(where)
      // waiting items first, the most urgent on top; then the rest, newest decisions first
      .orderBy(
        // a running withdrawal clock (3 days) is the most urgent of all
        sql`case when ${decisionPublications.state} = 'published' and ${decisionPublications.alterationRegisteredAt} is not null then 0 when ${decisionPublications.state} = 'pending' then 1 when ${decisionPublications.state} = 'withheld' then 2 else 3 end`,
        sql`coalesce(${decisionPublications.withdrawalDueOn}, ${decisionPublications.dueOn})`,
        asc(decisionPublications.id),
      )
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    deps.db.select({ n: count() }).from(decisionPublications).where(where),
    deps.db
      .select({ n: count() })
      .from(decisionPublications)
      .where(and(...scopeCondition(actor), overdueCond)),
    settingsOf(deps.db, actor.bureauId),
  ]);
  return {
    items: rows.map((r) => present(r.row, r.caseParty ?? r.row.partyName ?? '', settings, today)),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
    overdueCount: overdue?.n ?? 0,
  };
}

export async function publicationDetail(deps: Deps, actor: Actor, id: string): Promise<PublicationDetailDto> {
  const today = toLocalDate(deps.clock.now());
  const row = await itemInScope(deps.db, actor, id);
  const [facts, settings] = await Promise.all([factsOf(deps.db, row), settingsOf(deps.db, row.bureauId)]);
  const { rendered } = await renderItem(deps.db, deps.cipher, row, settings);
  const fixed = row.state === 'published' || row.state === 'withdrawn' || row.state === 'expired';
  const check = publishCheckOf(row, facts, settings, today);
  const refusals = fixed ? row.refusals : refusalsOf(check);
  return {
    ...present({ ...row, refusals }, facts.partyName, settings, today),
    title: row.title ?? rendered.title,
    // Once published, the text is the stored one the portal serves; before, the current rendering.
    text: fixed && row.publishedText !== null ? row.publishedText : rendered.text,
    findings: fixed
      ? []
      : rendered.findings.map((f) => ({
          kind: f.kind,
          label: PII_KIND_LABELS[f.kind],
          rule: f.rule,
          start: f.maskedStart,
          end: f.maskedEnd,
          ...(f.note ? { note: f.note } : {}),
        })),
    leaks: fixed ? [] : rendered.leaks,
    skippedNames: fixed ? [] : rendered.skippedNames,
    suspectedNames: fixed ? [] : rendered.suspectedNames,
    flags: { minor: false, privacy: false, stateSecret: false, commercialSecret: false, securityRisk: false, ...row.flags },
    extraPersons: row.extraPersons,
    extraHidden: row.extraHidden,
    edited: row.editedText !== null,
    publishable: row.state === 'pending' && check.ok && rendered.leaks.length === 0,
    expiresOn: row.expiresOn,
    withdrawal:
      row.state === 'withdrawn' && row.withdrawnAt
        ? {
            ground: row.withdrawalGround ?? '',
            groundLabel: PUBLICATION_WITHDRAWAL_GROUND_LABELS[row.withdrawalGround as PublicationWithdrawalGround] ?? '',
            reason: row.withdrawalReason ?? '',
            alteredOn: row.alteredOn ?? '',
            withdrawnOn: toLocalDate(row.withdrawnAt),
            late: row.withdrawalDueOn !== null && compareLocalDate(toLocalDate(row.withdrawnAt), row.withdrawalDueOn) > 0,
          }
        : null,
    basis: [disclosureSources.PUBLISH_DECISIONS, disclosureSources.SEPARABLE_CONTENT, disclosureSources.ALWAYS_HIDDEN],
  };
}
