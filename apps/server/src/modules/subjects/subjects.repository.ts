import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db.ts';
import { enforcementSubjects, subjectStatusChanges } from './subjects.table.ts';

export type SubjectRow = typeof enforcementSubjects.$inferSelect;

export async function getSubject(db: Executor, id: string, forUpdate = false): Promise<SubjectRow | undefined> {
  const q = db.select().from(enforcementSubjects).where(eq(enforcementSubjects.id, id));
  const [r] = forUpdate ? await q.for('update') : await q;
  return r;
}

export async function listSubjects(db: Executor, f: { bureauId: string; status?: string | undefined; kind?: string | undefined; q?: string | undefined; page: number; pageSize: number }) {
  const conds: SQL[] = [eq(enforcementSubjects.bureauId, f.bureauId)];
  if (f.status === 'unconfirmed') conds.push(eq(enforcementSubjects.status, null as never));
  else if (f.status) conds.push(eq(enforcementSubjects.status, f.status as 'confirmed'));
  if (f.kind) conds.push(eq(enforcementSubjects.kind, f.kind as 'statutory'));
  if (f.q) conds.push(or(ilike(enforcementSubjects.name, `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`), eq(enforcementSubjects.creditCode, f.q.toUpperCase()))!);
  const where = and(...conds);
  const rows = await db.select().from(enforcementSubjects).where(where).orderBy(asc(enforcementSubjects.name)).limit(f.pageSize).offset((f.page - 1) * f.pageSize);
  const [c] = await db.select({ n: count() }).from(enforcementSubjects).where(where);
  return { rows, total: c?.n ?? 0 };
}

export async function historyOf(db: Executor, ids: readonly string[]) {
  const map = new Map<string, (typeof subjectStatusChanges.$inferSelect)[]>();
  if (ids.length === 0) return map;
  const rows = await db.select().from(subjectStatusChanges).where(inArray(subjectStatusChanges.subjectId, [...ids])).orderBy(asc(subjectStatusChanges.at));
  for (const r of rows) map.set(r.subjectId, [...(map.get(r.subjectId) ?? []), r]);
  return map;
}

export async function namesOf(db: Executor, ids: readonly (string | null)[]): Promise<Map<string, SubjectRow>> {
  const real = ids.filter((x): x is string => x !== null);
  if (real.length === 0) return new Map();
  const rows = await db.select().from(enforcementSubjects).where(inArray(enforcementSubjects.id, real));
  return new Map(rows.map((r) => [r.id, r]));
}
