/**
 * Login: password (argon2id), lockout after N failures (等保 8.1.4.1 b), TOTP where enabled, a new session id
 * every time (ASVS 7.2.4). Every attempt — success, failure, lock, unlock — leaves an audit row.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { LOCKOUT_BASIS } from '@quanze/domain';
import { appendAudit, type AuditContext } from '../../../platform/audit/audit-writer.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/deps.ts';
import { recoveryCodes, users } from '../identity.table.ts';
import { burnPasswordCheck, verifyPassword } from '../passwords.ts';
import { loadPolicy } from '../security-policy.ts';
import { createSession } from '../session.ts';
import { matchTotp } from '../totp.ts';
import { findUserByUsername, lockUser, type UserRow } from '../users.repository.ts';

export interface LoginInput {
  username: string;
  password: string;
  totp?: string | undefined;
  ip: string | null;
  userAgent: string | null;
}

const invalid = (remaining?: number) =>
  new AppError(
    'AUTH_INVALID_CREDENTIALS',
    remaining !== undefined && remaining <= 3 ? `用户名或密码错误，再错 ${remaining} 次账号将被锁定` : '用户名或密码错误',
  );

function lockedError(until: Date): AppError {
  return new AppError('AUTH_LOCKED', `登录失败次数过多，账号已锁定至 ${until.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' })}`, {
    basis: LOCKOUT_BASIS,
    details: { lockedUntil: until.toISOString() },
  });
}

function ctxFor(u: UserRow | undefined, ip: string | null): AuditContext {
  return { actorId: u?.id ?? null, actorName: u ? `${u.displayName}（${u.username}）` : null, bureauId: u?.bureauId ?? null, ip };
}

export async function login(deps: Deps, input: LoginInput): Promise<{ token: string; userId: string }> {
  const { db, clock } = deps;
  const found = await findUserByUsername(db, input.username);
  if (!found) {
    await burnPasswordCheck(input.password);
    await db.transaction((tx) =>
      appendAudit(tx, ctxFor(undefined, input.ip), clock.now(), {
        action: 'auth.login',
        result: 'failure',
        summary: { username: input.username.slice(0, 64), reason: 'unknown_user' },
      }),
    );
    throw invalid();
  }
  const passwordOk = await verifyPassword(found.passwordHash, input.password);
  const { policy } = await loadPolicy(db, found.bureauId);

  // Each branch commits its counters and audit rows before answering, so a failure is never rolled back.
  type Outcome = { error: AppError } | { session: { token: string }; userId: string };
  const outcome: Outcome = await db.transaction(async (tx): Promise<Outcome> => {
    const now = clock.now();
    const u = (await lockUser(tx, found.id))!;
    const ctx = ctxFor(u, input.ip);
    const fail = async (reason: string): Promise<{ error: AppError }> => {
      const failures = u.failedLoginCount + 1;
      const lock = failures >= policy.lockoutThreshold;
      const lockedUntil = lock ? new Date(now.getTime() + policy.lockoutMinutes * 60_000) : null;
      await tx.update(users).set({ failedLoginCount: lock ? 0 : failures, lockedUntil }).where(eq(users.id, u.id));
      await appendAudit(tx, ctx, now, { action: 'auth.login', objectType: 'user', objectId: u.id, result: 'failure', summary: { reason, failures } });
      if (lockedUntil) {
        await appendAudit(tx, ctx, now, {
          action: 'auth.lock',
          objectType: 'user',
          objectId: u.id,
          summary: { failures, lockedUntil: lockedUntil.toISOString(), minutes: policy.lockoutMinutes },
          basis: LOCKOUT_BASIS,
        });
        return { error: lockedError(lockedUntil) };
      }
      const remaining = policy.lockoutThreshold - failures;
      // The password was right: say the second factor is wrong, but count it like a failed login (brute force).
      if (reason !== 'bad_password') {
        return { error: new AppError('AUTH_TOTP_INVALID', `动态口令不正确或已使用过，请输入手机上最新的 6 位动态口令${remaining <= 3 ? `（再错 ${remaining} 次账号将被锁定）` : ''}`) };
      }
      return { error: invalid(remaining) };
    };

    if (u.lockedUntil) {
      if (u.lockedUntil > now) {
        await appendAudit(tx, ctx, now, { action: 'auth.login', objectType: 'user', objectId: u.id, result: 'failure', summary: { reason: 'locked' } });
        return { error: lockedError(u.lockedUntil) };
      }
      // The lock period is over: unlock (audited) and evaluate this attempt from a clean count.
      await tx.update(users).set({ lockedUntil: null, failedLoginCount: 0 }).where(eq(users.id, u.id));
      await appendAudit(tx, ctx, now, { action: 'auth.unlock', objectType: 'user', objectId: u.id, summary: { reason: 'lock_expired' }, basis: LOCKOUT_BASIS });
      u.lockedUntil = null;
      u.failedLoginCount = 0;
    }
    if (!passwordOk) return fail('bad_password');
    if (u.status !== 'active') {
      await appendAudit(tx, ctx, now, { action: 'auth.login', objectType: 'user', objectId: u.id, result: 'failure', summary: { reason: 'disabled' } });
      return { error: new AppError('AUTH_DISABLED', '该账号已停用，请联系系统管理员') };
    }

    let secondFactorAt: Date | null = null;
    if (u.totpEnabled && u.totpSecretSealed) {
      if (!input.totp) return { error: new AppError('AUTH_TOTP_REQUIRED', '请输入动态口令') };
      if (/^\d{6}$/.test(input.totp)) {
        const step = matchTotp(deps.cipher.decrypt(u.totpSecretSealed), input.totp, now);
        if (step === null) return fail('bad_totp');
        if (u.totpLastStep !== null && step <= u.totpLastStep) return fail('reused_totp');
        await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, u.id));
      } else {
        const codeHash = deps.cipher.blindIndex(`recovery:${input.totp}`);
        const used = await tx
          .update(recoveryCodes)
          .set({ usedAt: now })
          .where(and(eq(recoveryCodes.userId, u.id), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt), isNull(recoveryCodes.supersededAt)))
          .returning({ id: recoveryCodes.id });
        if (used.length === 0) return fail('bad_recovery_code');
        await appendAudit(tx, ctx, now, { action: 'auth.recovery_code_used', objectType: 'user', objectId: u.id });
      }
      secondFactorAt = now;
    }

    await tx.update(users).set({ failedLoginCount: 0, lastLoginAt: now }).where(eq(users.id, u.id));
    const session = await createSession(tx, deps, u, policy.absoluteLifetimeHours, { ip: input.ip, userAgent: input.userAgent, secondFactorAt });
    await appendAudit(tx, ctx, now, {
      action: 'auth.login',
      objectType: 'user',
      objectId: u.id,
      summary: { secondFactor: secondFactorAt ? 'totp' : 'none' },
    });
    return { session, userId: u.id };
  });
  if ('error' in outcome) throw outcome.error;
  return { token: outcome.session.token, userId: outcome.userId };
}
