/**
 * 操作记录 of a case: every audit row written about it (objectType penalty_case) — who, when, what, the article —
 * joined to the step it recorded, so the page can say what was entered. A business log for whoever may read the
 * case: no IP addresses, no hash chain (that is the audit administrator's console).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { CaseHistoryEntryDto } from '@quanze/contracts';
import { actionDefinition, citationTextForDisplay, isCaseActionName } from '@quanze/domain';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Executor } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { canSeeCase } from './cases.policy.ts';
import { getCase, investigatesCase, stepsOf, type CaseStepRow } from './cases.repository.ts';

/** Audit actions about a case that are not case actions. */
const OTHER_LABELS: Record<string, string> = {
  'case.registerLead': '案源登记',
  'pii.reveal': '查看完整证件号码',
  completeExecution: '执行完毕（罚没款缴清）',
  'case.document.generate': '生成执法文书',
};

/** The Chinese name of an action; never the code (an action not known here reads “其他操作”). */
export function historyLabel(action: string): string {
  if (OTHER_LABELS[action]) return OTHER_LABELS[action];
  const name = action.startsWith('case.') ? action.slice(5) : action;
  return isCaseActionName(name) ? actionDefinition(name).label : '其他操作';
}

/** Audit rows keep “张伟（officer1）” for the audit administrator; a reader of the case sees the person's name only. */
export const displayNameOf = (actorName: string | null): string | null =>
  actorName === null ? null : actorName.replace(/\s*[（(][A-Za-z0-9._@-]+[）)]$/, '') || actorName;

const auditRowsOf = (db: Executor, caseId: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.objectType, 'penalty_case'), eq(auditEvents.objectId, caseId)))
    .orderBy(asc(auditEvents.seq));

const stepDto = (s: CaseStepRow) => ({ id: s.id, action: s.action, fromState: s.fromState, toState: s.toState, payload: s.payload });

export async function caseHistory(deps: Deps, actor: Actor, caseId: string): Promise<{ items: CaseHistoryEntryDto[] }> {
  const row = await getCase(deps.db, caseId);
  if (!row || !canSeeCase(actor, row, await investigatesCase(deps.db, caseId, actor.userId))) throw notFound('案件');
  const [steps, audits] = await Promise.all([stepsOf(deps.db, caseId), auditRowsOf(deps.db, caseId)]);
  const stepById = new Map(steps.map((s) => [s.id, s]));
  const used = new Set<number>();
  const items: (CaseHistoryEntryDto & { order: number })[] = audits.map((a) => {
    const stepId = typeof a.summary?.['stepId'] === 'number' ? a.summary['stepId'] : null;
    const step = stepId === null ? undefined : stepById.get(stepId);
    if (step) used.add(step.id);
    return {
      key: `audit-${a.seq}`,
      order: a.occurredAt.getTime(),
      at: a.occurredAt.toISOString(),
      actorName: displayNameOf(a.actorName),
      action: a.action,
      label: historyLabel(a.action),
      result: a.result,
      basis: citationTextForDisplay(a.basis) || null,
      step: step ? stepDto(step) : null,
      details: step ? null : a.summary,
    };
  });
  for (const s of steps) {
    if (used.has(s.id)) continue;
    items.push({
      key: `step-${s.id}`,
      order: s.at.getTime(),
      at: s.at.toISOString(),
      actorName: displayNameOf(s.actorName),
      action: s.action,
      label: historyLabel(s.action),
      result: 'success',
      basis: citationTextForDisplay(s.basis) || null,
      step: stepDto(s),
      details: null,
    });
  }
  // Stable: audit rows keep their sequence, an orphan step falls in by its time.
  items.sort((x, y) => x.order - y.order);
  return { items: items.map(({ order: _o, ...rest }) => rest) };
}
