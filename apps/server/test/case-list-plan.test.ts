/**
 * The case list's statements stay on the indexes (issue 5 bench: 1M cases, list p95 < 50 ms): on 20,000 generated
 * cases of one bureau, PostgreSQL's plan for each usual list — the bureau newest first, department + state + date
 * range, an officer's own cases, the search box, a keyset page, the capped count — reads no case table
 * sequentially and, where the filter allows, needs no sort (the index gives newest first).
 * Each filter shape is a named prepared statement (case-list.repository.ts), so the statement EXPLAINed here is the
 * one listCaseRows actually sends (text and values captured at pg), planned both ways PostgreSQL may plan it: with
 * the values (a custom plan, its first five executions) and without them (the generic plan it may keep after that:
 * plan_cache_mode = force_generic_plan, then EXPLAIN EXECUTE).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { CASE_LIST_COUNT_CAP } from '@quanze/contracts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { listCaseRows, type CaseListCriteria } from '../src/modules/cases/case-list.repository.ts';
import { makeCaseWorld, registerLead, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, makeBureau, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
const N = 20_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Parent Relationship'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

/** Every node of the plan; `part` 'page' leaves out the capped count's InitPlan, 'count' keeps only it. */
function nodes(p: PlanNode, part: 'all' | 'page' | 'count' = 'all', inCount = false): PlanNode[] {
  const here = inCount || p['Parent Relationship'] === 'InitPlan';
  const self = part === 'all' || (part === 'count') === here ? [p] : [];
  return [...self, ...(p.Plans ?? []).flatMap((c) => nodes(c, part, here))];
}

interface Sent {
  name: string;
  text: string;
  values: unknown[];
}

/** The list's statements as listCaseRows sends them (captured at pg.Client.query). */
async function sentFor(c: Partial<CaseListCriteria>): Promise<{ page: Sent; count: Sent | undefined }> {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  const sent: Sent[] = [];
  proto.query = function (this: unknown, ...a: unknown[]) {
    const q = a[0] as { name?: string; text?: string };
    if (typeof q === 'object' && q?.text && /"penalty_cases"/.test(q.text)) sent.push({ name: q.name ?? '', text: q.text, values: (a[1] as unknown[]) ?? [] });
    return original.apply(this, a);
  };
  try {
    await listCaseRows(ctx.db, { bureauId: b.id, limit: 50, offset: 0, countCap: CASE_LIST_COUNT_CAP, ...c });
  } finally {
    proto.query = original;
  }
  const page = sent.find((s) => /order by/.test(s.text));
  const count = sent.find((s) => !/order by/.test(s.text));
  if (!page) throw new Error('the list sent no page statement');
  return { page, count };
}

const literal = (v: unknown): string => {
  if (v === null || v === undefined) return 'null';
  if (v instanceof Date) return `'${v.toISOString()}'`;
  if (Array.isArray(v)) return `'{${v.map((x) => `"${String(x)}"`).join(',')}}'`;
  if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`no literal for ${typeof v}`);
  return `'${String(v).replace(/'/g, "''")}'`;
};

let probe = 0;
/** EXPLAIN EXECUTE of the statement, prepared as the app prepares it, planned 'custom' or 'generic'. */
async function planOf(s: Sent, mode: 'custom' | 'generic', part: 'all' | 'page' | 'count'): Promise<PlanNode[]> {
  const name = `plan_probe_${++probe}`;
  await ctx.sql(`prepare ${name} as ${s.text}`);
  await ctx.sql(`set plan_cache_mode = force_${mode}_plan`);
  try {
    const args = s.values.length ? `(${s.values.map(literal).join(', ')})` : '';
    const r = await ctx.sql(`explain (format json) execute ${name}${args}`);
    return nodes((r.rows[0] as { 'QUERY PLAN': { Plan: PlanNode }[] })['QUERY PLAN'][0]!.Plan, part);
  } finally {
    await ctx.sql('reset plan_cache_mode');
    await ctx.sql(`deallocate ${name}`);
  }
}

/**
 * Both plans of a filter shape's statement: the page (its own nodes; `part` 'count' = the capped count riding on
 * it as an InitPlan) or, with `which` 'count', the count sent alone.
 */
async function plans(c: Partial<CaseListCriteria>, which: 'page' | 'count' = 'page', part: 'page' | 'count' = 'page') {
  const s = (await sentFor(c))[which];
  if (!s) throw new Error(`no ${which} statement sent`);
  const p = which === 'count' ? 'all' : part;
  const out = { sent: s, custom: await planOf(s, 'custom', p), generic: await planOf(s, 'generic', p) };
  if (process.env.PLAN_DEBUG) console.log(s.name, JSON.stringify({ custom: out.custom.map((n) => n['Index Name'] ?? n['Node Type']), generic: out.generic.map((n) => n['Index Name'] ?? n['Node Type']) }));
  return out;
}

const CASE_TABLES = new Set(['penalty_cases', 'case_officers']);
const seqScans = (ns: PlanNode[]) => ns.filter((n) => n['Node Type'] === 'Seq Scan' && CASE_TABLES.has(n['Relation Name'] ?? '')).map((n) => n['Relation Name']);
const sorts = (ns: PlanNode[]) => ns.filter((n) => n['Node Type'] === 'Sort' || n['Node Type'] === 'Incremental Sort');
const indexesUsed = (ns: PlanNode[]) => ns.flatMap((n) => (n['Index Name'] ? [n['Index Name']] : []));

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  const template = await registerLead(w, w.s.officerA);
  const cipher = createFieldCipher(ctx.dataKey);
  // Ten years of cases, two departments, five states, one in three filed under the general procedure.
  await ctx.sql(
    `insert into penalty_cases (bureau_id, subject_id, department_id, power_id, procedure, state, case_number, party_kind, party_name,
       party_id_index, conduct, lead_source, lead_summary, lead_received_at, legal_basis, flags, registered_by, created_at, updated_at)
     select t.bureau_id, t.subject_id, case when g % 2 = 0 then $2::uuid else $3::uuid end, t.power_id,
       case when g % 3 = 0 then 'general' end, (array['lead','filed','investigating','decided','closed'])[1 + g % 5],
       '测司罚立字〔' || (2016 + g % 10) || '〕第' || g || '号', 'citizen', '张' || g,
       case when g = 777 then $4 else md5(g::text) end, t.conduct, t.lead_source, '生成的案件',
       timestamptz '2016-01-01 00:00+08' + g * interval '4 hours', t.legal_basis, t.flags, $5::uuid, now(), now()
     from generate_series(1, ${N}) g, penalty_cases t where t.id = $1`,
    [template, b.departments.a, b.departments.b, cipher.blindIndex('320102198001010777'), b.users['leader']!.id],
  );
  // Every case has an investigator: officerA one case in a hundred, officerA2 the others.
  await ctx.sql(
    `insert into case_officers (case_id, officer_id, assigned_at)
     select id, case when abs(hashtext(id::text)) % 100 = 0 then $2::uuid else $3::uuid end, now() from penalty_cases where bureau_id = $1`,
    [b.id, w.officerIds.a, w.officerIds.a2],
  );
  await ctx.sql('vacuum analyze penalty_cases');
  await ctx.sql('vacuum analyze case_officers');
}, 180_000);

describe('the case list on the indexes, custom and generic plans', () => {
  afterEach(() => ctx.sql('reset plan_cache_mode'));

  it('the bureau newest first: an index scan in order, no sort', async () => {
    const p = await plans({});
    expect(p.sent.name).toBe('qz_case_page_total_all');
    for (const ns of [p.custom, p.generic]) {
      expect(seqScans(ns)).toEqual([]);
      expect(sorts(ns)).toEqual([]);
      expect(indexesUsed(ns)).toContain('penalty_cases_bureau_received_idx');
    }
  });

  it('department + state + date range newest first (the list of the bench): the department/state index, no sort', async () => {
    const p = await plans({
      departmentId: b.departments.a,
      states: ['closed'],
      from: new Date('2020-01-01T00:00:00+08:00'),
      to: new Date('2022-01-01T00:00:00+08:00'),
    });
    expect(p.sent.name).toBe('qz_case_page_total_dsft');
    for (const ns of [p.custom, p.generic]) {
      expect(seqScans(ns)).toEqual([]);
      expect(sorts(ns)).toEqual([]);
      expect(indexesUsed(ns)).toContain('penalty_cases_dept_state_idx');
    }
  });

  it('a state and a date range without a department: an index of the bureau, no table scan', async () => {
    const p = await plans({ states: ['decided'], from: new Date('2019-01-01T00:00:00+08:00'), to: new Date('2019-07-01T00:00:00+08:00') });
    for (const ns of [p.custom, p.generic]) {
      expect(seqScans(ns)).toEqual([]);
      expect(indexesUsed(ns).some((i) => i.startsWith('penalty_cases_'))).toBe(true);
    }
  });

  it('several states, a procedure and a lead source: no case table read sequentially', async () => {
    const p = await plans({
      departmentId: b.departments.b,
      states: ['lead', 'filed'],
      procedure: 'general',
      leadSource: 'complaint',
      from: new Date('2024-01-01T00:00:00+08:00'),
    });
    expect(p.sent.name).toBe('qz_case_page_total_dSplf');
    for (const ns of [p.custom, p.generic]) {
      expect(seqScans(ns)).toEqual([]);
      expect(indexesUsed(ns).some((i) => i.startsWith('penalty_cases_'))).toBe(true);
    }
  });

  it("an officer's own cases: unnamed (planned with the officer's ids), a semi-join on the assignments, not a scan of the bureau", async () => {
    const p = await plans({ self: { userId: b.users['officerA']!.id, officerIds: [w.officerIds.a] } });
    // The generic plan cannot see that this officer has 1 % of the assignments: the self scope is never reused.
    expect(p.sent.name).toBe('');
    expect(seqScans(p.custom)).toEqual([]);
    expect(indexesUsed(p.custom)).toEqual(expect.arrayContaining(['case_officers_officer_idx', 'penalty_cases_registered_by_idx']));
  });

  it('the search box: unnamed, so planned with its term each time — any part through the bigram index, the blind index', async () => {
    // Any part of a case number or a party's name (two characters or more): the rows holding every bigram of the
    // term, from the GIN index (migration 0019) — whichever part is asked, never the bureau read through.
    for (const part of ['第12345号', '12345', '2019〕第123', '张1234', '45号']) {
      const p = await plans({ search: { prefix: part, idIndex: null } });
      // A generic plan of `like $1` knows no term: the search is never a named (reusable) statement.
      expect(p.sent.name, part).toBe('');
      expect(seqScans(p.custom), part).toEqual([]);
      expect(indexesUsed(p.custom), part).toContain('penalty_cases_search_bigrams_idx');
      // The rows found are rechecked by the LIKE alone: their bigrams are not computed again (seconds for a term
      // found in 100,000 cases).
      const heap = p.custom.filter((n) => n['Node Type'] === 'Bitmap Heap Scan' && n['Relation Name'] === 'penalty_cases');
      expect(heap.length, part).toBeGreaterThan(0);
      for (const n of heap) expect(n.Filter ?? '', part).not.toContain('search_bigrams');
    }
    const found = await listCaseRows(ctx.db, { bureauId: b.id, limit: 50, offset: 0, countCap: null, search: { prefix: '第12345号', idIndex: null } });
    expect(found.rows.map((r) => r.caseNumber)).toEqual(['测司罚立字〔2021〕第12345号']);
    // A term found in one case in ten: still no table scan (the planner may walk the bureau's newest-first index
    // instead, stopping at the page).
    const common = await plans({ search: { prefix: '2019', idIndex: null } });
    expect(seqScans(common.custom)).toEqual([]);
    // One character: the start of a number or a name (a surname), on the prefix indexes.
    const surname = await plans({ search: { prefix: '张', idIndex: null } });
    expect(surname.sent.name).toBe('');
    expect(seqScans(surname.custom)).toEqual([]);
    const byId = await plans({
      search: { prefix: '320102198001010777', idIndex: createFieldCipher(ctx.dataKey).blindIndex('320102198001010777') },
    });
    expect(byId.sent.name).toBe('');
    expect(seqScans(byId.custom)).toEqual([]);
    expect(indexesUsed(byId.custom)).toContain('penalty_cases_party_idx');
    const rows = await listCaseRows(ctx.db, { bureauId: b.id, limit: 50, offset: 0, countCap: null, search: { prefix: '320102198001010777', idIndex: createFieldCipher(ctx.dataKey).blindIndex('320102198001010777') } });
    expect(rows.rows.map((r) => r.partyName)).toEqual(['张777']);
  });

  it('a keyset page deep in the list: no sort, no scan', async () => {
    const [mid] = (
      await ctx.sql('select id from penalty_cases where bureau_id = $1 order by lead_received_at desc, id desc offset 15000 limit 1', [
        b.id,
      ])
    ).rows as { id: string }[];
    const p = await plans({ afterId: mid!.id });
    expect(p.sent.name).toBe('qz_case_page_total_a');
    for (const ns of [p.custom, p.generic]) {
      expect(seqScans(ns)).toEqual([]);
      expect(sorts(ns)).toEqual([]);
    }
  });

  it('the count rides on the page (read once, on an index, stopping past the cap); alone only for an empty later page', async () => {
    const dept = { departmentId: b.departments.a, states: ['lead'] };
    const p = await plans(dept, 'page', 'count');
    for (const ns of [p.custom, p.generic]) {
      expect(seqScans(ns)).toEqual([]);
      expect(ns.filter((n) => n['Node Type'] === 'Index Only Scan').map((n) => n['Index Name'])).toContain('penalty_cases_dept_state_idx');
    }
    const all = await listCaseRows(ctx.db, { bureauId: b.id, limit: 1, offset: 0, countCap: CASE_LIST_COUNT_CAP });
    expect(all.total).toBe(CASE_LIST_COUNT_CAP + 1);
    const { rows: inDept } = await ctx.sql(`select count(*)::int as n from penalty_cases where bureau_id = $1 and department_id = $2 and state = 'lead'`, [b.id, b.departments.a]);
    const few = await listCaseRows(ctx.db, { bureauId: b.id, ...dept, from: new Date('2016-01-01T00:00:00+08:00'), to: new Date('2016-01-20T00:00:00+08:00'), limit: 50, offset: 0, countCap: CASE_LIST_COUNT_CAP });
    const direct = await ctx.sql(
      `select count(*)::int as n from penalty_cases where bureau_id = $1 and department_id = $2 and state = 'lead' and lead_received_at >= '2016-01-01T00:00:00+08:00' and lead_received_at < '2016-01-20T00:00:00+08:00'`,
      [b.id, b.departments.a],
    );
    expect(few.total).toBe((direct.rows[0] as { n: number }).n);
    expect(few.rows).toHaveLength(few.total!);
    // Past the last page no row carries the count: it is asked alone, on the same index.
    const beyond = await plans({ ...dept, offset: 100_000 }, 'count');
    expect(beyond.sent.name).toBe('qz_case_count_ds');
    for (const ns of [beyond.custom, beyond.generic]) expect(seqScans(ns)).toEqual([]);
    expect((await listCaseRows(ctx.db, { bureauId: b.id, ...dept, limit: 50, offset: 100_000, countCap: CASE_LIST_COUNT_CAP })).total).toBe((inDept[0] as { n: number }).n);
    expect((await listCaseRows(ctx.db, { bureauId: b.id, departmentId: b.departments.a, states: ['noSuchState'], limit: 50, offset: 0, countCap: CASE_LIST_COUNT_CAP })).total).toBe(0);
    const r = await w.s.leader.request({ method: 'GET', url: '/api/cases', query: { pageSize: '1' } });
    expect(r.json()).toMatchObject({ total: CASE_LIST_COUNT_CAP, totalCapped: true });
  });

  it('the same shape with other values reuses its statement and finds their rows', async () => {
    const a = await listCaseRows(ctx.db, { bureauId: b.id, departmentId: b.departments.a, states: ['closed'], limit: 5, offset: 0, countCap: null });
    const c = await listCaseRows(ctx.db, { bureauId: b.id, departmentId: b.departments.b, states: ['lead'], limit: 5, offset: 5, countCap: null });
    expect(a.rows.every((r) => r.departmentId === b.departments.a && r.state === 'closed')).toBe(true);
    expect(c.rows.every((r) => r.departmentId === b.departments.b && r.state === 'lead')).toBe(true);
    expect(c.rows).toHaveLength(5);
    const direct = await ctx.sql(
      `select id from penalty_cases where bureau_id = $1 and department_id = $2 and state = 'lead' order by lead_received_at desc, id desc offset 5 limit 5`,
      [b.id, b.departments.b],
    );
    expect(c.rows.map((r) => r.id)).toEqual(direct.rows.map((r) => (r as { id: string }).id));
    expect(c.rows[0]).toMatchObject({ powerCode: 'CF-LS-001', departmentName: expect.any(String), leadReceivedAt: expect.any(Date) });
  });
});
