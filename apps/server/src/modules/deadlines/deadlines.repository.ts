/**
 * Reads for the deadline scan and view — open cases with their steps, loaded in a few set queries (no query per
 * case) — and the notifications and reminder settings this module writes.
 */
import { and, desc, eq, inArray, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { CLOCK_IDS, permissionsOf, ROLE_DEFINITIONS, ROLES, scopeOf, type Permission, type Role } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
// Leaf files, not cases/index.ts: the case action (cases/commands) calls back into this module to store the clocks.
import { caseOfficers, penaltyCases } from '../cases/cases.table.ts';
import { complaints } from '../complaints/complaints.table.ts';
import { users } from '../identity/index.ts';
import { officers } from '../officers/index.ts';
import { departments, leadershipGroupMembers } from '../org/index.ts';
import { powerAssignments } from '../powers/index.ts';
import { notifications, reminderSettings, storedCaseClocks } from './deadlines.table.ts';
import { clockCaseColumns } from './open-clocks.ts';
import { ENDED_STATES } from './open-cases.query.ts';

export { ENDED_STATES, openCasesWithSteps, type OpenCaseRow, type OpenCaseWithSteps } from './open-cases.query.ts';

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

/**
 * Active holders of a permission, those of bureau scope and those of department scope by department — the people a
 * reminder goes to besides the object's own handler (complaint:handle for 信访 clocks, disclosure:publish for 公示).
 */
export async function permissionHoldersOf(db: Executor, bureauId: string, permission: Permission): Promise<{ bureau: string[]; byDepartment: Map<string, string[]> }> {
  const roles = ROLES.filter((r) => ROLE_DEFINITIONS[r].permissions.includes(permission));
  const rows = await db
    .select({ id: users.id, departmentId: users.departmentId, roles: users.roles })
    .from(users)
    .where(and(eq(users.bureauId, bureauId), eq(users.status, 'active'), sql`${users.roles} && ${sql.param(roles)}::text[]`));
  const out = { bureau: [] as string[], byDepartment: new Map<string, string[]>() };
  for (const r of rows) {
    const held = r.roles.filter((x): x is Role => (ROLES as readonly string[]).includes(x));
    if (!permissionsOf(held).has(permission)) continue;
    const scope = scopeOf(held);
    if (scope === 'bureau') out.bureau.push(r.id);
    else if (scope === 'department' && r.departmentId) out.byDepartment.set(r.departmentId, [...(out.byDepartment.get(r.departmentId) ?? []), r.id]);
  }
  return out;
}

/** complaint:handle holders (信访工作条例 intake, acceptance and assignment). */
export const complaintHandlersOf = (db: Executor, bureauId: string) => permissionHoldersOf(db, bureauId, 'complaint:handle');

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

/**
 * Inserts reminders, skipping any whose de-duplication key exists; returns how many were new. One statement for all
 * rows (column arrays through unnest) instead of one per thousand; ON CONFLICT still guards against a concurrent writer.
 */
export async function insertNotifications(db: Executor, all: NewNotification[]): Promise<number> {
  if (all.length === 0) return 0;
  // Keys first (a unique-index probe each): a rerun, which finds most reminders already sent, then sends no texts.
  const { rows: sent } = await db.execute<{ k: string }>(
    sql`select dedupe_key as k from ${notifications} where dedupe_key = any(${sql.param(all.map((r) => r.dedupeKey))}::text[])`,
  );
  const have = new Set(sent.map((s) => s.k));
  const rows = have.size === 0 ? all : all.filter((r) => !have.has(r.dedupeKey));
  if (rows.length === 0) return 0;
  // One array parameter per column (sql.param: an array interpolated bare would become one parameter per element).
  const col = <T>(f: (r: NewNotification) => T) => sql.param(rows.map(f));
  const { rows: [r] } = await db.execute<{ n: number }>(sql`with ins as (
      insert into ${notifications} (bureau_id, user_id, kind, case_id, complaint_id, clock_id, due_date, level, lead_days, title, body, dedupe_key, created_at)
      select * from unnest(${col((r) => r.bureauId)}::uuid[], ${col((r) => r.userId)}::uuid[], ${col((r) => r.kind ?? 'deadline')}::text[],
        ${col((r) => r.caseId ?? null)}::uuid[], ${col((r) => r.complaintId ?? null)}::uuid[], ${col((r) => r.clockId ?? null)}::text[], ${col((r) => r.dueDate ?? null)}::date[],
        ${col((r) => r.level)}::text[], ${col((r) => r.leadDays ?? 0)}::int[], ${col((r) => r.title)}::text[], ${col((r) => r.body)}::text[],
        ${col((r) => r.dedupeKey)}::text[], ${col((r) => r.createdAt.toISOString())}::timestamptz[])
      on conflict (dedupe_key) do nothing
      returning 1)
    select count(*)::int as n from ins`);
  return r?.n ?? 0;
}

export async function notificationsOf(db: Executor, userId: string, unreadOnly: boolean, limit: number, offset: number) {
  const where = unreadOnly ? and(eq(notifications.userId, userId), isNull(notifications.readAt)) : eq(notifications.userId, userId);
  const [items, [total], [unread]] = await Promise.all([
    db
      .select({ n: notifications, caseNumber: penaltyCases.caseNumber, complaint: { serial: complaints.serial, receivedOn: complaints.receivedOn } })
      .from(notifications)
      .leftJoin(penaltyCases, eq(penaltyCases.id, notifications.caseId))
      .leftJoin(complaints, eq(complaints.id, notifications.complaintId))
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

/**
 * The deadline view's case clocks, in SQL over case_clocks (the stored clocks of every open case): filtered by scope
 * (`conds` on penalty_cases), clock and overdue, ordered most urgent first and paged — only the page's rows and their
 * stored deadlines leave the database. The order is the view's total order (caseClockOrder); text compares by code
 * point (collate "C") so that Node can merge other sources into it exactly (deadlines.queries.ts).
 */
export interface CaseClockFilter {
  /** The bureau again on case_clocks itself, so the page is read in due-date order from case_clocks_due_idx. */
  bureauId: string;
  conds: SQL[];
  today: string;
  clockId?: string | undefined;
  status?: 'overdue' | 'open' | undefined;
}

/** Overdue exactly as the view shows it: a deadline (not a waiting period) with a due date before today. */
const overdueSql = (today: string) => sql`(${storedCaseClocks.kind} = 'deadline' and ${storedCaseClocks.dueDate} is not null and ${storedCaseClocks.dueDate} < ${today}::date)`;

function caseClockWhere(f: CaseClockFilter, withStatus: boolean): SQL | undefined {
  const conds = [eq(storedCaseClocks.bureauId, f.bureauId), ...f.conds, inArray(storedCaseClocks.clockId, CLOCK_IDS)]; // a clock retired since it was stored is not shown
  if (f.clockId) conds.push(eq(storedCaseClocks.clockId, f.clockId));
  if (withStatus && f.status === 'overdue') conds.push(overdueSql(f.today));
  if (withStatus && f.status === 'open') conds.push(sql`not ${overdueSql(f.today)}`);
  return and(...conds);
}

/** Due date first (a held clock, without one, last), then case number, case and clock: one total order across pages. */
const caseClockOrder = [
  sql`${storedCaseClocks.dueDate} asc nulls last`,
  sql`coalesce(${penaltyCases.caseNumber}, '') collate "C"`,
  sql`${storedCaseClocks.caseId}`,
  sql`${storedCaseClocks.clockId} collate "C"`,
];

/** `limit` case clocks from `offset` in the view's order, with their cases. */
export function caseClockPage(db: Executor, f: CaseClockFilter, offset: number, limit: number) {
  return db
    .select({ clockId: storedCaseClocks.clockId, deadline: storedCaseClocks.deadline, ...clockCaseColumns })
    .from(storedCaseClocks)
    .innerJoin(penaltyCases, eq(penaltyCases.id, storedCaseClocks.caseId))
    .leftJoin(departments, eq(departments.id, penaltyCases.departmentId))
    .where(caseClockWhere(f, true))
    .orderBy(...caseClockOrder)
    .limit(limit)
    .offset(offset);
}

/**
 * Per clock of the scope (no clock or status filter): its label, how many open and how many overdue — the header's
 * counts and the clock filter's choices in one grouped read.
 */
export async function caseClockCounts(db: Executor, f: Omit<CaseClockFilter, 'clockId' | 'status'>): Promise<{ clockId: string; label: string; n: number; overdue: number }[]> {
  return db
    .select({
      clockId: storedCaseClocks.clockId,
      label: sql<string>`max(${storedCaseClocks.deadline}->>'label')`,
      n: sql<number>`count(*)::int`,
      overdue: sql<number>`(count(*) filter (where ${overdueSql(f.today)}))::int`,
    })
    .from(storedCaseClocks)
    .innerJoin(penaltyCases, eq(penaltyCases.id, storedCaseClocks.caseId))
    .where(caseClockWhere(f, false))
    .groupBy(storedCaseClocks.clockId);
}
