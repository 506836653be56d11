/**
 * The case page's read in ONE statement (was seven: the case with its department, steps, assignments, recusals, the
 * power item, the investigators with their newest certificate, and for the self scope "does the actor investigate
 * it"; and where 调查终结 or 归档 is next, the evidence and the case file's documents their checks read). Each child set comes back as a json column (json_agg of the table's rows, as to_json writes them) and is
 * mapped to exactly what drizzle's select of that table returns (rowFromJson), so the snapshot and the presenter
 * see the same values as through the separate reads a command makes in its transaction
 * (test case-detail-read.test.ts compares the two).
 * Why: per statement the cost is the Node side's (a pool checkout, a socket write, parsing the answer) more than
 * PostgreSQL's — the bench's profile shows one writev per statement as the largest single item.
 */
import { eq, getTableColumns, sql, type Column, type Table } from 'drizzle-orm';
import { actionDefinition } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { caseDocuments } from '../documents/documents.table.ts';
import { evidenceItems } from '../evidence/evidence.table.ts';
import { certificates, officers } from '../officers/index.ts';
import { departments } from '../org/index.ts';
import { powerListItems, powerLists } from '../powers/index.ts';
import { withCertificate, type CaseOfficerRow, type CaseRecusalRow, type CaseRow, type CaseStepRow, type OfficerWithCertificate, type PowerItem } from './cases.repository.ts';
import { caseOfficers, caseRecusals, caseSteps, penaltyCases } from './cases.table.ts';

const JSON_COLUMN_TYPES = new Set(['PgJson', 'PgJsonb']);

/**
 * A row of `table` as PostgreSQL's to_json wrote it (keys are column names) → the object drizzle's select of the
 * table returns: each column through its own driver mapping (timestamps → Date, bigint → number …); json columns
 * are already values inside the json.
 */
export function rowFromJson<T extends Table>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const out: Record<string, unknown> = {};
  for (const [key, col] of Object.entries(getTableColumns(table)) as [string, Column][]) {
    const v = json[col.name];
    out[key] = v === null || v === undefined ? null : JSON_COLUMN_TYPES.has(col.columnType) ? v : col.mapFromDriverValue(v);
  }
  return out;
}

type Json = Record<string, unknown>;

export interface CaseDetailRows {
  row: CaseRow;
  departmentName: string | null;
  steps: CaseStepRow[];
  assignments: CaseOfficerRow[];
  recusals: CaseRecusalRow[];
  power: PowerItem | null;
  /** The officers of the assignments (current and former), with their newest certificate. */
  officers: OfficerWithCertificate[];
  /** Is the user an active investigator of the case (the self scope's visibility). */
  investigates: boolean;
  /** The case file's documents, newest first (as documentsOfCase) — read only where 归档 is next (ARCHIVABLE). */
  documents: (typeof caseDocuments.$inferSelect)[] | null;
  /** The 证据目录 in order (as itemsOfCase) — read only where 调查终结 or 归档 is next. */
  evidence: (typeof evidenceItems.$inferSelect)[] | null;
}

/** Where the page offers 归档: its completeness check reads the documents and the evidence. */
export const ARCHIVABLE: ReadonlySet<string> = new Set(actionDefinition('archive').from);
/** Where the page offers 调查终结: it is shown blocked on an empty 证据目录 (第五十四条). */
export const REPORTABLE: ReadonlySet<string> = new Set(actionDefinition('submitInvestigationReport').from);
const EVIDENCE_STATES = [...new Set([...ARCHIVABLE, ...REPORTABLE])];

const detailQuery = new WeakMap<Executor, ReturnType<typeof buildDetailQuery>>();

function buildDetailQuery(db: Executor) {
  const c = penaltyCases;
  return db
    .select({
      c,
      departmentName: departments.name,
      steps: sql<Json[]>`(select coalesce(json_agg(s order by s.at, s.id), '[]') from ${caseSteps} s where s.case_id = ${c.id})`,
      assignments: sql<Json[]>`(select coalesce(json_agg(a order by a.assigned_at), '[]') from ${caseOfficers} a where a.case_id = ${c.id})`,
      recusals: sql<Json[]>`(select coalesce(json_agg(r order by r.requested_at, r.id), '[]') from ${caseRecusals} r where r.case_id = ${c.id})`,
      // The newest certificate of each officer, as officersByIds picks it.
      officers: sql<{ o: Json; c: Json | null }[]>`(select coalesce(json_agg(json_build_object('o', o, 'c', cert)), '[]') from ${officers} o
        left join ${certificates} cert on cert.id = (select c2.id from ${certificates} c2 where c2.officer_id = o.id order by c2.created_at desc, c2.id desc limit 1)
        where o.id in (select a.officer_id from ${caseOfficers} a where a.case_id = ${c.id}))`,
      // The power's item in the subject's published list, as powerItemOf reads it.
      power: sql<Json | null>`(select json_build_object('powerId', i.power_id, 'subjectId', l.subject_id, 'bureauId', i.bureau_id, 'code', i.code, 'name', i.name,
          'enforcementField', i.enforcement_field, 'area', i.area, 'basis', i.basis)
        from ${powerListItems} i join ${powerLists} l on l.id = i.list_id
        where i.power_id = ${c.powerId} and l.status = 'published' and i.change <> 'removed' limit 1)`,
      investigates: sql<boolean>`exists (select 1 from ${caseOfficers} a join ${officers} o on o.id = a.officer_id
        where a.case_id = ${c.id} and a.removed_at is null and o.user_id = ${sql.placeholder('userId')})`,
      // Only in the states that need them (CASE evaluates the sub-select only when its condition holds).
      documents: sql<Json[] | null>`case when ${c.state} = any(${sql.placeholder('documentStates')}::text[]) then (select coalesce(json_agg(d order by d.generated_at desc, d.version desc, d.id desc), '[]')
        from ${caseDocuments} d where d.case_id = ${c.id}) end`,
      evidence: sql<Json[] | null>`case when ${c.state} = any(${sql.placeholder('evidenceStates')}::text[]) then (select coalesce(json_agg(e order by e.seq), '[]')
        from ${evidenceItems} e where e.case_id = ${c.id}) end`,
    })
    .from(c)
    .leftJoin(departments, eq(departments.id, c.departmentId))
    .where(eq(c.id, sql.placeholder('id')))
    .prepare('qz_case_detail');
}

/** Everything the case page reads about one case, in one statement; undefined when there is no such case. */
export async function caseDetailRows(db: Executor, id: string, userId: string): Promise<CaseDetailRows | undefined> {
  let q = detailQuery.get(db);
  if (!q) detailQuery.set(db, (q = buildDetailQuery(db)));
  const [r] = await q.execute({ id, userId, documentStates: [...ARCHIVABLE], evidenceStates: EVIDENCE_STATES });
  if (!r) return undefined;
  const p = r.power;
  return {
    row: r.c,
    departmentName: r.departmentName,
    steps: r.steps.map((s) => rowFromJson(caseSteps, s)),
    assignments: r.assignments.map((a) => rowFromJson(caseOfficers, a)),
    recusals: r.recusals.map((x) => rowFromJson(caseRecusals, x)),
    officers: withCertificate(r.officers.map((x) => ({ o: rowFromJson(officers, x.o), c: x.c ? rowFromJson(certificates, x.c) : null }))),
    power: p
      ? {
          powerId: p['powerId'] as string,
          subjectId: p['subjectId'] as string,
          bureauId: p['bureauId'] as string,
          code: p['code'] as string,
          name: p['name'] as string,
          enforcementField: p['enforcementField'] as string,
          area: p['area'] as string,
          basis: (p['basis'] as { law: string; article: string }[]).map((b) => ({ law: b.law, article: b.article })),
        }
      : null,
    investigates: r.investigates,
    documents: r.documents ? r.documents.map((d) => rowFromJson(caseDocuments, d)) : null,
    evidence: r.evidence ? r.evidence.map((e) => rowFromJson(evidenceItems, e)) : null,
  };
}
