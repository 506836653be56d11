/**
 * A social supervisor's portal login, logout and password change. The rules are the console's (identity/commands/
 * login.ts): argon2id, lockout after the bureau's threshold of failures (等保 8.1.4.1 b), a fresh session every time,
 * every attempt audited. Added: after a correct password the appointment must be in force today — an expired term, a
 * suspension or an ending is refused with its Chinese reason (told only to someone who knows the password).
 */
import { eq } from 'drizzle-orm';
import { checkAppointmentInForce, LOCKOUT_BASIS, PASSWORD_BASIS, toLocalDate } from '@quanze/domain';
import { appendAudit, type AuditContext } from '../../../platform/audit/audit-writer.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertAcceptablePassword, burnPasswordCheck, hashPassword, loadPolicy, verifyPassword } from '../../identity/index.ts';
import { findAccountByLoginName, lockAccount, supervisorById } from '../supervision.repository.ts';
import {
  createSupervisorSession,
  revokeSupervisorSession,
  revokeSupervisorSessions,
  supervisorAuditContext,
  type SupervisorActor,
} from '../supervisor-session.ts';
import { supervisorAccounts } from '../supervision.table.ts';

interface Meta {
  ip: string | null;
  userAgent: string | null;
}

const invalid = (remaining?: number) =>
  new AppError('AUTH_INVALID_CREDENTIALS', remaining !== undefined && remaining <= 3 ? `登录名或密码错误，再错 ${remaining} 次账号将被锁定` : '登录名或密码错误');

const lockedError = (until: Date) =>
  new AppError(
    'AUTH_LOCKED',
    `登录失败次数过多，账号已锁定至 ${until.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' })}`,
    { basis: LOCKOUT_BASIS, details: { lockedUntil: until.toISOString() } },
  );

export async function supervisorLogin(deps: Deps, input: { loginName: string; password: string } & Meta): Promise<{ token: string }> {
  const { db, clock } = deps;
  const found = await findAccountByLoginName(db, input.loginName);
  const person = found ? await supervisorById(db, found.supervisorId) : undefined;
  if (!found || !person) {
    await burnPasswordCheck(input.password);
    const anonymous: AuditContext = { actorId: null, actorName: null, bureauId: null, ip: input.ip };
    await db.transaction((tx) =>
      appendAudit(tx, anonymous, clock.now(), {
        action: 'supervision.portal.login',
        result: 'failure',
        summary: { loginName: input.loginName.slice(0, 64), reason: 'unknown_account' },
      }),
    );
    throw invalid();
  }
  const passwordOk = await verifyPassword(found.passwordHash, input.password);
  const { policy } = await loadPolicy(db, person.bureauId);
  const ctx = supervisorAuditContext({ supervisorId: person.id, bureauId: person.bureauId, name: person.name, loginName: found.loginName }, input.ip);
  const audit = { objectType: 'social_supervisor', objectId: person.id };

  // Each branch commits its counters and audit rows before answering, so a failure is never rolled back.
  const outcome = await db.transaction(async (tx): Promise<{ error: AppError } | { token: string }> => {
    const now = clock.now();
    const a = await lockAccount(tx, found.id);
    if (a.lockedUntil && a.lockedUntil > now) {
      await appendAudit(tx, ctx, now, { action: 'supervision.portal.login', ...audit, result: 'failure', summary: { reason: 'locked' } });
      return { error: lockedError(a.lockedUntil) };
    }
    const failuresSoFar = a.lockedUntil ? 0 : a.failedLoginCount; // an expired lock starts a clean count
    if (!passwordOk) {
      const failures = failuresSoFar + 1;
      const lock = failures >= policy.lockoutThreshold;
      const lockedUntil = lock ? new Date(now.getTime() + policy.lockoutMinutes * 60_000) : null;
      await tx.update(supervisorAccounts).set({ failedLoginCount: lock ? 0 : failures, lockedUntil }).where(eq(supervisorAccounts.id, a.id));
      await appendAudit(tx, ctx, now, { action: 'supervision.portal.login', ...audit, result: 'failure', summary: { reason: 'bad_password', failures } });
      if (lockedUntil) {
        await appendAudit(tx, ctx, now, {
          action: 'supervision.portal.lock',
          ...audit,
          summary: { failures, lockedUntil: lockedUntil.toISOString(), minutes: policy.lockoutMinutes },
          basis: LOCKOUT_BASIS,
        });
        return { error: lockedError(lockedUntil) };
      }
      return { error: invalid(policy.lockoutThreshold - failures) };
    }
    const standing = checkAppointmentInForce(
      { status: person.status, termStart: person.termStart, termEnd: person.termEnd, documentNumber: person.documentNumber },
      toLocalDate(now),
    );
    if (!standing.ok) {
      await tx.update(supervisorAccounts).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(supervisorAccounts.id, a.id));
      await appendAudit(tx, ctx, now, {
        action: 'supervision.portal.login',
        ...audit,
        result: 'failure',
        summary: { reason: 'appointment_not_in_force', status: person.status, termEnd: person.termEnd },
        ...(standing.basis ? { basis: standing.basis } : {}),
      });
      return { error: new AppError('APPOINTMENT_NOT_IN_FORCE', standing.reason, standing.basis ? { basis: standing.basis } : {}) };
    }
    await tx.update(supervisorAccounts).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now }).where(eq(supervisorAccounts.id, a.id));
    const session = await createSupervisorSession(tx, now, a.id, policy.absoluteLifetimeHours, input);
    await appendAudit(tx, ctx, now, { action: 'supervision.portal.login', ...audit });
    return { token: session.token };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

export async function supervisorLogout(deps: Deps, me: SupervisorActor, ip: string | null): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    await revokeSupervisorSession(tx, me.sessionId, now, 'logout');
    await appendAudit(tx, supervisorAuditContext(me, ip), now, { action: 'supervision.portal.logout', objectType: 'social_supervisor', objectId: me.supervisorId });
  });
}

/** The supervisor's own password change: the console's policy; all sessions killed and a fresh one issued. */
export async function supervisorChangePassword(
  deps: Deps,
  me: SupervisorActor,
  input: { currentPassword: string; newPassword: string },
  meta: Meta,
): Promise<{ token: string }> {
  const { db, clock } = deps;
  const [current] = await db.select().from(supervisorAccounts).where(eq(supervisorAccounts.id, me.accountId));
  if (!current || !(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw new AppError('PASSWORD_POLICY', '当前密码不正确', { fieldErrors: { currentPassword: ['当前密码不正确'] } });
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('PASSWORD_POLICY', '新密码不能与当前密码相同', { basis: PASSWORD_BASIS, fieldErrors: { newPassword: ['新密码不能与当前密码相同'] } });
  }
  const { policy } = await loadPolicy(db, me.bureauId);
  // No stored history for portal accounts: the console policy's other rules (length, classes, name, common) apply.
  await assertAcceptablePassword(db, null, me.loginName, input.newPassword, policy);
  const newHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    const now = clock.now();
    const a = await lockAccount(tx, me.accountId);
    await tx
      .update(supervisorAccounts)
      .set({ passwordHash: newHash, passwordChangedAt: now, mustChangePassword: false, updatedAt: now })
      .where(eq(supervisorAccounts.id, a.id));
    await revokeSupervisorSessions(tx, a.id, now, 'password_changed');
    const s = await createSupervisorSession(tx, now, a.id, policy.absoluteLifetimeHours, meta);
    await appendAudit(tx, supervisorAuditContext(me, meta.ip), now, {
      action: 'supervision.portal.password_change',
      objectType: 'social_supervisor',
      objectId: me.supervisorId,
      basis: PASSWORD_BASIS,
    });
    return { token: s.token };
  });
}
