/**
 * The one command path for every console action: lock the row → scope (404) → version (409) → who may act → the
 * domain guard (checkComplaintAction: 422 with reason and article; warnings such as a late notice are recorded) →
 * the row patch with the new state and the recomputed due date, the step, the audit row — all in one transaction.
 */
import { checkComplaintAction, COMPLAINT_ACTIONS, compareLocalDate, toLocalDate, type LocalDate } from '@quanze/domain';
import type { ComplaintActionBody, ComplaintActionName } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, forbidden, notFound, versionConflict } from '../../../platform/errors.ts';
import { nextDueOf, snapshotOf } from '../complaint-snapshot.ts';
import { complaintConfigOf } from '../complaints.config.ts';
import { CASE_LEAD_PERMISSION, canSeeComplaint, mayAct, NO_PERMISSION } from '../complaints.policy.ts';
import { insertStep, lockComplaint, personIdsOf, updateComplaint } from '../complaints.repository.ts';
import type { ComplaintRow } from '../complaints.table.ts';
import { prepareAction } from './action-input.ts';
import { citationText } from './citation-text.ts';
import { closureEffects } from './closure-effects.ts';
import { openCaseLead } from './open-case-lead.ts';

export interface ActionResult {
  row: ComplaintRow;
  surveyCode: string | null;
  caseId: string | null;
}

export async function performComplaintAction<A extends ComplaintActionName>(
  deps: Deps,
  actor: Actor,
  id: string,
  action: A,
  body: ComplaintActionBody<A>,
  ip: string | null,
): Promise<ActionResult> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const today = toLocalDate(now);
    const row = await lockComplaint(tx, id);
    // Every id of the actor: a 被反映人 does not see the complaint (第三十条第三款) and takes no step on it (回避).
    const by = await personIdsOf(tx, actor.userId);
    if (!row || !canSeeComplaint(actor, by, row)) throw notFound('投诉举报事项');
    if (row.version !== body.version) throw versionConflict();
    if (!mayAct(actor, row, action)) throw forbidden(action === 'openCaseLead' ? CASE_LEAD_PERMISSION : NO_PERMISSION);
    const on = ('on' in body && body.on ? body.on : today) as LocalDate;
    if (compareLocalDate(on, today) > 0)
      throw new AppError('VALIDATION_FAILED', '办理日期不能晚于今天', { fieldErrors: { on: ['不能晚于今天'] } });
    const config = await complaintConfigOf(deps, row.bureauId);
    const prepared = await prepareAction(tx, actor, row, action, body, on);
    // Who takes the step, by every id they have: the person complained about takes none (回避, 第二十八条第三款) —
    // a person named at this very step included.
    const check = checkComplaintAction(snapshotOf(row), { ...prepared.command, by }, config);
    if (!check.ok) throw new AppError(check.code, check.reason, { basis: check.basis });

    let patch = { ...prepared.patch, state: check.to, updatedAt: now };
    let surveyCode: string | null = null;
    let caseId: string | null = null;
    if (action === 'openCaseLead') {
      if (row.linkedCaseId) throw new AppError('CASE_LEAD_EXISTS', '该事项已转为案件线索', { details: { caseId: row.linkedCaseId } });
      caseId = await openCaseLead(deps, tx, actor, row, body as ComplaintActionBody<'openCaseLead'>, ip);
      patch = { ...patch, linkedCaseId: caseId };
    }
    if (action === 'close') {
      const effects = await closureEffects(tx, deps.cipher, row, now);
      patch = { ...patch, ...effects.patch };
      surveyCode = effects.surveyCode;
    }
    const next: ComplaintRow = { ...row, ...patch };
    const updated = await updateComplaint(tx, row.id, row.version, { ...patch, nextDueOn: nextDueOf(next, config) });
    if (!updated) throw versionConflict();

    const def = COMPLAINT_ACTIONS[action];
    const warnings = check.warnings.map((w) => ({ code: w.code, reason: w.reason }));
    const step = await insertStep(tx, {
      complaintId: row.id,
      action,
      fromState: row.state,
      toState: check.to,
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      on,
      payload: { ...prepared.payload, ...(caseId ? { caseId } : {}) },
      basis: citationText(def.basis),
      warnings,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: `complaint.${action}`,
      objectType: 'complaint',
      objectId: row.id,
      summary: {
        stepId: step.id,
        from: row.state,
        to: check.to,
        on,
        ...prepared.payload,
        ...(caseId ? { caseId } : {}),
        warnings: warnings.map((w) => w.code),
      },
      basis: def.basis,
    });
    return { row: updated, surveyCode, caseId };
  });
}
