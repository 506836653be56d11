/** Reads and writes of the roster export and import: the roster rows, the look-ups validation needs, import rows. */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db.ts';
import { departments, posts } from '../../org/index.ts';
import { certificates, officers } from '../officers.table.ts';
import { officerImports } from './imports.table.ts';

export interface RosterRow {
  id: string;
  name: string;
  gender: 'male' | 'female';
  idCardSealed: string;
  employmentType: string;
  departmentName: string | null;
  postName: string | null;
  legalProfessionQualification: boolean;
  legalProfessionCertificateNumber: string | null;
  education: string | null;
  certNumber: string | null;
  issuingAuthority: string | null;
  categories: string[] | null;
  areas: string[] | null;
  validFrom: string | null;
  validTo: string | null;
  lastReviewedYear: number | null;
  certStatus: string | null;
  trainingHours: number;
}

/**
 * The roster in one statement: each officer with the current certificate (the newest row, as the officer list
 * shows it) and this year's training hours. `scope` narrows to a department or to the actor's own file.
 */
export async function rosterRows(
  db: Executor,
  f: { bureauId: string; departmentId?: string | undefined; userId?: string | undefined; status: 'active' | 'left' | 'all'; year: number },
): Promise<RosterRow[]> {
  const res = await db.execute<Omit<RosterRow, 'trainingHours'> & { trainingHours: string | null }>(sql`
    select o.id, o.name, o.gender, o.id_card_sealed as "idCardSealed", o.employment_type as "employmentType",
      d.name as "departmentName", p.name as "postName",
      o.legal_profession_qualification as "legalProfessionQualification",
      o.legal_profession_certificate_number as "legalProfessionCertificateNumber", o.education,
      c.number as "certNumber", c.issuing_authority as "issuingAuthority", c.categories, c.areas,
      to_char(c.valid_from, 'YYYY-MM-DD') as "validFrom", to_char(c.valid_to, 'YYYY-MM-DD') as "validTo",
      c.last_reviewed_year as "lastReviewedYear", c.status as "certStatus", t.hours as "trainingHours"
    from officers o
    left join departments d on d.id = o.department_id
    left join posts p on p.id = o.post_id
    left join lateral (select * from certificates c where c.officer_id = o.id order by c.created_at desc, c.id desc limit 1) c on true
    left join lateral (select sum(hours) as hours from officer_trainings t
                       where t.officer_id = o.id and extract(year from t.trained_on) = ${f.year}) t on true
    where o.bureau_id = ${f.bureauId}
      ${f.status === 'all' ? sql`` : sql`and o.status = ${f.status}`}
      ${f.departmentId ? sql`and o.department_id = ${f.departmentId}` : sql``}
      ${f.userId ? sql`and o.user_id = ${f.userId}` : sql``}
    order by d.sort_order nulls last, d.name collate "C", o.name collate "C", o.id`);
  return res.rows.map((r) => ({ ...r, trainingHours: Number(r.trainingHours ?? 0) }));
}

/** Active departments of the bureau and their active posts, by name, for matching the cells of an import. */
export async function orgByName(db: Executor, bureauId: string) {
  const [deps, postRows] = await Promise.all([
    db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(and(eq(departments.bureauId, bureauId), eq(departments.status, 'active'))),
    db
      .select({ id: posts.id, name: posts.name, departmentId: posts.departmentId })
      .from(posts)
      .where(and(eq(posts.bureauId, bureauId), eq(posts.status, 'active'))),
  ]);
  const departmentByName = new Map(deps.map((d) => [d.name, d.id]));
  const postByDepartmentAndName = new Map(postRows.map((p) => [`${p.departmentId}\u0000${p.name}`, p.id]));
  return { departmentByName, postByDepartmentAndName };
}

const CHUNK = 1_000;
async function chunked<T>(values: readonly string[], run: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(...(await run(values.slice(i, i + CHUNK))));
  return out;
}

/** Blind indexes among `indexes` that already belong to an officer of the bureau (active or left). */
export async function existingIdCardIndexes(db: Executor, bureauId: string, indexes: readonly string[]): Promise<Set<string>> {
  const rows = await chunked(indexes, (part) =>
    db
      .select({ i: officers.idCardIndex })
      .from(officers)
      .where(and(eq(officers.bureauId, bureauId), inArray(officers.idCardIndex, part))),
  );
  return new Set(rows.map((r) => r.i));
}

/** Certificate numbers among `numbers` already in use anywhere (the number is unique in the deployment). */
export async function existingCertificateNumbers(db: Executor, numbers: readonly string[]): Promise<Set<string>> {
  const rows = await chunked(numbers, (part) =>
    db
      .select({ n: certificates.number })
      .from(certificates)
      .where(and(isNotNull(certificates.number), inArray(certificates.number, part))),
  );
  return new Set(rows.map((r) => r.n!));
}

export type OfficerImportRow = typeof officerImports.$inferSelect;

export async function getImport(db: Executor, id: string, forUpdate = false): Promise<OfficerImportRow | undefined> {
  const q = db.select().from(officerImports).where(eq(officerImports.id, id));
  const [r] = forUpdate ? await q.for('update') : await q;
  return r;
}

export async function updateImport(db: Executor, id: string, set: Partial<typeof officerImports.$inferInsert>): Promise<void> {
  await db.update(officerImports).set(set).where(eq(officerImports.id, id));
}
