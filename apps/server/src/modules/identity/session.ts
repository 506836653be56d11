/**
 * Server-side sessions in PostgreSQL. The cookie carries a random token; the table keeps only its SM3 hash, so a
 * database reader cannot hijack a session. Idle and absolute timeouts come from the bureau's security policy.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { permissionsOf, requiresSecondFactor, scopeOf, passwordExpired, type Role } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import { randomToken, sm3Hex } from '../../platform/crypto.ts';
import type { Db, Executor } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { securityPolicies, sessions, users } from './identity.table.ts';
import { policyFromRow } from './security-policy.ts';
import { SessionCache } from './session-cache.ts';
import type { ChangeFeed } from '../../platform/change-feed.ts';

const COOKIE = 'qz_sid';
const SECURE_COOKIE = '__Host-qz_sid';
/**
 * lastSeenAt is written at most this often, not on every request. The idle timeout counts from the stored lastSeenAt,
 * so it may end a session up to this much before the policy's idle minutes after the last request — never after
 * (test/session-touch.test.ts).
 */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(
  tx: Executor,
  deps: Pick<Deps, 'clock'>,
  user: { id: string },
  absoluteLifetimeHours: number,
  meta: { ip: string | null; userAgent: string | null; secondFactorAt: Date | null },
): Promise<{ token: string; id: string; csrfToken: string }> {
  const now = deps.clock.now();
  const token = randomToken(32);
  const id = sm3Hex(token);
  const csrfToken = randomToken(24);
  await tx.insert(sessions).values({
    id,
    userId: user.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + absoluteLifetimeHours * 3_600_000),
    secondFactorAt: meta.secondFactorAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 256) ?? null,
  });
  return { token, id, csrfToken };
}

export async function revokeUserSessions(tx: Executor, userId: string, now: Date, reason: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now, revokeReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

export async function revokeSession(tx: Executor, id: string, now: Date, reason: string): Promise<void> {
  await tx.update(sessions).set({ revokedAt: now, revokeReason: reason }).where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

function useSecureCookie(req: FastifyRequest, deps: Pick<Deps, 'config'>): boolean {
  if (deps.config.cookieSecure === 'always') return true;
  if (deps.config.cookieSecure === 'never') return false;
  return req.protocol === 'https';
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, deps: Pick<Deps, 'config'>, token: string): void {
  const secure = useSecureCookie(req, deps);
  reply.setCookie(secure ? SECURE_COOKIE : COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(COOKIE, { path: '/' });
  reply.clearCookie(SECURE_COOKIE, { path: '/', secure: true });
}

export function sessionTokenOf(req: FastifyRequest): string | undefined {
  return req.cookies[SECURE_COOKIE] ?? req.cookies[COOKIE];
}

/**
 * The session with its user and the bureau's policy: every /api request asks it, so it is built once per pool as a
 * named prepared statement (drizzle does not rebuild the SQL, PostgreSQL parses and plans it once per connection).
 */
const sessionLookups = new WeakMap<Db, ReturnType<typeof buildSessionLookup>>();
const buildSessionLookup = (db: Db) =>
  db
    .select({ s: sessions, u: users, p: securityPolicies.policy })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(securityPolicies, eq(securityPolicies.bureauId, users.bureauId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare('qz_session_lookup');
function sessionLookup(db: Db) {
  let q = sessionLookups.get(db);
  if (!q) sessionLookups.set(db, (q = buildSessionLookup(db)));
  return q;
}

type SessionRow = Awaited<ReturnType<ReturnType<typeof buildSessionLookup>['execute']>>[number];
export type SessionLookupCache = SessionCache<SessionRow>;

export function createSessionLookupCache(feed: ChangeFeed): SessionLookupCache {
  return new SessionCache<SessionRow>(feed);
}

/**
 * Loads the actor for a request. Returns 'expired' when a session existed but timed out or was killed, so the
 * client can say 登录已超时 rather than 请先登录. With a cache (session-cache.ts), a session that was valid when read is
 * served from memory while it stays fully valid; anything else is decided on a fresh read.
 */
export async function loadActor(deps: Deps, token: string, cache?: SessionLookupCache): Promise<Actor | 'expired'> {
  const id = sm3Hex(token);
  const now = deps.clock.now();
  const cached = cache?.get(id);
  if (cached && endOf(cached, now) === null) {
    const actor = actorOf(cached, now);
    if (unrestricted(actor)) {
      if (await touch(deps, cached, now)) cache!.update(id, (r) => ({ ...r, s: { ...r.s, lastSeenAt: now } }));
      return actor;
    }
  }
  const ticket = cache?.ticket() ?? 0;
  const [row] = await sessionLookup(deps.db).execute({ id });
  if (!row) return 'expired';
  const end = endOf(row, now);
  if (end === 'revoked') return 'expired';
  if (end) {
    await revokeSession(deps.db, row.s.id, now, end);
    return 'expired';
  }
  const fresh = (await touch(deps, row, now)) ? { ...row, s: { ...row.s, lastSeenAt: now } } : row;
  const actor = actorOf(fresh, now);
  if (cache && unrestricted(actor)) cache.set(id, fresh, ticket);
  return actor;
}

/** Why the session is over at `now` (the revoke reason to record), or null while it lives. */
function endOf(row: SessionRow, now: Date): 'revoked' | 'user_disabled' | 'absolute_timeout' | 'idle_timeout' | null {
  const { s, u } = row;
  if (s.revokedAt !== null) return 'revoked';
  if (u.status !== 'active') return 'user_disabled';
  if (now >= s.expiresAt) return 'absolute_timeout';
  if (now.getTime() >= s.lastSeenAt.getTime() + policyFromRow(row.p).idleTimeoutMinutes * 60_000) return 'idle_timeout';
  return null;
}

/** Writes lastSeenAt when the last write is a minute old (TOUCH_EVERY_MS); true when it wrote. */
async function touch(deps: Deps, row: SessionRow, now: Date): Promise<boolean> {
  if (now.getTime() - row.s.lastSeenAt.getTime() < TOUCH_EVERY_MS) return false;
  await deps.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.s.id));
  return true;
}

/** A session with nothing pending (password change, second factor): the only kind served from memory. */
const unrestricted = (a: Actor) => !a.mustChangePassword && (!a.secondFactorRequired || a.secondFactorSatisfied);

/** The actor of a live session row. */
function actorOf(row: SessionRow, now: Date): Actor {
  const { s, u } = row;
  const policy = policyFromRow(row.p);
  const roles = u.roles as Role[];
  const secondFactorRequired = requiresSecondFactor(roles);
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    bureauId: u.bureauId,
    departmentId: u.departmentId,
    roles,
    permissions: permissionsOf(roles),
    scope: scopeOf(roles),
    sessionId: s.id,
    csrfToken: s.csrfToken,
    secondFactorRequired,
    secondFactorSatisfied: s.secondFactorAt !== null,
    mustChangePassword: u.mustChangePassword || passwordExpired(u.passwordChangedAt, now, policy),
    idleTimeoutMinutes: policy.idleTimeoutMinutes,
  };
}
