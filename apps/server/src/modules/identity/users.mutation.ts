/**
 * The shape every user state change shares: lock the row, 404 outside scope, refuse what the actor's abilities do
 * not include, 409 on a stale version, then the change, the session kill where needed and the audit row — one
 * transaction.
 */
import { eq } from 'drizzle-orm';
import type { Citation } from '@quanze/domain';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../platform/auth/actor.ts';
import type { Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, versionConflict } from '../../platform/errors.ts';
import { users } from './identity.table.ts';
import { canSeeUser, userAbilities, type UserAbility } from './users.policy.ts';
import { lockUser, type UserRow } from './users.repository.ts';

export interface UserChange<R> {
  ability: UserAbility;
  /** For appointAdmin: the vacancies, read inside the transaction by the caller's check. */
  vacantAdminRoles?: (tx: Tx) => Promise<readonly string[]>;
  action: string;
  version: number | null;
  apply: (tx: Tx, u: UserRow, now: Date) => Promise<{ set: Partial<typeof users.$inferInsert>; summary?: Record<string, unknown>; result: R; basis?: Citation }>;
}

export async function mutateUser<R>(deps: Deps, actor: Actor, userId: string, ip: string | null, change: UserChange<R>): Promise<R> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const u = await lockUser(tx, userId);
    if (!u || !canSeeUser(actor, u)) throw notFound('用户');
    const vacant = change.vacantAdminRoles ? await change.vacantAdminRoles(tx) : [];
    if (!userAbilities(actor, u, now, vacant).includes(change.ability)) throw new AppError('FORBIDDEN', '没有对该用户执行此操作的权限');
    if (change.version !== null && change.version !== u.version) throw versionConflict();
    const { set, summary, result, basis } = await change.apply(tx, u, now);
    await tx.update(users).set({ ...set, updatedAt: now, version: u.version + 1 }).where(eq(users.id, u.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: change.action, objectType: 'user', objectId: u.id, summary: summary ?? null, basis: basis ?? null });
    return result;
  });
}
