/**
 * The only place the case tables are read or written. It also reads (never writes) what a case needs from other
 * modules' tables: the power item in force, officers with their current certificate, the leadership group and the
 * power breakdown (who is the leader in charge), the bureau's names.
 */
import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Certificate, Officer } from '@quanze/domain';
import type { Executor, Tx } from '../../platform/db.ts';
import { users } from '../identity/index.ts';
import { certificates, officers } from '../officers/index.ts';
import { bureaus, departments, leadershipGroupMembers } from '../org/index.ts';
import { powerAssignments, powerListItems, powerLists } from '../powers/index.ts';
import { caseOfficers, caseRecusals, caseSteps, documentNumberSeries, penaltyCases } from './cases.table.ts';

export type CaseRow = typeof penaltyCases.$inferSelect;
export type CaseStepRow = typeof caseSteps.$inferSelect;
export type CaseOfficerRow = typeof caseOfficers.$inferSelect;
export type NewCase = typeof penaltyCases.$inferInsert;
export type CaseRecusalRow = typeof caseRecusals.$inferSelect;

export interface OfficerWithCertificate {
  officer: Officer;
  userId: string | null;
  bureauId: string;
  status: 'active' | 'left';
  legalProfessionQualification: boolean;
}

export interface PowerItem {
  powerId: string;
  subjectId: string;
  bureauId: string;
  code: string;
  name: string;
  enforcementField: string;
  area: string;
  basis: { law: string; article: string }[];
}

/**
 * The reads every case detail makes, built once per executor (the pool; a transaction builds its own) as named
 * prepared statements: drizzle does not rebuild their SQL on each request (a measurable share of the detail's CPU)
 * and PostgreSQL parses and plans each once per connection. Parameters are sql.placeholder()s.
 */
function preparedOn<T>(build: (db: Executor) => T): (db: Executor) => T {
  const cache = new WeakMap<Executor, T>();
  return (db) => {
    let q = cache.get(db);
    if (!q) cache.set(db, (q = build(db)));
    return q;
  };
}
const ph = (name: string) => sql.placeholder(name);

const powerItemQuery = preparedOn((db) =>
  db
    .select({ item: powerListItems, subjectId: powerLists.subjectId })
    .from(powerListItems)
    .innerJoin(powerLists, eq(powerLists.id, powerListItems.listId))
    .where(and(eq(powerListItems.powerId, ph('powerId')), eq(powerLists.status, 'published'), sql`${powerListItems.change} <> 'removed'`))
    .limit(1)
    .prepare('qz_case_power_item'),
);

/** The item of the power in the subject's published list (null when the power is not in force). */
export async function powerItemOf(db: Executor, powerId: string): Promise<PowerItem | null> {
  const [r] = await powerItemQuery(db).execute({ powerId });
  return r ? toPowerItem(r.item, r.subjectId) : null;
}

function toPowerItem(i: typeof powerListItems.$inferSelect, subjectId: string): PowerItem {
  return {
    powerId: i.powerId,
    subjectId,
    bureauId: i.bureauId,
    code: i.code,
    name: i.name,
    enforcementField: i.enforcementField,
    area: i.area,
    basis: i.basis.map((b) => ({ law: b.law, article: b.article })),
  };
}

export async function bureauNamesOf(db: Executor, bureauId: string): Promise<{ name: string; shortName: string }> {
  const [b] = await db.select({ name: bureaus.name, shortName: bureaus.shortName }).from(bureaus).where(eq(bureaus.id, bureauId));
  return b ?? { name: '', shortName: '' };
}

export async function departmentOf(db: Executor, id: string): Promise<{ id: string; bureauId: string; name: string } | undefined> {
  const [d] = await db.select({ id: departments.id, bureauId: departments.bureauId, name: departments.name }).from(departments).where(eq(departments.id, id));
  return d;
}

const toCertificate = (c: typeof certificates.$inferSelect): Certificate => ({
  id: c.id,
  number: c.number,
  issuingAuthority: c.issuingAuthority,
  status: c.status,
  categories: c.categories,
  areas: c.areas,
  validFrom: c.validFrom,
  validTo: c.validTo,
  lastReviewedYear: c.lastReviewedYear,
});

/**
 * Officers with their current certificate (the newest row), keyed by officer id. One statement: the newest
 * certificate is picked per officer by a correlated sub-select on certificates_officer_idx (the detail asks for the
 * case's investigators and the actor's own record on every request).
 */
const newestCertificate = sql`(select c2.id from ${certificates} c2 where c2.officer_id = ${officers.id} order by c2.created_at desc, c2.id desc limit 1)`;
const officersQuery = (db: Executor, where: SQL) => db.select({ o: officers, c: certificates }).from(officers).leftJoin(certificates, eq(certificates.id, newestCertificate)).where(where);
const officersByIdsQuery = preparedOn((db) => officersQuery(db, sql`${officers.id} = any(${ph('ids')}::uuid[])`).prepare('qz_case_officers_by_ids'));
const officerOfUserQuery = preparedOn((db) => officersQuery(db, and(eq(officers.userId, ph('userId')), eq(officers.status, 'active'))!).prepare('qz_case_officer_of_user'));

export type OfficerJoinRow = { o: typeof officers.$inferSelect; c: typeof certificates.$inferSelect | null };
export const withCertificate = (rows: OfficerJoinRow[]): OfficerWithCertificate[] =>
  rows.map(({ o, c }) => ({
    officer: { id: o.id, name: o.name, employmentType: o.employmentType, certificate: c ? toCertificate(c) : null },
    userId: o.userId,
    bureauId: o.bureauId,
    status: o.status,
    legalProfessionQualification: o.legalProfessionQualification,
  }));

export async function officersWithCertificates(db: Executor, where: SQL): Promise<OfficerWithCertificate[]> {
  return withCertificate(await officersQuery(db, where));
}

export const officersByIds = async (db: Executor, ids: readonly string[]): Promise<OfficerWithCertificate[]> =>
  ids.length ? withCertificate(await officersByIdsQuery(db).execute({ ids: [...ids] })) : [];

export const officersInBureau = (db: Executor, bureauId: string, ids: readonly string[]) =>
  ids.length ? officersWithCertificates(db, and(eq(officers.bureauId, bureauId), inArray(officers.id, [...ids]))!) : Promise.resolve([]);

export async function officerOfUser(db: Executor, userId: string): Promise<OfficerWithCertificate | null> {
  const [o] = withCertificate(await officerOfUserQuery(db).execute({ userId }));
  return o ?? null;
}

/** A user of the bureau as a PersonRef (with the officer record, if any): a presider, an attendee. */
export async function personOfUser(db: Executor, bureauId: string, userId: string): Promise<{ userId: string; officerId: string | null; name: string } | null> {
  const [u] = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.bureauId, bureauId), eq(users.status, 'active')))
    .limit(1);
  if (!u) return null;
  const o = await officerOfUser(db, userId);
  return { userId: u.id, officerId: o?.officer.id ?? null, name: o?.officer.name ?? u.name };
}

const isPrincipalQuery = preparedOn((db) =>
  db
    .select({ id: leadershipGroupMembers.id })
    .from(leadershipGroupMembers)
    .where(
      and(
        eq(leadershipGroupMembers.userId, ph('userId')),
        eq(leadershipGroupMembers.position, 'leader'),
        or(isNull(leadershipGroupMembers.toDate), sql`${leadershipGroupMembers.toDate} >= ${ph('today')}::date`),
      ),
    )
    .limit(1)
    .prepare('qz_case_is_principal'),
);

/** 局长: a current member of the leadership group in the position of leader. */
export async function isPrincipal(db: Executor, userId: string, today: string): Promise<boolean> {
  const [m] = await isPrincipalQuery(db).execute({ userId, today });
  return m !== undefined;
}

const departmentsLedByQuery = preparedOn((db) =>
  db
    .selectDistinct({ departmentId: powerAssignments.departmentId })
    .from(powerAssignments)
    .innerJoin(leadershipGroupMembers, eq(leadershipGroupMembers.id, powerAssignments.leaderInChargeId))
    .where(and(eq(leadershipGroupMembers.userId, ph('userId')), isNull(powerAssignments.effectiveTo)))
    .prepare('qz_case_departments_led_by'),
);

/** Departments whose powers this person is the leader in charge of (分管), by the breakdown in force. */
export async function departmentsLedBy(db: Executor, userId: string): Promise<string[]> {
  const rows = await departmentsLedByQuery(db).execute({ userId });
  return rows.flatMap((r) => (r.departmentId ? [r.departmentId] : []));
}

export async function insertCase(tx: Tx, values: NewCase): Promise<CaseRow> {
  const [r] = await tx.insert(penaltyCases).values(values).returning();
  return r!;
}

const caseWithDepartmentQuery = preparedOn((db) =>
  db
    .select({ c: penaltyCases, departmentName: departments.name })
    .from(penaltyCases)
    .leftJoin(departments, eq(departments.id, penaltyCases.departmentId))
    .where(eq(penaltyCases.id, ph('id')))
    .prepare('qz_case_with_department'),
);

/** The case with its department's name (the detail's first read: one statement instead of two). */
export async function getCaseWithDepartment(db: Executor, id: string): Promise<{ row: CaseRow; departmentName: string | null } | undefined> {
  const [r] = await caseWithDepartmentQuery(db).execute({ id });
  return r ? { row: r.c, departmentName: r.departmentName } : undefined;
}

export async function getCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  const [r] = await db.select().from(penaltyCases).where(eq(penaltyCases.id, id));
  return r;
}

export async function lockCase(tx: Tx, id: string): Promise<CaseRow | undefined> {
  const [r] = await tx.select().from(penaltyCases).where(eq(penaltyCases.id, id)).for('update');
  return r;
}

export async function updateCase(tx: Tx, id: string, set: Partial<NewCase>): Promise<void> {
  await tx.update(penaltyCases).set(set).where(eq(penaltyCases.id, id));
}

const stepsQuery = preparedOn((db) => db.select().from(caseSteps).where(eq(caseSteps.caseId, ph('caseId'))).orderBy(asc(caseSteps.at), asc(caseSteps.id)).prepare('qz_case_steps'));

export async function stepsOf(db: Executor, caseId: string): Promise<CaseStepRow[]> {
  return stepsQuery(db).execute({ caseId });
}

export async function insertStep(tx: Tx, step: typeof caseSteps.$inferInsert): Promise<CaseStepRow> {
  const [r] = await tx.insert(caseSteps).values(step).returning();
  return r!;
}

const caseOfficersQuery = preparedOn((db) => db.select().from(caseOfficers).where(eq(caseOfficers.caseId, ph('caseId'))).orderBy(asc(caseOfficers.assignedAt)).prepare('qz_case_officers'));

export async function caseOfficersOf(db: Executor, caseId: string): Promise<CaseOfficerRow[]> {
  return caseOfficersQuery(db).execute({ caseId });
}

export async function assignOfficers(tx: Tx, caseId: string, officerIds: readonly string[], by: string, at: Date): Promise<void> {
  if (officerIds.length === 0) return;
  await tx.insert(caseOfficers).values(officerIds.map((officerId) => ({ caseId, officerId, assignedBy: by, assignedAt: at })));
}

export async function removeOfficers(tx: Tx, caseId: string, officerIds: readonly string[], reason: string, at: Date): Promise<void> {
  if (officerIds.length === 0) return;
  await tx
    .update(caseOfficers)
    .set({ removedAt: at, removedReason: reason })
    .where(and(eq(caseOfficers.caseId, caseId), inArray(caseOfficers.officerId, [...officerIds]), isNull(caseOfficers.removedAt)));
}

/** The next number of the bureau's yearly series, taken under a row lock: unbroken, never reused. */
export async function allocateNumber(tx: Tx, bureauId: string, kind: string, year: number, now: Date, next: (last: { year: number; sequence: number } | null) => number): Promise<number> {
  await tx.insert(documentNumberSeries).values({ bureauId, kind, year, lastNumber: 0, updatedAt: now }).onConflictDoNothing();
  const [s] = await tx
    .select()
    .from(documentNumberSeries)
    .where(and(eq(documentNumberSeries.bureauId, bureauId), eq(documentNumberSeries.kind, kind), eq(documentNumberSeries.year, year)))
    .for('update');
  const sequence = next(s && s.lastNumber > 0 ? { year, sequence: s.lastNumber } : null);
  await tx
    .update(documentNumberSeries)
    .set({ lastNumber: sequence, updatedAt: now })
    .where(and(eq(documentNumberSeries.bureauId, bureauId), eq(documentNumberSeries.kind, kind), eq(documentNumberSeries.year, year)));
  return sequence;
}

export interface CaseListFilter {
  bureauId: string;
  departmentId?: string | undefined;
  state?: string | undefined;
  /** Instants bounding lead_received_at: [from, to). */
  from?: Date | undefined;
  to?: Date | undefined;
  /** Self scope: cases the user investigates or registered. */
  userId?: string | undefined;
  limit: number;
  offset: number;
}

export async function listCases(db: Executor, f: CaseListFilter) {
  const conds: SQL[] = [eq(penaltyCases.bureauId, f.bureauId)];
  if (f.departmentId) conds.push(eq(penaltyCases.departmentId, f.departmentId));
  if (f.state) conds.push(eq(penaltyCases.state, f.state as CaseRow['state']));
  if (f.from) conds.push(gte(penaltyCases.leadReceivedAt, f.from));
  if (f.to) conds.push(lt(penaltyCases.leadReceivedAt, f.to));
  if (f.userId) {
    const mine = sql`exists (select 1 from ${caseOfficers} co join ${officers} o on o.id = co.officer_id
      where co.case_id = ${penaltyCases.id} and co.removed_at is null and o.user_id = ${f.userId})`;
    conds.push(or(eq(penaltyCases.registeredBy, f.userId), mine)!);
  }
  const where = and(...conds);
  const [rows, [count]] = await Promise.all([
    db
      .select({ c: penaltyCases, departmentName: departments.name })
      .from(penaltyCases)
      .leftJoin(departments, eq(departments.id, penaltyCases.departmentId))
      .where(where)
      .orderBy(desc(penaltyCases.leadReceivedAt), desc(penaltyCases.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(penaltyCases).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r.c, departmentName: r.departmentName })), total: count?.n ?? 0 };
}

/** Is the user an active investigator of the case (for the officer's self scope)? */
const investigatesQuery = preparedOn((db) =>
  db
    .select({ id: caseOfficers.id })
    .from(caseOfficers)
    .innerJoin(officers, eq(officers.id, caseOfficers.officerId))
    .where(and(eq(caseOfficers.caseId, ph('caseId')), isNull(caseOfficers.removedAt), eq(officers.userId, ph('userId'))))
    .limit(1)
    .prepare('qz_case_investigates'),
);

export async function investigatesCase(db: Executor, caseId: string, userId: string): Promise<boolean> {
  const [r] = await investigatesQuery(db).execute({ caseId, userId });
  return r !== undefined;
}

/** 回避申请 of a case, oldest first. */
const recusalsQuery = preparedOn((db) =>
  db.select().from(caseRecusals).where(eq(caseRecusals.caseId, ph('caseId'))).orderBy(asc(caseRecusals.requestedAt), asc(caseRecusals.id)).prepare('qz_case_recusals'),
);

export async function recusalsOf(db: Executor, caseId: string): Promise<CaseRecusalRow[]> {
  return recusalsQuery(db).execute({ caseId });
}

export async function insertRecusal(tx: Tx, values: typeof caseRecusals.$inferInsert): Promise<CaseRecusalRow> {
  const [r] = await tx.insert(caseRecusals).values(values).returning();
  return r!;
}

/** Records the decision on a pending request (the WHERE keeps a decided one from being decided again). */
export async function decideRecusalRow(
  tx: Tx,
  id: string,
  d: { status: 'granted' | 'refused'; decidedAt: Date; decidedBy: string; decidedByName: string; decisionReason: string },
): Promise<boolean> {
  const r = await tx
    .update(caseRecusals)
    .set(d)
    .where(and(eq(caseRecusals.id, id), eq(caseRecusals.status, 'pending')))
    .returning({ id: caseRecusals.id });
  return r.length === 1;
}

/** Accounts of the bureau, among `userIds`, that hold the leader role (负责人) — for a collective discussion. */
export async function leaderUserIds(db: Executor, bureauId: string, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.bureauId, bureauId), inArray(users.id, [...userIds]), eq(users.status, 'active'), sql`'leader' = any(${users.roles})`));
  return new Set(rows.map((r) => r.id));
}

/** Is the decision (or pre-numbered on-the-spot form) number already used in the bureau? */
export async function decisionNumberTaken(db: Executor, bureauId: string, number: string): Promise<boolean> {
  const [r] = await db
    .select({ id: penaltyCases.id })
    .from(penaltyCases)
    .where(and(eq(penaltyCases.bureauId, bureauId), eq(penaltyCases.decisionNumber, number)))
    .limit(1);
  return r !== undefined;
}
