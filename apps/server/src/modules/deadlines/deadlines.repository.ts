/**
 * Reads for the deadline scan and view — open cases with their steps, loaded in a few set queries (no query per
 * case) — and the notifications and reminder settings this module writes.
 */
import { and, desc, eq, getTableColumns, inArray, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { OUTCOME_STATES, TERMINAL_STATES, type CaseState } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { caseOfficers, caseSteps, penaltyCases, type CaseRow, type CaseStepRow } from '../cases/index.ts';
import { users } from '../identity/index.ts';
import { officers } from '../officers/index.ts';
import { departments, leadershipGroupMembers } from '../org/index.ts';
import { powerAssignments } from '../powers/index.ts';
import { notifications, reminderSettings } from './deadlines.table.ts';

/** States in which no clock of the case runs any more. */
export const ENDED_STATES: readonly CaseState[] = ['closed', ...TERMINAL_STATES, ...OUTCOME_STATES];

export type OpenCaseRow = CaseRow & { departmentName: string | null };

/** Conditions for the open cases of a bureau, optionally narrowed to a department or to one user's own cases. */
export function openCaseConditions(f: { bureauId: string; departmentId?: string | undefined; userId?: string | undefined }): SQL[] {
  const conds: SQL[] = [eq(penaltyCases.bureauId, f.bureauId), notInArray(penaltyCases.state, [...ENDED_STATES])];
  if (f.departmentId) conds.push(eq(penaltyCases.departmentId, f.departmentId));
  if (f.userId) {
    const mine = sql`exists (select 1 from ${caseOfficers} co join ${officers} o on o.id = co.officer_id
      where co.case_id = ${penaltyCases.id} and co.removed_at is null and o.user_id = ${f.userId})`;
    conds.push(or(eq(penaltyCases.registeredBy, f.userId), mine)!);
  }
  return conds;
}

/**
 * The open cases matching `conds` with their steps, in one query: each case's steps come as one JSON array (instants
 * as epoch milliseconds), which the driver parses in one go — far cheaper than a row and a Date per step when a scan
 * reads twenty thousand cases.
 */
export async function openCasesWithSteps(db: Executor, conds: SQL[]): Promise<{ row: OpenCaseRow; steps: CaseStepRow[] }[]> {
  const rows = await db
    .select({
      ...getTableColumns(penaltyCases),
      departmentName: departments.name,
      stepsJson: sql<StepTuple[] | null>`(select json_agg(json_build_array(s.id, s.action, s.from_state, s.to_state, s.actor_id, s.actor_name,
        (extract(epoch from s.at) * 1000)::bigint, s.payload) order by s.at, s.id) from ${caseSteps} s where s.case_id = ${penaltyCases.id})`,
    })
    .from(penaltyCases)
    .leftJoin(departments, eq(departments.id, penaltyCases.departmentId))
    .where(and(...conds));
  return rows.map(({ stepsJson, ...row }) => ({
    row,
    steps: (stepsJson ?? []).map(([id, action, fromState, toState, actorId, actorName, at, payload]) => ({
      id,
      caseId: row.id,
      action,
      fromState,
      toState,
      actorId,
      actorName,
      at: new Date(Number(at)),
      payload,
      basis: '',
      warnings: [],
    })),
  }));
}

type StepTuple = [number, string, CaseState, CaseState, string | null, string, number | string, Record<string, unknown>];

/** User accounts of the active investigators of every case matching `conds`. */
export async function investigatorUsersOfOpenCases(db: Executor, conds: SQL[]): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ caseId: caseOfficers.caseId, userId: officers.userId })
    .from(caseOfficers)
    .innerJoin(officers, eq(officers.id, caseOfficers.officerId))
    .innerJoin(penaltyCases, eq(penaltyCases.id, caseOfficers.caseId))
    .where(and(isNull(caseOfficers.removedAt), ...conds));
  const byCase = new Map<string, string[]>();
  for (const r of rows) {
    if (!r.userId) continue;
    const list = byCase.get(r.caseId);
    if (list) list.push(r.userId);
    else byCase.set(r.caseId, [r.userId]);
  }
  return byCase;
}

/** Active department heads of the bureau, by department. */
export async function departmentHeadsOf(db: Executor, bureauId: string): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ id: users.id, departmentId: users.departmentId })
    .from(users)
    .where(and(eq(users.bureauId, bureauId), eq(users.status, 'active'), sql`'departmentHead' = any(${users.roles})`));
  const map = new Map<string, string[]>();
  for (const r of rows) if (r.departmentId) map.set(r.departmentId, [...(map.get(r.departmentId) ?? []), r.id]);
  return map;
}

/** 分管领导 of each power (the breakdown in force), and the bureau's current 局长 as the fallback. */
export async function leadersOf(db: Executor, bureauId: string, today: string): Promise<{ byPower: Map<string, string>; principals: string[] }> {
  const [inCharge, principals] = await Promise.all([
    db
      .select({ powerId: powerAssignments.powerId, userId: leadershipGroupMembers.userId })
      .from(powerAssignments)
      .innerJoin(leadershipGroupMembers, eq(leadershipGroupMembers.id, powerAssignments.leaderInChargeId))
      .where(and(eq(powerAssignments.bureauId, bureauId), isNull(powerAssignments.effectiveTo))),
    db
      .select({ userId: leadershipGroupMembers.userId })
      .from(leadershipGroupMembers)
      .where(
        and(
          eq(leadershipGroupMembers.bureauId, bureauId),
          eq(leadershipGroupMembers.position, 'leader'),
          or(isNull(leadershipGroupMembers.toDate), sql`${leadershipGroupMembers.toDate} >= ${today}`),
        ),
      ),
  ]);
  const byPower = new Map<string, string>();
  for (const r of inCharge) if (r.userId) byPower.set(r.powerId, r.userId);
  return { byPower, principals: principals.flatMap((p) => (p.userId ? [p.userId] : [])) };
}

export const DEFAULT_LEAD_WORKING_DAYS: readonly number[] = [3, 1];

export async function reminderSettingsOf(db: Executor, bureauId: string): Promise<{ leadWorkingDays: number[]; version: number }> {
  const [r] = await db.select().from(reminderSettings).where(eq(reminderSettings.bureauId, bureauId));
  return r ? { leadWorkingDays: r.leadWorkingDays, version: r.version } : { leadWorkingDays: [...DEFAULT_LEAD_WORKING_DAYS], version: 0 };
}

export type NewNotification = typeof notifications.$inferInsert;

/** Inserts reminders, skipping any whose de-duplication key exists; returns how many were new. */
export async function insertNotifications(db: Executor, rows: NewNotification[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const r = await db.insert(notifications).values(chunk).onConflictDoNothing({ target: notifications.dedupeKey }).returning({ id: notifications.id });
    inserted += r.length;
  }
  return inserted;
}

export async function notificationsOf(db: Executor, userId: string, unreadOnly: boolean, limit: number, offset: number) {
  const where = unreadOnly ? and(eq(notifications.userId, userId), isNull(notifications.readAt)) : eq(notifications.userId, userId);
  const [items, [total], [unread]] = await Promise.all([
    db
      .select({ n: notifications, caseNumber: penaltyCases.caseNumber })
      .from(notifications)
      .leftJoin(penaltyCases, eq(penaltyCases.id, notifications.caseId))
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(where),
    unreadCountQuery(db, userId),
  ]);
  return { items, total: total?.n ?? 0, unread: unread?.n ?? 0 };
}

const unreadCountQuery = (db: Executor, userId: string) =>
  db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));

export async function unreadCount(db: Executor, userId: string): Promise<number> {
  const [r] = await unreadCountQuery(db, userId);
  return r?.n ?? 0;
}

/** Marks the user's own notifications read (ids, or all); another user's ids are ignored. */
export async function markRead(db: Executor, userId: string, ids: string[] | 'all', now: Date): Promise<number> {
  const conds = [eq(notifications.userId, userId), isNull(notifications.readAt)];
  if (ids !== 'all') {
    if (ids.length === 0) return 0;
    conds.push(inArray(notifications.id, ids));
  }
  const r = await db.update(notifications).set({ readAt: now }).where(and(...conds)).returning({ id: notifications.id });
  return r.length;
}
