/**
 * Ends supervisor portal sessions nobody will use again, so supervisor_sessions says who is signed in: a session past
 * its absolute lifetime or the bureau's idle minutes, or whose supervisor's appointment is no longer in force today
 * (term run out, suspended, ended), gets revoked_at and the revoke_reason the request path would have written
 * (sessionTimeout, requireSupervisor). A request on such a session is refused anyway; this only makes the table true
 * without waiting for one. Each session is re-checked in its UPDATE (still open, lastSeenAt unchanged), so a request
 * that touched it meanwhile keeps it. One audit row per bureau and run when anything was ended ('系统').
 */
import { and, eq, isNull } from 'drizzle-orm';
import { checkAppointmentInForce, toLocalDate } from '@quanze/domain';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Job } from '../../platform/jobs.ts';
import { loadPolicy } from '../identity/index.ts';
import { socialSupervisors, supervisorAccounts, supervisorSessions } from './supervision.table.ts';
import { sessionTimeout, type SessionEndReason } from './supervisor-session.ts';

export async function endStaleSupervisorSessions(deps: Deps): Promise<{ ended: number } & Partial<Record<SessionEndReason, number>>> {
  const open = await deps.db
    .select({
      id: supervisorSessions.id,
      lastSeenAt: supervisorSessions.lastSeenAt,
      expiresAt: supervisorSessions.expiresAt,
      supervisorId: socialSupervisors.id,
      bureauId: socialSupervisors.bureauId,
      status: socialSupervisors.status,
      termStart: socialSupervisors.termStart,
      termEnd: socialSupervisors.termEnd,
      documentNumber: socialSupervisors.documentNumber,
    })
    .from(supervisorSessions)
    .innerJoin(supervisorAccounts, eq(supervisorAccounts.id, supervisorSessions.accountId))
    .innerJoin(socialSupervisors, eq(socialSupervisors.id, supervisorAccounts.supervisorId))
    .where(isNull(supervisorSessions.revokedAt));

  const now = deps.clock.now();
  const today = toLocalDate(now);
  const idleMinutes = new Map<string, number>();
  const byBureau = new Map<string, { id: string; lastSeenAt: Date; supervisorId: string; reason: SessionEndReason }[]>();
  for (const s of open) {
    if (!idleMinutes.has(s.bureauId)) idleMinutes.set(s.bureauId, (await loadPolicy(deps.db, s.bureauId)).policy.idleTimeoutMinutes);
    const reason =
      sessionTimeout(s, { idleTimeoutMinutes: idleMinutes.get(s.bureauId)! }, now) ??
      (checkAppointmentInForce({ status: s.status, termStart: s.termStart, termEnd: s.termEnd, documentNumber: s.documentNumber }, today).ok
        ? null
        : 'appointment_not_in_force');
    if (!reason) continue;
    const list = byBureau.get(s.bureauId) ?? [];
    list.push({ id: s.id, lastSeenAt: s.lastSeenAt, supervisorId: s.supervisorId, reason });
    byBureau.set(s.bureauId, list);
  }

  const totals: Partial<Record<SessionEndReason, number>> = {};
  let ended = 0;
  for (const [bureauId, due] of byBureau) {
    const counts = await deps.db.transaction(async (tx) => {
      const counts: Partial<Record<SessionEndReason, number>> = {};
      const supervisors = new Set<string>();
      for (const d of due) {
        const done = await tx
          .update(supervisorSessions)
          .set({ revokedAt: now, revokeReason: d.reason })
          .where(and(eq(supervisorSessions.id, d.id), isNull(supervisorSessions.revokedAt), eq(supervisorSessions.lastSeenAt, d.lastSeenAt)))
          .returning({ id: supervisorSessions.id });
        if (done.length === 0) continue; // used or ended meanwhile
        counts[d.reason] = (counts[d.reason] ?? 0) + 1;
        supervisors.add(d.supervisorId);
      }
      if (supervisors.size === 0) return counts;
      await appendAudit(tx, { actorId: null, actorName: '系统', bureauId, ip: null }, now, {
        action: 'supervision.portal.sessions_ended',
        objectType: 'supervisor_session',
        summary: { byReason: counts, supervisorIds: [...supervisors] },
      });
      return counts;
    });
    for (const [r, c] of Object.entries(counts) as [SessionEndReason, number][]) {
      totals[r] = (totals[r] ?? 0) + c;
      ended += c;
    }
  }
  return { ended, ...totals };
}

/** Every 5 minutes: the idle timeout is 5–30 minutes, so the table is at most this far behind. */
export const endStaleSupervisorSessionsJob: Job = {
  name: 'end-stale-supervisor-sessions',
  lockKey: 7_321_601,
  everyMs: 5 * 60_000,
  run: endStaleSupervisorSessions,
};
