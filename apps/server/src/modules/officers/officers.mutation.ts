/**
 * The shape every officer-file change shares: lock the row, 404 outside scope, 403 without the manage right,
 * 409 on a stale version, then the change, a history row (kept, never overwritten) and the audit row — one
 * transaction.
 */
import { eq } from 'drizzle-orm';
import type { Citation } from '@quanze/domain';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../platform/auth/actor.ts';
import type { Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, versionConflict } from '../../platform/errors.ts';
import { canManageOfficer, canSeeOfficer } from './officers.policy.ts';
import { lockOfficer, type OfficerRow } from './officers.repository.ts';
import { officerHistory, officers } from './officers.table.ts';

export interface OfficerChange<R> {
  action: string;
  /** null: appending a record (training, commitment) does not race with edits of the file itself. */
  version: number | null;
  apply: (tx: Tx, o: OfficerRow, now: Date) => Promise<{ set?: Partial<typeof officers.$inferInsert>; changes: Record<string, unknown>; result: R; basis?: Citation }>;
}

export async function mutateOfficer<R>(deps: Deps, actor: Actor, officerId: string, ip: string | null, change: OfficerChange<R>): Promise<R> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const o = await lockOfficer(tx, officerId);
    if (!o || !canSeeOfficer(actor, o)) throw notFound('执法人员');
    if (!canManageOfficer(actor, o)) throw new AppError('FORBIDDEN', '没有管理该执法人员档案的权限');
    if (o.status !== 'active' && change.action !== 'officer.photo') throw new AppError('CONFLICT', '该人员已离岗，档案只读');
    if (change.version !== null && change.version !== o.version) throw versionConflict();
    const { set, changes, result, basis } = await change.apply(tx, o, now);
    await tx.update(officers).set({ ...(set ?? {}), updatedAt: now, version: o.version + 1 }).where(eq(officers.id, o.id));
    await recordOfficerChange(tx, actor, o.id, change.action, changes, now);
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: change.action, objectType: 'officer', objectId: o.id, summary: changes, basis: basis ?? null });
    return result;
  });
}

export async function recordOfficerChange(tx: Tx, actor: Actor, officerId: string, action: string, changes: Record<string, unknown>, at: Date): Promise<void> {
  await tx.insert(officerHistory).values({ officerId, action, changes, actorId: actor.userId, actorName: actor.displayName, at });
}
