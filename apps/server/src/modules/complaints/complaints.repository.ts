/** The only place the complaint tables are read or written. */
import { and, asc, count, eq, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db.ts';
import { users } from '../identity/identity.table.ts';
import { bureaus, departments } from '../org/org.table.ts';
import { officers } from '../officers/officers.table.ts';
import { complaintAttachments, complaints, complaintSteps, type ComplaintRow, type NewComplaintRow } from './complaints.table.ts';

export type NewStep = typeof complaintSteps.$inferInsert;
export type NewAttachment = typeof complaintAttachments.$inferInsert;

export async function insertComplaint(tx: Executor, row: NewComplaintRow): Promise<ComplaintRow> {
  const [r] = await tx.insert(complaints).values(row).returning();
  return r!;
}

export async function insertStep(tx: Executor, step: NewStep) {
  const [r] = await tx.insert(complaintSteps).values(step).returning();
  return r!;
}

export async function insertAttachments(tx: Executor, rows: NewAttachment[]) {
  if (rows.length === 0) return [];
  return tx.insert(complaintAttachments).values(rows).returning();
}

export async function getComplaint(db: Executor, id: string): Promise<ComplaintRow | null> {
  const [r] = await db.select().from(complaints).where(eq(complaints.id, id));
  return r ?? null;
}

/** Row lock for a state change (one writer at a time; the version check then catches stale forms). */
export async function lockComplaint(tx: Executor, id: string): Promise<ComplaintRow | null> {
  const [r] = await tx.select().from(complaints).where(eq(complaints.id, id)).for('update');
  return r ?? null;
}

export async function updateComplaint(
  tx: Executor,
  id: string,
  version: number,
  patch: Partial<NewComplaintRow>,
): Promise<ComplaintRow | null> {
  const [r] = await tx
    .update(complaints)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(complaints.id, id), eq(complaints.version, version)))
    .returning();
  return r ?? null;
}

export async function byTrackingHash(db: Executor, hash: string): Promise<ComplaintRow | null> {
  const [r] = await db.select().from(complaints).where(eq(complaints.trackingCodeHash, hash));
  return r ?? null;
}

/** Submissions with this phone or e-mail (blind indexes) since `since`. */
export async function countByContactSince(
  db: Executor,
  indexes: { phone: string | null; email: string | null },
  since: Date,
): Promise<number> {
  const match: SQL[] = [];
  if (indexes.phone) match.push(eq(complaints.contactPhoneIndex, indexes.phone));
  if (indexes.email) match.push(eq(complaints.contactEmailIndex, indexes.email));
  if (match.length === 0) return 0;
  const [r] = await db
    .select({ n: count() })
    .from(complaints)
    .where(and(or(...match), gte(complaints.receivedAt, since)));
  return r?.n ?? 0;
}

export async function stepsOf(db: Executor, complaintId: string) {
  return db.select().from(complaintSteps).where(eq(complaintSteps.complaintId, complaintId)).orderBy(asc(complaintSteps.id));
}

export async function attachmentsOf(db: Executor, complaintId: string) {
  return db
    .select()
    .from(complaintAttachments)
    .where(eq(complaintAttachments.complaintId, complaintId))
    .orderBy(asc(complaintAttachments.uploadedAt));
}

export async function attachmentOf(db: Executor, complaintId: string, attachmentId: string) {
  const [r] = await db
    .select()
    .from(complaintAttachments)
    .where(and(eq(complaintAttachments.id, attachmentId), eq(complaintAttachments.complaintId, complaintId)));
  return r ?? null;
}

export async function namesOf(db: Executor, rows: readonly ComplaintRow[]) {
  const deptIds = [...new Set(rows.map((r) => r.departmentId).filter((x): x is string => x !== null))];
  const userIds = [...new Set(rows.map((r) => r.handlerUserId).filter((x): x is string => x !== null))];
  const [ds, us] = await Promise.all([
    deptIds.length
      ? db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, deptIds))
      : [],
    userIds.length ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds)) : [],
  ]);
  return { departments: new Map(ds.map((d) => [d.id, d.name])), users: new Map(us.map((u) => [u.id, u.name])) };
}

export async function departmentOf(db: Executor, id: string) {
  const [d] = await db.select().from(departments).where(eq(departments.id, id));
  return d ?? null;
}

export async function userOf(db: Executor, id: string) {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  return u ?? null;
}

/** officers.id of the officer accounts among these users (a complaint's handler is a user; surveys rate officers). */
export async function officerIdsOfUsers(db: Executor, userIds: readonly string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ id: officers.id })
    .from(officers)
    .where(inArray(officers.userId, [...userIds]));
  return rows.map((r) => r.id);
}

/** Every id of one staff member (personIdsOfUsers for a single user). */
export async function personIdsOf(db: Executor, userId: string): Promise<string[]> {
  return (await personIdsOfUsers(db, [userId])).get(userId) ?? [userId];
}

/**
 * The accounts (users.id) behind 被反映人 ids: an officer record's account, or the id itself when it names an account
 * (an officer record without an account names nobody who can log in, and is kept as is: it matches no user).
 */
export async function accountsOfSubjects(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const out = new Map(unique.map((id) => [id, id]));
  if (unique.length === 0) return out;
  const rows = await db.select({ id: officers.id, userId: officers.userId }).from(officers).where(inArray(officers.id, unique));
  for (const r of rows) if (r.userId) out.set(r.id, r.userId);
  return out;
}

/**
 * Every id a staff member has (users.id and the officers.id of their officer record), per user: the recusal check
 * (回避) matches a 被反映人 named by either.
 */
export async function personIdsOfUsers(db: Executor, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map(userIds.map((id) => [id, [id]]));
  if (userIds.length === 0) return out;
  const rows = await db
    .select({ id: officers.id, userId: officers.userId })
    .from(officers)
    .where(inArray(officers.userId, [...userIds]));
  for (const r of rows) if (r.userId) out.get(r.userId)?.push(r.id);
  return out;
}

const BUSINESS_ROLES = ['officer', 'departmentHead', 'leader', 'supervisor'] as const;

export interface SubjectPerson {
  id: string;
  name: string;
  bureauId: string;
  departmentName: string | null;
}

/**
 * The staff a complaint can be about (被反映人): the bureau's active officers (by officers.id) and its business users
 * who have no officer record (by users.id), each person once.
 */
export async function subjectPeopleOfBureau(db: Executor, bureauId: string): Promise<SubjectPerson[]> {
  const [os, us] = await Promise.all([
    db
      .select({ id: officers.id, name: officers.name, userId: officers.userId, departmentName: departments.name })
      .from(officers)
      .leftJoin(departments, eq(departments.id, officers.departmentId))
      .where(and(eq(officers.bureauId, bureauId), eq(officers.status, 'active')))
      .orderBy(asc(officers.name)),
    db
      .select({ id: users.id, name: users.displayName, roles: users.roles, departmentName: departments.name })
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(and(eq(users.bureauId, bureauId), eq(users.status, 'active')))
      .orderBy(asc(users.displayName)),
  ]);
  const withOfficer = new Set(os.map((o) => o.userId).filter((x): x is string => x !== null));
  return [
    ...os.map((o) => ({ id: o.id, name: o.name, bureauId, departmentName: o.departmentName })),
    ...us
      .filter((u) => !withOfficer.has(u.id) && u.roles.some((r) => (BUSINESS_ROLES as readonly string[]).includes(r)))
      .map((u) => ({ id: u.id, name: u.name, bureauId, departmentName: u.departmentName })),
  ];
}

/** The 被反映人 behind these ids (officers.id or users.id), whatever their bureau or status (the caller checks). */
export async function subjectPeopleByIds(db: Executor, ids: readonly string[]): Promise<SubjectPerson[]> {
  if (ids.length === 0) return [];
  const [os, us] = await Promise.all([
    db
      .select({ id: officers.id, name: officers.name, bureauId: officers.bureauId, departmentName: departments.name })
      .from(officers)
      .leftJoin(departments, eq(departments.id, officers.departmentId))
      .where(inArray(officers.id, [...ids])),
    db
      .select({ id: users.id, name: users.displayName, bureauId: users.bureauId, departmentName: departments.name })
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(inArray(users.id, [...ids])),
  ]);
  const byId = new Map([...os, ...us].map((p) => [p.id, p]));
  return ids.map((id) => byId.get(id)).filter((p): p is SubjectPerson => p !== undefined);
}

/** Active business users of the bureau by department, for the assignment form. */
export async function handlersOfBureau(db: Executor, bureauId: string) {
  const [ds, us] = await Promise.all([
    db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(and(eq(departments.bureauId, bureauId), eq(departments.status, 'active')))
      .orderBy(asc(departments.sortOrder), asc(departments.name)),
    db
      .select({ id: users.id, name: users.displayName, departmentId: users.departmentId, roles: users.roles })
      .from(users)
      .where(and(eq(users.bureauId, bureauId), eq(users.status, 'active')))
      .orderBy(asc(users.displayName)),
  ]);
  return { departments: ds, users: us };
}

export interface ComplaintListFilter {
  bureauId: string;
  /** Data scope: null = the whole bureau. */
  departmentId: string | null;
  handlerUserId: string | null;
  /** Every id of the viewer: complaints naming any of them as 被反映人 are left out (信访工作条例 第三十条第三款). */
  withheldFromIds?: readonly string[] | undefined;
  state?: string | undefined;
  kind?: string | undefined;
  overdueBefore?: string | undefined;
  q?: string | undefined;
}

/** The complaints whose 被反映人 (subject_officer_ids, a jsonb array of ids) include none of these ids. */
export function notNamingAnyOf(ids: readonly string[]): SQL {
  return sql`not (${complaints.subjectOfficerIds} ?| array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::text[])`;
}

function listWhere(f: ComplaintListFilter): SQL {
  const conds: SQL[] = [eq(complaints.bureauId, f.bureauId)];
  if (f.departmentId) conds.push(eq(complaints.departmentId, f.departmentId));
  if (f.handlerUserId) conds.push(eq(complaints.handlerUserId, f.handlerUserId));
  if (f.withheldFromIds?.length) conds.push(notNamingAnyOf(f.withheldFromIds));
  if (f.state) conds.push(eq(complaints.state, f.state as ComplaintRow['state']));
  if (f.kind) conds.push(eq(complaints.kind, f.kind as ComplaintRow['kind']));
  if (f.overdueBefore) conds.push(sql`${complaints.nextDueOn} < ${f.overdueBefore}::date`);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(
      or(
        sql`${complaints.subject} ilike ${like}`,
        sql`('XF' || extract(year from ${complaints.receivedOn})::text || '-' || lpad(${complaints.serial}::text, 6, '0')) ilike ${like}`,
      )!,
    );
  }
  return and(...conds)!;
}

/** The intake queue: overdue and soonest-due first, then newest. */
export async function listComplaints(db: Executor, f: ComplaintListFilter, page: number, pageSize: number, today: string) {
  const where = listWhere(f);
  const [rows, [total], [overdue]] = await Promise.all([
    db
      .select()
      .from(complaints)
      .where(where)
      .orderBy(sql`${complaints.nextDueOn} asc nulls last`, sql`${complaints.receivedAt} desc`, asc(complaints.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(complaints).where(where),
    db
      .select({ n: count() })
      .from(complaints)
      .where(and(listWhere({ ...f, overdueBefore: undefined }), sql`${complaints.nextDueOn} < ${today}::date`)),
  ]);
  return { rows, total: total?.n ?? 0, overdueCount: overdue?.n ?? 0 };
}

/** The bureau a portal submission goes to: the one asked for when it exists, else the first (a one-bureau portal). */
export async function portalBureauId(db: Executor, requested?: string): Promise<string | null> {
  const [b] = requested
    ? await db.select({ id: bureaus.id }).from(bureaus).where(eq(bureaus.id, requested))
    : await db.select({ id: bureaus.id }).from(bureaus).orderBy(asc(bureaus.createdAt)).limit(1);
  return b?.id ?? null;
}

export async function bureauNameOf(db: Executor, id: string): Promise<string | null> {
  const [b] = await db.select({ name: bureaus.name }).from(bureaus).where(eq(bureaus.id, id));
  return b?.name ?? null;
}
