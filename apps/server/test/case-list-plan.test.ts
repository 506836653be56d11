/**
 * The case list's queries stay on the indexes (issue 5 bench: 1M cases, list p95 < 50 ms): on 20,000 generated
 * cases of one bureau, PostgreSQL's plan for each usual list — the bureau newest first, department + state + date
 * range, an officer's own cases, the search box, a keyset page, the capped count — reads no table sequentially
 * and, where the filter allows, needs no sort (the index gives newest first).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import { CASE_LIST_COUNT_CAP } from '@quanze/contracts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { caseListCountSql, caseListPageQuery, listCaseRows, type CaseListCriteria } from '../src/modules/cases/case-list.repository.ts';
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
  Plans?: PlanNode[];
}

function nodes(p: PlanNode): PlanNode[] {
  return [p, ...(p.Plans ?? []).flatMap(nodes)];
}

async function plan(text: string, params: unknown[]): Promise<PlanNode[]> {
  const r = await ctx.sql(`explain (format json) ${text}`, params);
  const root = (r.rows[0] as { 'QUERY PLAN': { Plan: PlanNode }[] })['QUERY PLAN'][0]!.Plan;
  return nodes(root);
}

const pagePlan = (c: Partial<CaseListCriteria>) => {
  const q = caseListPageQuery(ctx.db, { bureauId: b.id, limit: 50, offset: 0, countCap: null, ...c }).toSQL();
  return plan(q.sql, q.params);
};

const seqScans = (ns: PlanNode[]) =>
  ns.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] !== 'departments').map((n) => n['Relation Name']);
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

describe('the case list on the indexes', () => {
  it('the bureau newest first: an index scan in order, no sort', async () => {
    const ns = await pagePlan({});
    expect(seqScans(ns)).toEqual([]);
    expect(sorts(ns)).toEqual([]);
  });

  it('department + state + date range newest first: the department/state index, no sort', async () => {
    const ns = await pagePlan({
      departmentId: b.departments.a,
      states: ['closed'],
      from: new Date('2020-01-01T00:00:00+08:00'),
      to: new Date('2022-01-01T00:00:00+08:00'),
    });
    expect(seqScans(ns)).toEqual([]);
    expect(sorts(ns)).toEqual([]);
    expect(indexesUsed(ns)).toContain('penalty_cases_dept_state_idx');
  });

  it('several states, a procedure and a lead source: no table read sequentially', async () => {
    const ns = await pagePlan({
      departmentId: b.departments.b,
      states: ['lead', 'filed'],
      procedure: 'general',
      leadSource: 'complaint',
      from: new Date('2024-01-01T00:00:00+08:00'),
    });
    expect(seqScans(ns)).toEqual([]);
  });

  it("an officer's own cases: a semi-join on the assignments, not a scan of the bureau", async () => {
    const ns = await pagePlan({ self: { userId: b.users['officerA']!.id, officerIds: [w.officerIds.a] } });
    expect(seqScans(ns)).toEqual([]);
    expect(indexesUsed(ns)).toEqual(expect.arrayContaining(['case_officers_officer_idx', 'penalty_cases_registered_by_idx']));
  });

  it('the search box: prefixes and the blind index through their indexes', async () => {
    const byPrefix = await pagePlan({ search: { prefix: '测司罚立字〔2019〕第123', idIndex: null } });
    expect(seqScans(byPrefix)).toEqual([]);
    expect(indexesUsed(byPrefix)).toEqual(
      expect.arrayContaining(['penalty_cases_case_number_prefix_idx', 'penalty_cases_party_name_prefix_idx']),
    );
    const byId = await pagePlan({
      search: { prefix: '320102198001010777', idIndex: createFieldCipher(ctx.dataKey).blindIndex('320102198001010777') },
    });
    expect(seqScans(byId)).toEqual([]);
    expect(indexesUsed(byId)).toContain('penalty_cases_party_idx');
  });

  it('a keyset page deep in the list: no sort, no scan', async () => {
    const [mid] = (
      await ctx.sql('select id from penalty_cases where bureau_id = $1 order by lead_received_at desc, id desc offset 15000 limit 1', [
        b.id,
      ])
    ).rows as { id: string }[];
    const ns = await pagePlan({ afterId: mid!.id });
    expect(seqScans(ns)).toEqual([]);
    expect(sorts(ns)).toEqual([]);
  });

  it('the count reads an index and stops past the cap; the API says the total is capped', async () => {
    const built = caseListCountSql({
      bureauId: b.id,
      departmentId: b.departments.a,
      states: ['lead'],
      limit: 50,
      offset: 0,
      countCap: CASE_LIST_COUNT_CAP,
    });
    const { sql: text, params } = new PgDialect().sqlToQuery(built);
    expect(seqScans(await plan(text, params))).toEqual([]);
    expect((await listCaseRows(ctx.db, { bureauId: b.id, limit: 1, offset: 0, countCap: CASE_LIST_COUNT_CAP })).total).toBe(
      CASE_LIST_COUNT_CAP + 1,
    );
    const r = await w.s.leader.request({ method: 'GET', url: '/api/cases', query: { pageSize: '1' } });
    expect(r.json()).toMatchObject({ total: CASE_LIST_COUNT_CAP, totalCapped: true });
  });
});
