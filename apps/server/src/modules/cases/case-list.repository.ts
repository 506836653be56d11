/**
 * The case list's SQL: scope, filters, search, newest first, keyset or offset pages, a capped count. Every filter
 * is a plain condition the indexes of cases.table.ts serve — bureau + department + state + received date for the
 * usual list, the blind index for an ID number, the text_pattern_ops indexes for prefixes, and the self scope as a
 * semi-join on the investigators' index (never an OR with a sub-plan that would scan the bureau).
 */
import { and, desc, eq, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { CaseProcedure, CaseState, LocalDate } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { officers } from '../officers/index.ts';
import { departments } from '../org/index.ts';
import { powerListItems, powerLists } from '../powers/index.ts';
import type { CaseRow } from './cases.repository.ts';
import { caseOfficers, penaltyCases, type LeadSource } from './cases.table.ts';
import { dueByCondition } from '../deadlines/core.ts';

export interface CaseListCriteria {
  bureauId: string;
  departmentId?: string | undefined;
  states?: readonly string[] | undefined;
  procedure?: CaseProcedure | undefined;
  leadSource?: LeadSource | undefined;
  powerId?: string | undefined;
  /** Instants bounding lead_received_at: [from, to). */
  from?: Date | undefined;
  to?: Date | undefined;
  /** Self scope: the cases the user registered or investigates (an active assignment of one of their officer records). */
  self?: { userId: string; officerIds: readonly string[] } | undefined;
  /** Prefix of the case number, the decision number or the party's name; or the blind index of an ID number. */
  search?: { prefix: string; idIndex: string | null } | undefined;
  /** 只看逾期/临期: a stored open clock due on or before this date (modules/deadlines). */
  dueBy?: LocalDate | undefined;
  /** Keyset: rows strictly older (lead_received_at, id) than this case — its exact stored instant, not a rounded copy. */
  afterId?: string | undefined;
  limit: number;
  offset: number;
  /** Count up to this many rows; null = no count. */
  countCap: number | null;
}

const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(c: CaseListCriteria): SQL[] {
  const p = penaltyCases;
  const conds: SQL[] = [eq(p.bureauId, c.bureauId)];
  if (c.departmentId) conds.push(eq(p.departmentId, c.departmentId));
  if (c.states?.length)
    conds.push(c.states.length === 1 ? eq(p.state, c.states[0] as CaseState) : inArray(p.state, [...c.states] as CaseState[]));
  if (c.procedure) conds.push(eq(p.procedure, c.procedure));
  if (c.leadSource) conds.push(eq(p.leadSource, c.leadSource));
  if (c.powerId) conds.push(eq(p.powerId, c.powerId));
  if (c.from) conds.push(gte(p.leadReceivedAt, c.from));
  if (c.to) conds.push(lt(p.leadReceivedAt, c.to));
  if (c.self) {
    // The officer records are looked up first, so the planner sees the officer ids and takes the assignments' index.
    const assigned = c.self.officerIds.length
      ? sql`select co.case_id from ${caseOfficers} co where co.officer_id in (${sql.join(
          c.self.officerIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}) and co.removed_at is null
      union all `
      : sql``;
    conds.push(
      sql`${p.id} in (${assigned}select r.id from ${penaltyCases} r where r.registered_by = ${c.self.userId} and r.bureau_id = ${c.bureauId})`,
    );
  }
  if (c.search) {
    const like = likePrefix(c.search.prefix);
    const arms = [sql`${p.caseNumber} like ${like}`, sql`${p.decisionNumber} like ${like}`, sql`${p.partyName} like ${like}`];
    if (c.search.idIndex) arms.push(sql`${p.partyIdIndex} = ${c.search.idIndex}`);
    conds.push(sql`(${sql.join(arms, sql` or `)})`);
  }
  if (c.dueBy) conds.push(dueByCondition(p.id, c.dueBy));
  if (c.afterId) {
    const at = sql`(select k.lead_received_at from ${penaltyCases} k where k.id = ${c.afterId}::uuid)`;
    conds.push(sql`(${p.leadReceivedAt}, ${p.id}) < (${at}, ${c.afterId}::uuid)`);
  }
  return conds;
}

export type CaseListRow = CaseRow & { departmentName: string | null };

/** The officer records of a user (for the self scope). */
export async function officerIdsOfUser(db: Executor, userId: string): Promise<string[]> {
  const rows = await db.select({ id: officers.id }).from(officers).where(eq(officers.userId, userId));
  return rows.map((r) => r.id);
}

/** The page query (exported so that a test can EXPLAIN exactly what the list runs). */
export function caseListPageQuery(db: Executor, c: CaseListCriteria) {
  return db
    .select({ c: penaltyCases, departmentName: departments.name })
    .from(penaltyCases)
    .leftJoin(departments, eq(departments.id, penaltyCases.departmentId))
    .where(and(...conditions(c)))
    .orderBy(desc(penaltyCases.leadReceivedAt), desc(penaltyCases.id))
    .limit(c.limit)
    .offset(c.afterId ? 0 : c.offset);
}

/** How many rows match, counted no further than the cap + 1 (an exact count of a million rows is not worth its time). */
export function caseListCountSql(c: CaseListCriteria & { countCap: number }): SQL {
  return sql`select count(*)::int as n from (select 1 from ${penaltyCases} where ${and(...conditions(c))} limit ${c.countCap + 1}) t`;
}

export async function listCaseRows(db: Executor, c: CaseListCriteria): Promise<{ rows: CaseListRow[]; total: number | null }> {
  const countCap = c.countCap;
  const [rows, total] = await Promise.all([
    caseListPageQuery(db, c),
    countCap === null
      ? Promise.resolve(null)
      : db.execute<{ n: number }>(caseListCountSql({ ...c, countCap })).then((r) => Number(r.rows[0]?.n ?? 0)),
  ]);
  return { rows: rows.map((r) => ({ ...r.c, departmentName: r.departmentName })), total };
}

/** Code and name of each power in its published list, for a page of cases (one query). */
export async function powerLabelsOf(db: Executor, powerIds: readonly string[]): Promise<Map<string, { code: string; name: string }>> {
  if (powerIds.length === 0) return new Map();
  const rows = await db
    .select({ powerId: powerListItems.powerId, code: powerListItems.code, name: powerListItems.name })
    .from(powerListItems)
    .innerJoin(powerLists, eq(powerLists.id, powerListItems.listId))
    .where(and(inArray(powerListItems.powerId, [...powerIds]), eq(powerLists.status, 'published'), ne(powerListItems.change, 'removed')));
  return new Map(rows.map((r) => [r.powerId, { code: r.code, name: r.name }]));
}
