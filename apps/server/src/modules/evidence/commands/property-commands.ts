/**
 * The property register (涉案财物 / 罚没财物): register an item, move it (place or holder), the head's approval of
 * a disposal, and the disposal itself (held → returned / auctioned / destroyed / handedToTreasury). The status
 * machine is the domain's; every change appends a movement and an audit row in one transaction; nothing is deleted.
 */
import { checkDisposalApproval, checkPropertyTransition, confiscationStatus, evidenceSources, PROPERTY_STATUS_LABELS, type ConfiscationStatus } from '@quanze/domain';
import type { DisposePropertyRequest, RegisterPropertyRequest } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Tx } from '../../../platform/db.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors.ts';
import { assertRule, caseAccess, requireManage, type CaseAccess } from '../evidence.policy.ts';
import { appendMovement, insertProperty, latestDecidedPenalty, lockProperty, updateProperty, type PropertyRow } from '../evidence.repository.ts';

export async function registerProperty(deps: Deps, actor: Actor, caseId: string, input: RegisterPropertyRequest, ip: string | null): Promise<PropertyRow> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const access = await caseAccess(tx, actor, caseId);
    requireManage(access);
    if (access.head.state === 'lead') throw new AppError('EVIDENCE_CASE_STATE', '案件尚未立案，不能登记涉案财物', { basis: evidenceSources.INVESTIGATION_STAGE });
    const row = await insertProperty(tx, {
      bureauId: access.head.bureauId,
      caseId,
      name: input.name,
      quantity: input.quantity,
      unit: input.unit,
      location: input.location,
      holder: input.holder,
      status: 'held',
      createdAt: now,
      updatedAt: now,
    });
    await appendMovement(tx, { propertyId: row.id, kind: 'registered', fromStatus: null, toStatus: 'held', location: row.location, holder: row.holder, note: input.note || '登记入库', actorId: actor.userId, actorName: actor.displayName, at: now });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'property.register',
      objectType: 'seizedProperty',
      objectId: row.id,
      summary: { caseId, name: row.name, quantity: row.quantity, unit: row.unit, location: row.location, holder: row.holder },
      basis: evidenceSources.PROPERTY_DISPOSAL,
    });
    return row;
  });
}

async function lockFor(tx: Tx, actor: Actor, caseId: string, id: string, version: number): Promise<{ access: CaseAccess; row: PropertyRow }> {
  const access = await caseAccess(tx, actor, caseId);
  const row = await lockProperty(tx, id);
  if (!row || row.caseId !== caseId) throw notFound('涉案财物');
  if (row.version !== version) throw versionConflict();
  return { access, row };
}

/** Whether the case's served decision confiscated: auction and the treasury need it (第七十四条). */
async function confiscationOf(tx: Tx, access: CaseAccess): Promise<ConfiscationStatus> {
  return confiscationStatus(await latestDecidedPenalty(tx, access.head.id), access.head.state);
}

export async function moveProperty(deps: Deps, actor: Actor, caseId: string, id: string, input: { version: number; location: string; holder: string; note: string }, ip: string | null): Promise<PropertyRow> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const { access, row } = await lockFor(tx, actor, caseId, id, input.version);
    requireManage(access);
    if (row.status !== 'held') throw new AppError('PROPERTY_TRANSITION', `该财物${PROPERTY_STATUS_LABELS[row.status]}，不能再移动`, { basis: evidenceSources.PROPERTY_DISPOSAL });
    const updated = await updateProperty(tx, id, { location: input.location, holder: input.holder, version: row.version + 1, updatedAt: now });
    await appendMovement(tx, { propertyId: id, kind: 'moved', fromStatus: 'held', toStatus: 'held', location: input.location, holder: input.holder, note: input.note, actorId: actor.userId, actorName: actor.displayName, at: now });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'property.move',
      objectType: 'seizedProperty',
      objectId: id,
      summary: { caseId, from: { location: row.location, holder: row.holder }, to: { location: input.location, holder: input.holder }, note: input.note },
    });
    return updated;
  });
}

export async function approveDisposal(deps: Deps, actor: Actor, caseId: string, id: string, input: { version: number; disposal: 'returned' | 'auctioned' | 'destroyed' | 'handedToTreasury'; opinion: string }, ip: string | null): Promise<PropertyRow> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const { access, row } = await lockFor(tx, actor, caseId, id, input.version);
    if (!access.canApprove) throw new AppError('PROPERTY_APPROVAL_REQUIRED', '罚没财物的处置须经局领导审批，您无权审批', { basis: evidenceSources.PROPERTY_DISPOSAL_APPROVAL });
    assertRule(checkDisposalApproval(row.status, input.disposal, await confiscationOf(tx, access)));
    const updated = await updateProperty(tx, id, { approvedDisposal: input.disposal, approvedBy: actor.userId, approvedByName: actor.displayName, approvedAt: now, version: row.version + 1, updatedAt: now });
    await appendMovement(tx, { propertyId: id, kind: 'disposalApproved', fromStatus: 'held', toStatus: 'held', location: row.location, holder: row.holder, note: `批准${PROPERTY_STATUS_LABELS[input.disposal].replace(/^已/, '')}：${input.opinion}`, actorId: actor.userId, actorName: actor.displayName, at: now });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'property.approveDisposal',
      objectType: 'seizedProperty',
      objectId: id,
      summary: { caseId, disposal: input.disposal, opinion: input.opinion },
      basis: evidenceSources.PROPERTY_DISPOSAL_APPROVAL,
    });
    return updated;
  });
}

export async function disposeProperty(deps: Deps, actor: Actor, caseId: string, id: string, input: DisposePropertyRequest, ip: string | null): Promise<PropertyRow> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const { access, row } = await lockFor(tx, actor, caseId, id, input.version);
    requireManage(access);
    const confiscation = await confiscationOf(tx, access);
    assertRule(checkPropertyTransition({ from: row.status, to: input.to, approvedDisposal: row.approvedDisposal, proceedsFen: input.proceedsFen, note: input.note, confiscation }));
    const updated = await updateProperty(tx, id, { status: input.to, proceedsFen: input.to === 'auctioned' ? input.proceedsFen : null, version: row.version + 1, updatedAt: now });
    await appendMovement(tx, {
      propertyId: id,
      kind: 'disposed',
      fromStatus: row.status,
      toStatus: input.to,
      location: row.location,
      holder: row.holder,
      note: input.note,
      proceedsFen: input.to === 'auctioned' ? input.proceedsFen : null,
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'property.dispose',
      objectType: 'seizedProperty',
      objectId: id,
      summary: { caseId, from: row.status, to: input.to, proceedsFen: updated.proceedsFen, approvedBy: row.approvedByName, note: input.note },
      basis: evidenceSources.PROPERTY_DISPOSAL,
    });
    return updated;
  });
}
