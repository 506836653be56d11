/**
 * Change one's own password: current password checked, policy and history enforced (等保 8.1.4.1 a), every
 * session of the user killed (ASVS 7.4.x) and a fresh one issued to the caller, in one transaction with its audit row.
 */
import { eq } from 'drizzle-orm';
import { PASSWORD_BASIS } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/deps.ts';
import { passwordHistory, sessions, users } from '../identity.table.ts';
import { assertAcceptablePassword, hashPassword, verifyPassword } from '../passwords.ts';
import { loadPolicy } from '../security-policy.ts';
import { createSession, revokeUserSessions } from '../session.ts';
import { lockUser } from '../users.repository.ts';

export async function changePassword(
  deps: Deps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string }> {
  const { db, clock } = deps;
  const [current] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!current || !(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw new AppError('PASSWORD_POLICY', '当前密码不正确', { fieldErrors: { currentPassword: ['当前密码不正确'] } });
  }
  const { policy } = await loadPolicy(db, actor.bureauId);
  await assertAcceptablePassword(db, actor.userId, actor.username, input.newPassword, policy);
  const newHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    const now = clock.now();
    const u = await lockUser(tx, actor.userId);
    if (!u) throw new AppError('AUTH_REQUIRED', '请先登录');
    const [old] = await tx.select({ secondFactorAt: sessions.secondFactorAt }).from(sessions).where(eq(sessions.id, actor.sessionId));
    await tx
      .update(users)
      .set({ passwordHash: newHash, passwordChangedAt: now, mustChangePassword: false, updatedAt: now, version: u.version + 1 })
      .where(eq(users.id, u.id));
    await tx.insert(passwordHistory).values({ userId: u.id, passwordHash: newHash, createdAt: now });
    await revokeUserSessions(tx, u.id, now, 'password_changed');
    const s = await createSession(tx, deps, u, policy.absoluteLifetimeHours, { ...meta, secondFactorAt: old?.secondFactorAt ?? null });
    await appendAudit(tx, auditContextOf(actor, meta.ip), now, {
      action: 'user.password_change',
      objectType: 'user',
      objectId: u.id,
      summary: { sessionsRevoked: true },
      basis: PASSWORD_BASIS,
    });
    return { token: s.token };
  });
}
