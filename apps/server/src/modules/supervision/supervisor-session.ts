/**
 * Portal sessions of social supervisors. Same design as the console's (identity/session.ts: random token in the
 * cookie, its SM3 hash in the table, idle and absolute timeouts from the bureau's security policy), but a separate
 * table and a cookie of another name: a supervisor's session can never load a console actor, and a console session
 * never loads a supervisor. The appointment is re-checked on every request, so suspending or ending a supervisor
 * (or the term running out) shuts the portal at once. A timed-out session is refused and recorded as ended
 * (revoke_reason) on the request that finds it; supervisor-sessions.job.ts records the ones nobody comes back to.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { checkAppointmentInForce, toLocalDate, type Appointment } from '@quanze/domain';
import { randomToken, sm3Hex } from '../../platform/crypto.ts';
import type { Executor } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { checkCsrf } from '../../platform/http/csrf.ts';
import type { AuditContext } from '../../platform/audit/audit-writer.ts';
import { loadPolicy } from '../identity/index.ts';
import { bureaus } from '../org/index.ts';
import { socialSupervisors, supervisorAccounts, supervisorSessions } from './supervision.table.ts';

const COOKIE = 'qz_sup';
const SECURE_COOKIE = '__Host-qz_sup';
const TOUCH_EVERY_MS = 60_000;

export interface SupervisorActor {
  accountId: string;
  supervisorId: string;
  bureauId: string;
  bureauName: string;
  name: string;
  loginName: string;
  sessionId: string;
  csrfToken: string;
  mustChangePassword: boolean;
  appointment: Appointment;
}

export function supervisorAuditContext(s: { supervisorId: string; bureauId: string; name: string; loginName: string }, ip: string | null): AuditContext {
  return { actorId: s.supervisorId, actorName: `社会监督员 ${s.name}（${s.loginName}）`, bureauId: s.bureauId, ip };
}

export async function createSupervisorSession(
  tx: Executor,
  now: Date,
  accountId: string,
  absoluteLifetimeHours: number,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken(32);
  const csrfToken = randomToken(24);
  await tx.insert(supervisorSessions).values({
    id: sm3Hex(token),
    accountId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + absoluteLifetimeHours * 3_600_000),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 256) ?? null,
  });
  return { token, csrfToken };
}

export async function revokeSupervisorSessions(tx: Executor, accountId: string, now: Date, reason: string): Promise<void> {
  await tx
    .update(supervisorSessions)
    .set({ revokedAt: now, revokeReason: reason })
    .where(and(eq(supervisorSessions.accountId, accountId), isNull(supervisorSessions.revokedAt)));
}

export async function revokeSupervisorSession(tx: Executor, id: string, now: Date, reason: string): Promise<void> {
  await tx
    .update(supervisorSessions)
    .set({ revokedAt: now, revokeReason: reason })
    .where(and(eq(supervisorSessions.id, id), isNull(supervisorSessions.revokedAt)));
}

export type SessionEndReason = 'absolute_timeout' | 'idle_timeout' | 'appointment_not_in_force';

/**
 * Whether a session has timed out, and which way: the console's rule (identity/session.ts loadActor) — the absolute
 * lifetime first, then the bureau's idle minutes counted from the stored lastSeenAt. One function for the request
 * path and the sweeping job, so both record the same revoke_reason.
 */
export function sessionTimeout(
  s: { lastSeenAt: Date; expiresAt: Date },
  policy: { idleTimeoutMinutes: number },
  now: Date,
): Exclude<SessionEndReason, 'appointment_not_in_force'> | null {
  if (now >= s.expiresAt) return 'absolute_timeout';
  if (now.getTime() >= s.lastSeenAt.getTime() + policy.idleTimeoutMinutes * 60_000) return 'idle_timeout';
  return null;
}

// The same rule as the console cookie: Secure per config, or when the request came over https.
function secureCookie(req: FastifyRequest, deps: Pick<Deps, 'config'>): boolean {
  if (deps.config.cookieSecure === 'always') return true;
  if (deps.config.cookieSecure === 'never') return false;
  return req.protocol === 'https';
}

export function setSupervisorCookie(req: FastifyRequest, reply: FastifyReply, deps: Pick<Deps, 'config'>, token: string): void {
  const secure = secureCookie(req, deps);
  reply.setCookie(secure ? SECURE_COOKIE : COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

export function clearSupervisorCookie(reply: FastifyReply): void {
  reply.clearCookie(COOKIE, { path: '/' });
  reply.clearCookie(SECURE_COOKIE, { path: '/', secure: true });
}

function supervisorTokenOf(req: FastifyRequest): string | undefined {
  return req.cookies[SECURE_COOKIE] ?? req.cookies[COOKIE];
}

export async function loadSupervisor(deps: Deps, token: string): Promise<SupervisorActor | 'expired'> {
  const [row] = await deps.db
    .select({ s: supervisorSessions, a: supervisorAccounts, p: socialSupervisors, bureauName: bureaus.name })
    .from(supervisorSessions)
    .innerJoin(supervisorAccounts, eq(supervisorAccounts.id, supervisorSessions.accountId))
    .innerJoin(socialSupervisors, eq(socialSupervisors.id, supervisorAccounts.supervisorId))
    .innerJoin(bureaus, eq(bureaus.id, socialSupervisors.bureauId))
    .where(eq(supervisorSessions.id, sm3Hex(token)));
  if (!row || row.s.revokedAt !== null) return 'expired';
  const { s, a, p } = row;
  const { policy } = await loadPolicy(deps.db, p.bureauId);
  const now = deps.clock.now();
  const timedOut = sessionTimeout(s, policy, now);
  if (timedOut) {
    await revokeSupervisorSession(deps.db, s.id, now, timedOut);
    return 'expired';
  }
  if (now.getTime() - s.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await deps.db.update(supervisorSessions).set({ lastSeenAt: now }).where(eq(supervisorSessions.id, s.id));
  }
  return {
    accountId: a.id,
    supervisorId: p.id,
    bureauId: p.bureauId,
    bureauName: row.bureauName,
    name: p.name,
    loginName: a.loginName,
    sessionId: s.id,
    csrfToken: s.csrfToken,
    mustChangePassword: a.mustChangePassword,
    appointment: { status: p.status, termStart: p.termStart, termEnd: p.termEnd, documentNumber: p.documentNumber },
  };
}

/**
 * The gate of every supervisor API: a supervisor session (a console session does not count), the CSRF token of that
 * session on writes, an appointment in force today, and the first-login password change done.
 */
export async function requireSupervisor(
  deps: Deps,
  req: FastifyRequest,
  opts: { allowPendingPasswordChange?: boolean } = {},
): Promise<SupervisorActor> {
  const token = supervisorTokenOf(req);
  const me = token ? await loadSupervisor(deps, token) : null;
  if (me === null) throw new AppError('AUTH_REQUIRED', '请先以社会监督员账号登录');
  if (me === 'expired') throw new AppError('AUTH_SESSION_EXPIRED', '登录已超时，请重新登录');
  checkCsrf(req, me.csrfToken);
  const standing = checkAppointmentInForce(me.appointment, toLocalDate(deps.clock.now()));
  if (!standing.ok) {
    await revokeSupervisorSession(deps.db, me.sessionId, deps.clock.now(), 'appointment_not_in_force');
    throw new AppError('APPOINTMENT_NOT_IN_FORCE', standing.reason, standing.basis ? { basis: standing.basis } : {});
  }
  if (me.mustChangePassword && !opts.allowPendingPasswordChange) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', '首次登录或密码被重置后，请先修改密码');
  }
  return me;
}
