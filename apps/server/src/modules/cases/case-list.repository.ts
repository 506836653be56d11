/**
 * The case list's SQL: scope, filters, search, newest first, keyset or offset pages, a capped count. Every filter
 * is a plain condition the indexes of cases.table.ts serve — bureau + department + state + received date for the
 * usual list, the blind index for an ID number, the bigram GIN index (migration 0019) for any part of a case
 * number, decision number or party's name, the text_pattern_ops indexes for one-character prefixes, and the self
 * scope as a semi-join on the investigators' index (never an OR with a sub-plan that would scan the bureau).
 * Each combination of filters ("shape") is a named prepared statement, built once: drizzle does not rebuild the SQL
 * per request and PostgreSQL parses it once per connection, and after five executions may keep a generic plan — so
 * case-list-plan.test.ts EXPLAINs each shape's statement as executed, generic plan included.
 */
import { and, desc, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { CaseProcedure, LocalDate } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { officers } from '../officers/index.ts';
import { departments } from '../org/index.ts';
import { powerListItems, powerLists } from '../powers/index.ts';
import type { CaseRow } from './cases.repository.ts';
import { caseOfficers, penaltyCases, type LeadSource } from './cases.table.ts';
import { dueByCondition, nextDeadlineColumns, type RowWithNextClock } from '../deadlines/core.ts';

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
  /**
   * The search box (`prefix` is the term): any part of the case number, the decision number, the party's name or
   * the power's name (案由) — a one-character term only as their start (a surname: 王); or the blind index of an ID
   * number, exactly.
   */
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

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
/** The term as searched: control characters (U+001F separates the fields of the search text) are dropped. */
const searchTerm = (s: string) => s.replace(/\p{Cc}/gu, '');
/** A term of one character is a prefix (the bigram index needs two); longer ones are searched anywhere. */
const isShortTerm = (s: string) => [...searchTerm(s)].length < 2;
const ph = (name: string) => sql.placeholder(name);

/**
 * Which conditions a list request has: one letter each (d department, s one state, S several, p procedure,
 * l lead source, w power, f from, t to, m self scope, q search anywhere (two characters or more), Q search by a
 * one-character prefix, i ID-number search, u due by, a keyset). Each shape
 * is one named prepared statement, built once by drizzle and then only executed with its values.
 */
function shapeOf(c: CaseListCriteria): string {
  const has = (flag: unknown, letter: string) => (flag ? letter : '');
  return [
    has(c.departmentId, 'd'),
    c.states?.length ? (c.states.length === 1 ? 's' : 'S') : '',
    has(c.procedure, 'p'),
    has(c.leadSource, 'l'),
    has(c.powerId, 'w'),
    has(c.from, 'f'),
    has(c.to, 't'),
    has(c.self, 'm'),
    c.search ? (isShortTerm(c.search.prefix) ? 'Q' : 'q') : '',
    has(c.search?.idIndex, 'i'),
    has(c.dueBy, 'u'),
    has(c.afterId, 'a'),
  ].join('');
}

/** The conditions of a shape, every value a placeholder (named as the keys of valuesOf). */
function conditions(shape: string): SQL[] {
  const p = penaltyCases;
  const on = (letter: string) => shape.includes(letter);
  const conds: SQL[] = [eq(p.bureauId, ph('bureauId'))];
  if (on('d')) conds.push(eq(p.departmentId, ph('departmentId')));
  // One state stays an equality: with the department it is an index condition and the index gives newest first.
  if (on('s')) conds.push(eq(p.state, ph('state')));
  if (on('S')) conds.push(sql`${p.state} = any(${ph('states')}::text[])`);
  if (on('p')) conds.push(eq(p.procedure, ph('procedure')));
  if (on('l')) conds.push(eq(p.leadSource, ph('leadSource')));
  if (on('w')) conds.push(eq(p.powerId, ph('powerId')));
  if (on('f')) conds.push(gte(p.leadReceivedAt, ph('from')));
  if (on('t')) conds.push(lt(p.leadReceivedAt, ph('to')));
  if (on('m')) {
    // The cases the user registered or investigates: a semi-join on the investigators' index (never an OR with a
    // sub-plan that would scan the bureau). The user's officer records are looked up first and passed as values, so
    // the planner sees them (statistics: how many assignments each has) — the shape is planned per execution.
    conds.push(sql`${p.id} in (select co.case_id from ${caseOfficers} co where co.officer_id = any(${ph('officerIds')}::uuid[]) and co.removed_at is null
      union all select r.id from ${penaltyCases} r where r.registered_by = ${ph('userId')} and r.bureau_id = ${ph('bureauId')})`);
  }
  if (on('q') || on('Q')) {
    const like = ph('like');
    // The powers whose published name matches (案由), looked up first (powerIdsNamed) and passed as values: the
    // planner sees them, and their cases are one arm of the bitmap OR on penalty_cases_power_idx.
    const others = [sql`${p.powerId} = any(${ph('namedPowerIds')}::uuid[])`];
    if (on('i')) others.push(sql`${p.partyIdIndex} = ${ph('idIndex')}`);
    const anyOf = (first: SQL[]) => sql`(${sql.join([...first, ...others], sql` or `)})`;
    if (on('q')) {
      // Any part: the rows holding every bigram of the term (the GIN index; case_search_text lowercases, so is the
      // term), and of those the ones that hold the term itself. Written as two conditions — (bigrams or …) and
      // (like or …), the same as (bigrams and like) or … since a text holding the term holds its bigrams — so that
      // a bitmap scan of the index rechecks only the cheap LIKE: computing the bigrams of each row found (every
      // 律师事务所 of the bureau) would cost seconds. A walk of the bureau's newest-first index checks the LIKE first.
      const text = sql`case_search_text(${p.caseNumber}, ${p.decisionNumber}, ${p.partyName})`;
      conds.push(anyOf([sql`search_bigrams(${text}) @> search_bigrams(lower(${ph('term')}))`]));
      conds.push(anyOf([sql`${text} like lower(${like})`]));
    } else {
      conds.push(anyOf([sql`${p.caseNumber} like ${like}`, sql`${p.decisionNumber} like ${like}`, sql`${p.partyName} like ${like}`]));
    }
  }
  // dueByCondition takes the date as a value; a placeholder stands in for it here (drizzle binds either the same way).
  if (on('u')) conds.push(dueByCondition(p.id, ph('dueBy') as unknown as LocalDate));
  if (on('a')) {
    const at = sql`(select k.lead_received_at from ${penaltyCases} k where k.id = ${ph('afterId')}::uuid)`;
    conds.push(sql`(${p.leadReceivedAt}, ${p.id}) < (${at}, ${ph('afterId')}::uuid)`);
  }
  return conds;
}

/** The search's LIKE pattern: the term anywhere, or (one character) at the start. */
const likeOf = (term: string) => (isShortTerm(term) ? '' : '%') + escapeLike(searchTerm(term)) + '%';

/** The placeholder values of a request (a shape's statement ignores those it has no placeholder for). */
function valuesOf(c: CaseListCriteria, namedPowerIds: readonly string[]): Record<string, unknown> {
  return {
    bureauId: c.bureauId,
    departmentId: c.departmentId,
    state: c.states?.[0],
    states: c.states,
    procedure: c.procedure,
    leadSource: c.leadSource,
    powerId: c.powerId,
    from: c.from,
    to: c.to,
    userId: c.self?.userId,
    officerIds: c.self?.officerIds,
    term: c.search ? searchTerm(c.search.prefix) : undefined,
    like: c.search ? likeOf(c.search.prefix) : undefined,
    namedPowerIds,
    idIndex: c.search?.idIndex,
    dueBy: c.dueBy,
    afterId: c.afterId,
    limit: c.limit,
    offset: c.afterId ? 0 : c.offset,
    cap: c.countCap === null ? undefined : c.countCap + 1,
  };
}

/**
 * What a list row shows (presentSummary): the case's summary columns, its department's name, its power's label, and
 * what its 下一期限 is computed from (nextDeadlineColumns: read in the page, not by a statement of its own).
 */
export interface CaseListRow extends RowWithNextClock {
  id: string;
  caseNumber: string | null;
  decisionNumber: string | null;
  state: CaseRow['state'];
  procedure: CaseRow['procedure'];
  departmentId: string;
  departmentName: string | null;
  powerId: string;
  powerCode: string | null;
  powerName: string | null;
  partyKind: CaseRow['partyKind'];
  partyName: string;
  leadSource: CaseRow['leadSource'];
  leadReceivedAt: Date;
  version: number;
}

/**
 * A named statement per shape — except where the best plan depends on the values, which a generic plan does not
 * see: the search box (`like $1` gives no index range without the prefix) and the self scope (how many assignments
 * the officer has). Those run unnamed (name ''), planned at each execution with their values as before; their SQL
 * is still built once.
 */
const PLANNED_PER_EXECUTION = /[qQm]/;
const statementName = (prefix: string, shape: string) => (PLANNED_PER_EXECUTION.test(shape) ? '' : `${prefix}_${shape || 'all'}`);

/** The capped count of a shape's rows (`limit $cap`: an exact count of a million rows is not worth its time). */
const cappedCount = (db: Executor, shape: string) =>
  db.select({ one: sql`1` }).from(penaltyCases).where(and(...conditions(shape))).limit(ph('cap')).as('t');

/**
 * The page, newest first; with `withTotal` each row also carries the capped count, an uncorrelated sub-select
 * PostgreSQL evaluates once (an InitPlan), and each row its next deadline clock — one statement instead of three for
 * the usual list.
 */
function buildPage(db: Executor, shape: string, withTotal: boolean) {
  const p = penaltyCases;
  // The power's code and name in its published list (as the case page's power item): one index probe per row.
  const label = db
    .select({ code: powerListItems.code, name: powerListItems.name })
    .from(powerListItems)
    .innerJoin(powerLists, eq(powerLists.id, powerListItems.listId))
    .where(and(eq(powerListItems.powerId, p.powerId), eq(powerLists.status, 'published'), ne(powerListItems.change, 'removed')))
    .limit(1)
    .as('label');
  return db
    .select({
      id: p.id,
      caseNumber: p.caseNumber,
      decisionNumber: p.decisionNumber,
      state: p.state,
      procedure: p.procedure,
      departmentId: p.departmentId,
      departmentName: departments.name,
      powerId: p.powerId,
      powerCode: label.code,
      powerName: label.name,
      partyKind: p.partyKind,
      partyName: p.partyName,
      leadSource: p.leadSource,
      leadReceivedAt: p.leadReceivedAt,
      version: p.version,
      ...nextDeadlineColumns(p.id, ph('bureauId')),
      total: withTotal ? sql<number>`(select count(*)::int from ${cappedCount(db, shape)})` : sql<null>`null::int`,
    })
    .from(p)
    .leftJoin(departments, eq(departments.id, p.departmentId))
    .leftJoinLateral(label, sql`true`)
    .where(and(...conditions(shape)))
    .orderBy(desc(p.leadReceivedAt), desc(p.id))
    .limit(ph('limit'))
    .offset(ph('offset'))
    .prepare(statementName(withTotal ? 'qz_case_page_total' : 'qz_case_page', shape));
}

/** The capped count alone: for an empty page past the first, where no row carries it. */
function buildCount(db: Executor, shape: string) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(cappedCount(db, shape))
    .prepare(statementName('qz_case_count', shape));
}

/** Per executor (the pool; a transaction would build its own), the prepared statements by name. */
const statements = new WeakMap<Executor, Map<string, unknown>>();

function statementOf<T>(db: Executor, key: string, build: () => T): T {
  let byKey = statements.get(db);
  if (!byKey) statements.set(db, (byKey = new Map<string, unknown>()));
  let s = byKey.get(key) as T | undefined;
  if (s === undefined) byKey.set(key, (s = build()));
  return s;
}

/** The page and (when asked) the capped count: one statement, and a second only for an empty page past the first. */
export async function listCaseRows(db: Executor, c: CaseListCriteria): Promise<{ rows: CaseListRow[]; total: number | null }> {
  const shape = shapeOf(c);
  const values = valuesOf(c, c.search ? await powerIdsNamed(db, c.bureauId, likeOf(c.search.prefix)) : []);
  const withTotal = c.countCap !== null;
  const found = await statementOf(db, `page ${withTotal} ${shape}`, () => buildPage(db, shape, withTotal)).execute(values);
  const rows: CaseListRow[] = found.map(({ total: _total, ...row }) => row);
  if (!withTotal) return { rows, total: null };
  if (found.length > 0) return { rows, total: found[0]!.total };
  // No row to carry the count: on the first page nothing matches; further on, ask.
  if (!c.afterId && c.offset === 0) return { rows, total: 0 };
  const [n] = await statementOf(db, `count ${shape}`, () => buildCount(db, shape)).execute(values);
  return { rows, total: Number(n?.n ?? 0) };
}

/** The powers of the bureau's published list whose name matches the search's LIKE pattern (a few hundred items). */
async function powerIdsNamed(db: Executor, bureauId: string, like: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: powerListItems.powerId })
    .from(powerListItems)
    .innerJoin(powerLists, eq(powerLists.id, powerListItems.listId))
    .where(and(eq(powerLists.bureauId, bureauId), eq(powerLists.status, 'published'), ne(powerListItems.change, 'removed'), sql`${powerListItems.name} like ${like}`));
  return rows.map((r) => r.id);
}

/** The officer records of a user (for the self scope). */
export async function officerIdsOfUser(db: Executor, userId: string): Promise<string[]> {
  const rows = await db.select({ id: officers.id }).from(officers).where(eq(officers.userId, userId));
  return rows.map((r) => r.id);
}
