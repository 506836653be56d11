/**
 * TOTP enrolment: setup stores a new (not yet active) secret; enable proves the user holds it, activates it,
 * issues 10 single-use recovery codes (shown once, stored as keyed hashes) and marks this session verified.
 */
import { and, eq, isNull } from 'drizzle-orm';
import QRCode from 'qrcode';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/deps.ts';
import { recoveryCodes, sessions, users } from '../identity.table.ts';
import { matchTotp, newRecoveryCodes, newTotpSecret, otpauthUrl } from '../totp.ts';
import { lockUser } from '../users.repository.ts';

export async function startTotpSetup(deps: Deps, actor: Actor, ip: string | null) {
  const secret = newTotpSecret();
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const u = await lockUser(tx, actor.userId);
    if (!u) throw new AppError('AUTH_REQUIRED', '请先登录');
    // Re-enrolling an active factor needs this session to have passed it: otherwise a stolen password could swap it.
    if (u.totpEnabled && !actor.secondFactorSatisfied) throw new AppError('AUTH_SECOND_FACTOR_REQUIRED', '请先用现有动态口令登录后再重新绑定');
    await tx.update(users).set({ totpPendingSealed: deps.cipher.encrypt(secret), updatedAt: now }).where(eq(users.id, u.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: 'user.totp_setup_started', objectType: 'user', objectId: u.id });
  });
  const url = otpauthUrl(secret, actor.username);
  return { secret, otpauthUrl: url, qrDataUrl: await QRCode.toDataURL(url, { margin: 1, width: 220 }) };
}

export async function enableTotp(deps: Deps, actor: Actor, code: string, ip: string | null): Promise<{ recoveryCodes: string[] }> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const u = await lockUser(tx, actor.userId);
    if (!u?.totpPendingSealed) throw new AppError('CONFLICT', '请先开始绑定动态口令');
    const step = matchTotp(deps.cipher.decrypt(u.totpPendingSealed), code, now);
    if (step === null) throw new AppError('AUTH_TOTP_INVALID', '动态口令不正确，请核对手机上的 6 位数字');
    const codes = newRecoveryCodes();
    await tx
      .update(users)
      .set({ totpSecretSealed: u.totpPendingSealed, totpPendingSealed: null, totpEnabled: true, totpLastStep: step, updatedAt: now, version: u.version + 1 })
      .where(eq(users.id, u.id));
    await tx.update(recoveryCodes).set({ supersededAt: now }).where(and(eq(recoveryCodes.userId, u.id), isNull(recoveryCodes.supersededAt)));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: u.id, codeHash: deps.cipher.blindIndex(`recovery:${c}`), createdAt: now })));
    await tx.update(sessions).set({ secondFactorAt: now }).where(eq(sessions.id, actor.sessionId));
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: 'user.totp_enabled', objectType: 'user', objectId: u.id, summary: { recoveryCodes: codes.length } });
    return { recoveryCodes: codes };
  });
}
