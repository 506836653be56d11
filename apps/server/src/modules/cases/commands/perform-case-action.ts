/**
 * The one path every case action takes: lock the case (404 outside scope, 403 without the permission, 409 on a
 * stale version), build the snapshot, overlay the command's drafts, ask the domain (checkAction) — a refusal is an
 * AppError with the domain's code, Chinese reason and article, the other reasons in details — then, in the same
 * transaction, the case row (state, version), the step row and the audit row.
 */
import type { CaseActionBody, SupportedCaseAction } from '@quanze/contracts';
import { actionDefinition, checkAction, toLocalDate, type GuardRefusal } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, forbidden, notFound, versionConflict } from '../../../platform/errors.ts';
import { procedureConfigOf } from '../../calendar/index.ts';
import { canSeeCase, permissionFor } from '../cases.policy.ts';
import { bureauNamesOf, insertStep, investigatesCase, lockCase, updateCase, type CaseRow } from '../cases.repository.ts';
import { buildCaseActor, buildSnapshot, loadCaseRecord } from '../snapshot-builder.ts';
import { overlay, type ActionContext, type Preparer } from './action-input.ts';
import { PREPARERS } from './action-preparers.ts';
import { refreshCaseClocks } from '../../deadlines/core.ts';

export function refusalError(r: GuardRefusal): AppError {
  return new AppError(r.code, r.reason, {
    basis: r.basis,
    details: { others: r.others, warnings: r.warnings, ...(r.suggestedAction ? { suggestedAction: r.suggestedAction } : {}) },
  });
}

export const citationText = (b: { law: string; article: string }): string => `${b.law} ${b.article}`;

export async function performCaseAction<A extends SupportedCaseAction>(
  deps: Deps,
  actor: Actor,
  caseId: string,
  action: A,
  input: CaseActionBody<A>,
  ip: string | null,
): Promise<CaseRow> {
  // Read from the pool before the transaction opens: inside it, this would hold the transaction's connection while
  // waiting for a second one, and enough concurrent actions could take the whole pool and wait on each other.
  const actorsConfig = await procedureConfigOf(deps, actor.bureauId);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await lockCase(tx, caseId);
    if (!row || !canSeeCase(actor, row, await investigatesCase(tx, caseId, actor.userId))) throw notFound('案件');
    if (!actor.permissions.has(permissionFor(action))) throw forbidden();
    if (input.version !== row.version) throw versionConflict();

    // One after another: the transaction is one pg client (platform/db-all.ts).
    const record = await loadCaseRecord(tx, row, toLocalDate(now));
    const bureau = await bureauNamesOf(tx, row.bureauId);
    const caseActor = await buildCaseActor(tx, actor, now);
    const config = row.bureauId === actor.bureauId ? actorsConfig : await procedureConfigOf(deps, row.bureauId);
    const ctx: ActionContext = { tx, actor, row, record, bureau, now, config };
    const { version: _v, ...body } = input;
    const prepared = await (PREPARERS[action] as Preparer<A>)(ctx, body);
    const result = checkAction(overlay(buildSnapshot(record), prepared), action, caseActor, now, config);
    if (!result.ok) throw refusalError(result);

    const after = prepared.after ? await prepared.after(ctx) : {};
    const definition = actionDefinition(action);
    const set = { ...(prepared.set ?? {}), ...(after.set ?? {}) };
    await updateCase(tx, row.id, { ...set, state: result.to, procedure: result.procedure, version: row.version + 1, updatedAt: now });
    const payload = { ...prepared.payload, ...(after.payload ?? {}) };
    const step = await insertStep(tx, {
      caseId: row.id,
      action,
      fromState: row.state,
      toState: result.to,
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      payload,
      basis: citationText(definition.basis),
      warnings: result.warnings.map((w) => ({ code: w.code, reason: w.reason })),
    });
    await refreshCaseClocks(tx, row.id, config, now); // the stored open clocks change with the case (modules/deadlines)
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: `case.${action}`,
      objectType: 'penalty_case',
      objectId: row.id,
      summary: { stepId: step.id, from: row.state, to: result.to, version: row.version + 1, ...(after.payload ?? {}) },
      basis: definition.basis,
    });
    return { ...row, ...set, state: result.to, procedure: result.procedure, version: row.version + 1, updatedAt: now };
  });
}
