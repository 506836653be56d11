/** The only place officer, certificate, training and record tables are read. */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db.ts';
import { departments, posts } from '../org/index.ts';
import { enforcementSubjects } from '../subjects/index.ts';
import { certificateEvents, certificates, integrityCommitments, officerHistory, officerRecords, officers, trainings } from './officers.table.ts';

export type OfficerRow = typeof officers.$inferSelect;
export type CertificateRow = typeof certificates.$inferSelect;
export type OfficerWithNames = OfficerRow & { departmentName: string | null; postName: string | null; subjectName: string };

const withNames = {
  o: officers,
  departmentName: departments.name,
  postName: posts.name,
  subjectName: enforcementSubjects.name,
};

export async function getOfficer(db: Executor, id: string): Promise<OfficerWithNames | undefined> {
  const [r] = await db
    .select(withNames)
    .from(officers)
    .leftJoin(departments, eq(departments.id, officers.departmentId))
    .leftJoin(posts, eq(posts.id, officers.postId))
    .innerJoin(enforcementSubjects, eq(enforcementSubjects.id, officers.subjectId))
    .where(eq(officers.id, id));
  return r ? { ...r.o, departmentName: r.departmentName, postName: r.postName, subjectName: r.subjectName } : undefined;
}

export async function lockOfficer(tx: Executor, id: string): Promise<OfficerRow | undefined> {
  const [r] = await tx.select().from(officers).where(eq(officers.id, id)).for('update');
  return r;
}

/** Every certificate of the officers, newest first; the first is the officer's current one. */
export async function certificatesOf(db: Executor, officerIds: readonly string[]): Promise<Map<string, CertificateRow[]>> {
  const map = new Map<string, CertificateRow[]>();
  if (officerIds.length === 0) return map;
  const rows = await db.select().from(certificates).where(inArray(certificates.officerId, [...officerIds])).orderBy(desc(certificates.createdAt), desc(certificates.id));
  for (const r of rows) map.set(r.officerId, [...(map.get(r.officerId) ?? []), r]);
  return map;
}

export async function trainingHoursIn(db: Executor, officerIds: readonly string[], year: number): Promise<Map<string, number>> {
  if (officerIds.length === 0) return new Map();
  const rows = await db
    .select({ officerId: trainings.officerId, hours: sql<string>`sum(${trainings.hours})` })
    .from(trainings)
    .where(and(inArray(trainings.officerId, [...officerIds]), sql`extract(year from ${trainings.trainedOn}) = ${year}`))
    .groupBy(trainings.officerId);
  return new Map(rows.map((r) => [r.officerId, Number(r.hours)]));
}

export async function detailParts(db: Executor, officerId: string) {
  const [trainingRows, recordRows, commitmentRows, historyRows] = await Promise.all([
    db.select().from(trainings).where(eq(trainings.officerId, officerId)).orderBy(desc(trainings.trainedOn)),
    db.select().from(officerRecords).where(eq(officerRecords.officerId, officerId)).orderBy(desc(officerRecords.decidedOn)),
    db.select().from(integrityCommitments).where(eq(integrityCommitments.officerId, officerId)).orderBy(desc(integrityCommitments.signedOn)),
    db.select().from(officerHistory).where(eq(officerHistory.officerId, officerId)).orderBy(desc(officerHistory.at)).limit(200),
  ]);
  return { trainingRows, recordRows, commitmentRows, historyRows };
}

export async function eventsOf(db: Executor, certificateIds: readonly string[]) {
  if (certificateIds.length === 0) return new Map<string, (typeof certificateEvents.$inferSelect)[]>();
  const rows = await db.select().from(certificateEvents).where(inArray(certificateEvents.certificateId, [...certificateIds])).orderBy(asc(certificateEvents.at));
  const map = new Map<string, (typeof certificateEvents.$inferSelect)[]>();
  for (const r of rows) map.set(r.certificateId, [...(map.get(r.certificateId) ?? []), r]);
  return map;
}

export interface OfficerListFilter {
  bureauId: string;
  departmentId?: string | undefined;
  userId?: string | undefined; // self scope
  q?: string | undefined;
  status: 'active' | 'left';
  certificateStatus?: string | undefined;
  alert?: 'expiring' | 'overdueReview' | 'trainingDeficit' | 'any' | undefined;
  today: string;
  leadDays: number;
  reviewDeadline: { month: number; day: number };
  year: number;
  requiredHours: number;
  page: number;
  pageSize: number;
}

/**
 * The list and the dashboard share one SQL shape: the officer, the current certificate (newest row), this year's
 * training hours and the derived flags, so filters and counts agree with what the detail page shows.
 */
function flagsQuery(f: OfficerListFilter): SQL {
  const md = `${String(f.reviewDeadline.month).padStart(2, '0')}-${String(f.reviewDeadline.day).padStart(2, '0')}`;
  return sql`
    with base as (
      select o.id, o.name, c.status as cert_status,
        (c.status in ('valid','reviewFailed','suspended') and c.valid_to is not null and c.valid_to >= ${f.today}::date
          and c.valid_to <= ${f.today}::date + ${f.leadDays}::int) as expiring,
        (c.status in ('valid','reviewFailed','suspended') and c.valid_from is not null and
          to_date((greatest(
              case when to_char(c.valid_from, 'MM-DD') = '01-01' then extract(year from c.valid_from)::int else extract(year from c.valid_from)::int + 1 end,
              coalesce(c.last_reviewed_year + 1, 0)) + 1)::text || '-' || ${md}, 'YYYY-MM-DD') < ${f.today}::date
          and (c.valid_to is null or c.valid_to >= ${f.today}::date)) as overdue_review,
        (c.status in ('valid','reviewFailed','suspended') and coalesce(t.hours, 0) < ${f.requiredHours}) as training_deficit
      from officers o
      left join lateral (select * from certificates c where c.officer_id = o.id order by c.created_at desc, c.id desc limit 1) c on true
      left join lateral (select sum(hours) as hours from officer_trainings t where t.officer_id = o.id and extract(year from t.trained_on) = ${f.year}) t on true
      where o.bureau_id = ${f.bureauId} and o.status = ${f.status}
        ${f.departmentId ? sql`and o.department_id = ${f.departmentId}` : sql``}
        ${f.userId ? sql`and o.user_id = ${f.userId}` : sql``}
        ${f.q ? sql`and (o.name like ${'%' + f.q.replace(/[\\%_]/g, (ch) => '\\' + ch) + '%'} or exists (select 1 from certificates c2 where c2.officer_id = o.id and c2.number = ${f.q}))` : sql``}
    )`;
}

export async function listOfficerIds(db: Executor, f: OfficerListFilter): Promise<{ ids: string[]; total: number }> {
  const conds: SQL[] = [sql`true`];
  if (f.certificateStatus) conds.push(sql`cert_status = ${f.certificateStatus}`);
  if (f.alert === 'expiring') conds.push(sql`expiring`);
  if (f.alert === 'overdueReview') conds.push(sql`overdue_review`);
  if (f.alert === 'trainingDeficit') conds.push(sql`training_deficit`);
  if (f.alert === 'any') conds.push(sql`(expiring or overdue_review or training_deficit)`);
  const where = sql.join(conds, sql` and `);
  const rows = await db.execute<{ id: string; total: string }>(sql`${flagsQuery(f)}
    select id, count(*) over () as total from base where ${where}
    order by name collate "C", id limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`);
  return { ids: rows.rows.map((r) => r.id), total: Number(rows.rows[0]?.total ?? 0) };
}

export async function dashboardCounts(db: Executor, f: OfficerListFilter) {
  const rows = await db.execute<{ certified: string; expiring: string; overdue: string; deficit: string }>(sql`${flagsQuery(f)}
    select count(*) filter (where cert_status = 'valid') as certified,
           count(*) filter (where expiring) as expiring,
           count(*) filter (where overdue_review) as overdue,
           count(*) filter (where training_deficit) as deficit
    from base`);
  const r = rows.rows[0]!;
  return { certified: Number(r.certified), expiringSoon: Number(r.expiring), overdueReviews: Number(r.overdue), belowTrainingMinimum: Number(r.deficit) };
}

export async function getOfficersWithNames(db: Executor, ids: readonly string[]): Promise<OfficerWithNames[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(withNames)
    .from(officers)
    .leftJoin(departments, eq(departments.id, officers.departmentId))
    .leftJoin(posts, eq(posts.id, officers.postId))
    .innerJoin(enforcementSubjects, eq(enforcementSubjects.id, officers.subjectId))
    .where(inArray(officers.id, [...ids]));
  const byId = new Map(rows.map((r) => [r.o.id, { ...r.o, departmentName: r.departmentName, postName: r.postName, subjectName: r.subjectName }]));
  return ids.map((id) => byId.get(id)).filter((x): x is OfficerWithNames => x !== undefined);
}

export async function getCertificate(db: Executor, id: string, forUpdate = false): Promise<CertificateRow | undefined> {
  const q = db.select().from(certificates).where(eq(certificates.id, id));
  const [r] = forUpdate ? await q.for('update') : await q;
  return r;
}
