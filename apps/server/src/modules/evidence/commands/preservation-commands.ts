/**
 * 先行登记保存 (第五十六条): apply (investigators; an emergency is carried out at once), approve or reject (局领导
 * only — ratification of an emergency is the same approval), and the disposal decision. Items are entered in the
 * property register when the preservation takes effect; a release or a refused emergency returns them. Each
 * change is one transaction with its audit row; approval and decision carry the row's version (409 when stale).
 */
import {
  checkPreservationAction,
  checkPreservationApprover,
  checkPreservationItems,
  evidenceSources,
  PRESERVATION_DECISION_LABELS,
  preservationTimeline,
  type WorkdayCalendar,
} from '@quanze/domain';
import type { ApplyPreservationRequest, PreservationDecisionRequest } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Tx } from '../../../platform/db.ts';
import type { Deps } from '../../../platform/deps.ts';
import { notFound, versionConflict } from '../../../platform/errors.ts';
import { assertEvidenceStage, assertRule, caseAccess, requireManage } from '../evidence.policy.ts';
import {
  appendMovement,
  insertPreservation,
  insertProperty,
  lockPreservation,
  propertyOfCase,
  updatePreservation,
  updateProperty,
  type PreservationRow,
} from '../evidence.repository.ts';

async function registerItems(tx: Tx, p: PreservationRow, actor: Actor, now: Date): Promise<void> {
  for (const item of p.items) {
    const row = await insertProperty(tx, {
      bureauId: p.bureauId,
      caseId: p.caseId,
      preservationId: p.id,
      name: item.spec ? `${item.name}（${item.spec}）` : item.name,
      quantity: item.quantity,
      unit: item.unit,
      location: p.location,
      holder: p.holder,
      status: 'held',
      createdAt: now,
      updatedAt: now,
    });
    await appendMovement(tx, {
      propertyId: row.id,
      kind: 'registered',
      fromStatus: null,
      toStatus: 'held',
      location: row.location,
      holder: row.holder,
      note: '先行登记保存',
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
    });
  }
}

/** Items of the preservation still held are returned (release decision, or an emergency the head refused). */
async function returnItems(tx: Tx, p: PreservationRow, actor: Actor, now: Date, note: string): Promise<void> {
  const items = (await propertyOfCase(tx, p.caseId)).filter((r) => r.preservationId === p.id && r.status === 'held');
  for (const r of items) {
    await updateProperty(tx, r.id, { status: 'returned', version: r.version + 1, updatedAt: now });
    await appendMovement(tx, { propertyId: r.id, kind: 'disposed', fromStatus: 'held', toStatus: 'returned', location: r.location, holder: r.holder, note, actorId: actor.userId, actorName: actor.displayName, at: now });
  }
}

export async function applyPreservation(deps: Deps, actor: Actor, caseId: string, input: ApplyPreservationRequest, ip: string | null): Promise<PreservationRow> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const access = await caseAccess(tx, actor, caseId, true);
    assertEvidenceStage(access);
    requireManage(access);
    assertRule(checkPreservationItems(input.items));
    const p = await insertPreservation(tx, {
      bureauId: access.head.bureauId,
      caseId,
      status: input.emergency ? 'emergency' : 'applied',
      emergency: input.emergency,
      reason: input.reason,
      items: input.items,
      location: input.location,
      holder: input.holder,
      appliedBy: actor.userId,
      appliedByName: actor.displayName,
      appliedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    // An emergency preservation is carried out at once: the items are held from now.
    if (input.emergency) await registerItems(tx, p, actor, now);
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: input.emergency ? 'preservation.emergency' : 'preservation.apply',
      objectType: 'evidencePreservation',
      objectId: p.id,
      summary: { caseId, items: input.items.length, emergency: input.emergency },
      basis: input.emergency ? evidenceSources.PRESERVATION_EMERGENCY : evidenceSources.PRESERVATION,
    });
    return p;
  });
}

async function lockFor(tx: Tx, deps: Deps, actor: Actor, caseId: string, id: string, version: number) {
  const access = await caseAccess(tx, actor, caseId);
  const p = await lockPreservation(tx, id);
  if (!p || p.caseId !== caseId) throw notFound('先行登记保存');
  return { access, p, stale: p.version !== version };
}

export async function decidePreservationApproval(
  deps: Deps,
  actor: Actor,
  caseId: string,
  id: string,
  input: { version: number; opinion: string },
  approve: boolean,
  ip: string | null,
): Promise<PreservationRow> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const { p, stale } = await lockFor(tx, deps, actor, caseId, id, input.version);
    assertRule(checkPreservationApprover(actor.roles));
    if (stale) throw versionConflict();
    assertRule(checkPreservationAction(p.status, approve ? 'approve' : 'reject'));
    const updated = await updatePreservation(tx, id, {
      status: approve ? 'approved' : 'rejected',
      approvedBy: actor.userId,
      approvedByName: actor.displayName,
      approvedAt: now,
      opinion: input.opinion,
      version: p.version + 1,
      updatedAt: now,
    });
    if (approve && !p.emergency) await registerItems(tx, updated, actor, now);
    if (!approve && p.emergency) await returnItems(tx, updated, actor, now, '负责人不予批准，立即解除先行登记保存并退还');
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: approve ? (p.emergency ? 'preservation.ratify' : 'preservation.approve') : 'preservation.reject',
      objectType: 'evidencePreservation',
      objectId: id,
      summary: { caseId, from: p.status, to: updated.status, opinion: input.opinion },
      basis: p.emergency ? evidenceSources.PRESERVATION_EMERGENCY : evidenceSources.PRESERVATION,
    });
    return updated;
  });
}

export async function decidePreservation(
  deps: Deps,
  calendar: WorkdayCalendar,
  actor: Actor,
  caseId: string,
  id: string,
  input: PreservationDecisionRequest,
  ip: string | null,
): Promise<PreservationRow> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const { access, p, stale } = await lockFor(tx, deps, actor, caseId, id, input.version);
    requireManage(access);
    if (stale) throw versionConflict();
    assertRule(checkPreservationAction(p.status, 'decide'));
    const timeline = preservationTimeline({ ...p, decidedAt: now }, calendar, now);
    const updated = await updatePreservation(tx, id, {
      status: 'decided',
      decision: input.decision,
      decisionNote: input.note,
      decidedBy: actor.userId,
      decidedAt: now,
      version: p.version + 1,
      updatedAt: now,
    });
    if (input.decision === 'release') await returnItems(tx, updated, actor, now, `处理决定：${PRESERVATION_DECISION_LABELS.release}。${input.note}`);
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'preservation.decide',
      objectType: 'evidencePreservation',
      objectId: id,
      summary: { caseId, decision: input.decision, dueDate: timeline.dueDate, late: timeline.decidedLate },
      basis: evidenceSources.PRESERVATION_DISPOSAL,
    });
    return updated;
  });
}
