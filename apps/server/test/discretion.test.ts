/**
 * Discretion benchmarks (issue 4) through the API: saving runs the domain's validateBenchmark and the power's
 * statutory range (400 listing every problem, nothing written), versions with optimistic concurrency (409), scope
 * (another bureau's power is a 404); the calculator gives exactly what packages/domain gives for the §4 fixtures,
 * stays inside the statutory range for random facts, and the proposal check separates "outside the benchmark"
 * (written reason + legal review) from "outside the law" (unlawful, 第七十六条).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CIRCUMSTANCE_LABELS,
  CORRECTION_STATES,
  HARM_LEVELS,
  MENTAL_STATES,
  computeDiscretion,
  type DiscretionBenchmark,
  type DiscretionFacts,
} from '@quanze/domain';
import { BEIJING_48_4, REAL_FIXTURES, makeFacts, yuan } from '@quanze/domain/discretion-fixtures';
import { bureauSubject } from './support/officer-factory.ts';
import { catalogueItem, currentVersion, publishItems, putBenchmark } from './support/discretion-factory.ts';
import { auditCount, createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
const s: Record<string, Session> = {};
let ids: Record<string, string>;
let names: Record<string, string>;
let foreignPowerId: string;

const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const CODES = [...REAL_FIXTURES.map((f) => f.powerCode), 'CF-LS-001', 'JC-LS-001'];
const rowCount = async (powerId: string) =>
  (await ctx.sql('select count(*)::int as n from discretion_benchmarks where power_id = $1', [powerId])).rows[0].n as number;
const compute = (powerId: string, facts: DiscretionFacts, who = 'officerA') =>
  s[who]!.request({ method: 'POST', url: '/api/discretion/compute', payload: { powerId, facts } });

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  for (const k of ['supervisor', 'leader', 'reviewer', 'officerA']) s[k] = await login(ctx, b.users[k]!);
  await bureauSubject(ctx, b);
  const items = CODES.map((c) => catalogueItem(c));
  ids = (await publishItems(s['supervisor']!, s['leader']!, items)).powerIds;
  names = Object.fromEntries(items.map((i) => [i['code'] as string, i['name'] as string]));
  for (const f of REAL_FIXTURES) {
    const r = await putBenchmark(s['reviewer']!, ids[f.powerCode]!, f, { version: 0 });
    expect(r.statusCode, r.body).toBe(200);
  }
  const other = await makeBureau(ctx, '另一市司法局');
  const os = { supervisor: await login(ctx, other.users['supervisor']!), leader: await login(ctx, other.users['leader']!) };
  await bureauSubject(ctx, other);
  foreignPowerId = (await publishItems(os.supervisor, os.leader, [catalogueItem('CF-LS-006')])).powerIds['CF-LS-006']!;
  const fr = await putBenchmark(await login(ctx, other.users['reviewer']!), foreignPowerId, BEIJING_48_4, { version: 0 });
  expect(fr.statusCode, fr.body).toBe(200);
});

describe('reading and saving a benchmark', () => {
  it('before any save: a 示例 benchmark in thirds of the statutory range is suggested, nothing to compute', async () => {
    const r = await s['reviewer']!.request({ method: 'GET', url: `/api/powers/${ids['CF-LS-001']}/discretion` });
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json();
    expect(d).toMatchObject({ powerCode: 'CF-LS-001', version: 0, current: null, draft: null, history: [], abilities: ['edit'] });
    expect(d.statutory).toMatchObject({
      fine: { minFen: 0, maxFen: yuan(5000) },
      suspension: { kind: 'restrictPractice', minMonths: 0, maxMonths: 3 },
    });
    expect(d.suggested.source.law).toContain('示例');
    expect(d.suggested.tiers.map((t: { level: string }) => t.level)).toEqual(['exempt', 'lighter', 'ordinary', 'heavier']);
    expect(d.suggested.tiers[1].fine).toEqual({ minFen: 0, maxFen: yuan(1700) });
    const officer = await s['officerA']!.request({ method: 'GET', url: `/api/powers/${ids['CF-LS-001']}/discretion` });
    expect(officer.json().abilities).toEqual([]);
    const none = await compute(ids['CF-LS-001']!, makeFacts());
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'BENCHMARK_MISSING', basis: { article: '第三十四条' } });
  });

  it('the suggested benchmark saves as is; each save is a new version with an audit row', async () => {
    const pid = ids['CF-LS-001']!;
    const before = await auditCount(ctx);
    const d = (await s['reviewer']!.request({ method: 'GET', url: `/api/powers/${pid}/discretion` })).json();
    const r = await putBenchmark(s['reviewer']!, pid, d.suggested, { version: 0 });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      version: 1,
      current: { versionNo: 1, status: 'published', current: true, savedByName: 'reviewer' },
      problems: [],
      abilities: ['edit', 'compute'],
    });
    expect(await auditCount(ctx)).toBe(before + 1);
    const audit = await ctx.sql(`select action, object_id, basis from audit_events order by seq desc limit 1`);
    expect(audit.rows[0]).toMatchObject({ action: 'discretion.publish', object_id: pid, basis: '行政处罚法 第三十四条' });
  });

  it('a tier outside the statutory range is refused with every problem in Chinese; nothing is written', async () => {
    const pid = ids['CF-LS-006']!;
    const [rows, audits] = [await rowCount(pid), await auditCount(ctx)];
    const bad: DiscretionBenchmark = {
      ...BEIJING_48_4,
      tiers: BEIJING_48_4.tiers.map((t) => (t.level === 'A1' ? { ...t, fine: { minFen: 0, maxFen: yuan(20_000) } } : t)),
    };
    const r = await putBenchmark(s['reviewer']!, pid, bad);
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('BENCHMARK_INVALID');
    expect(r.json().message).toContain('档次“A1”的罚款超出法定幅度');
    expect(r.json().message).toContain('幅度重叠');
    expect(r.json().details.problems.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(['TIER_OUTSIDE_STATUTORY_RANGE', 'TIERS_OVERLAP']),
    );
    expect(r.json().basis.article).toBe('第七十六条第（二）项');
    expect([await rowCount(pid), await auditCount(ctx)]).toEqual([rows, audits]);
  });

  it('a statutory range wider than the power list states, or another power’s benchmark, is refused', async () => {
    const pid = ids['CF-LS-006']!;
    const wider = {
      ...BEIJING_48_4,
      statutory: { ...BEIJING_48_4.statutory, fine: { minFen: 0, maxFen: yuan(50_000), mandatory: false } },
    };
    const r = await putBenchmark(s['reviewer']!, pid, wider);
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toContain('超出权责清单所列');
    const other = await putBenchmark(s['reviewer']!, pid, { ...BEIJING_48_4, powerCode: 'CF-LS-016' });
    expect(other.json().message).toContain('与本事项CF-LS-006不符');
  });

  it('malformed input is a 400 with field errors and writes nothing', async () => {
    const pid = ids['CF-LS-006']!;
    const rows = await rowCount(pid);
    const negative = { ...json(BEIJING_48_4), tiers: [{ ...json(BEIJING_48_4.tiers[0]!), fine: { minFen: -1, maxFen: 100 } }] };
    const r = await putBenchmark(s['reviewer']!, pid, negative);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(r.json().fieldErrors['benchmark.tiers.0.fine.minFen']).toBeDefined();
    const unknownKey = await putBenchmark(s['reviewer']!, pid, { ...json(BEIJING_48_4), tierz: [] });
    expect(unknownKey.statusCode).toBe(400);
    const badCondition = {
      ...json(BEIJING_48_4),
      tiers: [{ ...json(BEIJING_48_4.tiers[0]!), when: { fact: 'harm', min: 'catastrophic' } }],
    };
    expect((await putBenchmark(s['reviewer']!, pid, badCondition)).statusCode).toBe(400);
    expect(await rowCount(pid)).toBe(rows);
  });

  it('a stale version is a 409; a draft does not replace the current version until published', async () => {
    const pid = ids['CF-LS-006']!;
    const v = await currentVersion(s['reviewer']!, pid);
    const stale = await putBenchmark(s['reviewer']!, pid, BEIJING_48_4, { version: v - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const lighter = {
      ...BEIJING_48_4,
      tiers: BEIJING_48_4.tiers.map((t) => (t.level === 'A2' ? { ...t, fine: { minFen: yuan(5000), maxFen: yuan(8000) } } : t)),
    };
    const draft = await putBenchmark(s['supervisor']!, pid, lighter, { publish: false, version: v });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({
      version: v + 1,
      current: { versionNo: v },
      draft: { versionNo: v + 1, status: 'draft', statusLabel: '草稿' },
    });
    expect(draft.json().history.map((h: { versionNo: number; current: boolean }) => [h.versionNo, h.current])).toEqual([
      [v + 1, false],
      [v, true],
    ]);
    const now = (await compute(pid, makeFacts())).json();
    expect(now).toMatchObject({ benchmarkVersion: v, range: { fine: { minFen: yuan(5000), maxFen: yuan(10_000) } } });
    const tried = await s['officerA']!.request({
      method: 'POST',
      url: '/api/discretion/compute',
      payload: { powerId: pid, facts: makeFacts(), versionNo: v + 1 },
    });
    expect(tried.json()).toMatchObject({ benchmarkVersion: v + 1, range: { fine: { maxFen: yuan(8000) } } });
    const again = await putBenchmark(s['reviewer']!, pid, BEIJING_48_4, { version: v + 1 });
    expect(again.json()).toMatchObject({ current: { versionNo: v + 2 }, draft: null });
  });

  it('only the 法制 unit saves; a non-penalty power has no benchmark; another bureau’s power is a 404', async () => {
    expect((await putBenchmark(s['officerA']!, ids['CF-LS-006']!, BEIJING_48_4)).statusCode).toBe(403);
    const jc = await putBenchmark(s['reviewer']!, ids['JC-LS-001']!, { ...BEIJING_48_4, powerCode: 'JC-LS-001' });
    expect(jc.statusCode).toBe(400);
    expect(jc.json().code).toBe('NOT_PENALTY_POWER');
    for (const r of [
      await s['reviewer']!.request({ method: 'GET', url: `/api/powers/${foreignPowerId}/discretion` }),
      await putBenchmark(s['reviewer']!, foreignPowerId, BEIJING_48_4, { version: 1 }),
      await compute(foreignPowerId, makeFacts()),
      await s['officerA']!.request({
        method: 'POST',
        url: '/api/discretion/check',
        payload: { powerId: foreignPowerId, facts: makeFacts(), proposed: { fineFen: 0, suspensionMonths: 0, sanctions: [] } },
      }),
      await s['reviewer']!.request({ method: 'GET', url: '/api/powers/00000000-0000-4000-8000-000000000000/discretion' }),
    ]) {
      expect(r.statusCode).toBe(404);
      expect(r.json()).toMatchObject({ code: 'NOT_FOUND', message: '执法事项不存在或无权查看' });
    }
  });
});

describe('the calculator through the API', () => {
  const cases: [string, DiscretionFacts][] = [
    ['一般', makeFacts()],
    ['危害轻微', makeFacts({ harm: 'minor' })],
    ['严重后果', makeFacts({ harm: 'serious' })],
    ['拒不改正且再犯', makeFacts({ correction: 'refused', priorViolations: 2 })],
    ['未成年人', makeFacts({ party: { kind: 'naturalPerson', ageYears: 16, mentalState: 'sound' } })],
    ['首违轻微及时改正', makeFacts({ minorViolation: true, harm: 'none', correction: 'prompt' })],
    ['单位有违法所得', makeFacts({ party: { kind: 'organization' }, illegalIncomeFen: yuan(4200), circumstances: ['cooperated'] })],
    ['配合调查', makeFacts({ circumstances: ['cooperated', 'eliminatedHarm'] })],
  ];

  it.each(REAL_FIXTURES.map((f) => [f.powerCode, f] as const))(
    '%s: the same tier, range and text as packages/domain',
    async (code, fixture) => {
      for (const [label, facts] of cases) {
        const r = await compute(ids[code]!, facts);
        expect(r.statusCode, `${label} ${r.body}`).toBe(200);
        const want = json(computeDiscretion({ ...fixture, powerName: names[code]! }, facts));
        const got = r.json();
        expect(got.tier, label).toEqual(want.tier);
        expect(got.range, label).toEqual(want.range);
        expect(got.lawful, label).toEqual(want.lawful);
        expect(got.text, label).toBe(want.text);
        expect(got.explanation, label).toEqual(want.explanation);
        expect(got.reviewNotes, label).toEqual(want.reviewNotes);
        expect(got.text.length).toBeGreaterThan(0);
      }
    },
  );

  it('for random facts the result always lies inside the statutory range', async () => {
    const party = fc.oneof(
      fc.record({
        kind: fc.constant('naturalPerson' as const),
        ageYears: fc.integer({ min: 8, max: 90 }),
        mentalState: fc.constantFrom(...MENTAL_STATES),
      }),
      fc.constant({ kind: 'organization' as const }),
    );
    const facts = fc.record({
      party,
      minorViolation: fc.boolean(),
      harm: fc.constantFrom(...HARM_LEVELS),
      correction: fc.constantFrom(...CORRECTION_STATES),
      priorViolations: fc.integer({ min: 0, max: 4 }),
      illegalIncomeFen: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000 })),
      durationMonths: fc.integer({ min: 0, max: 24 }),
      noFaultProven: fc.boolean(),
      circumstances: fc.subarray(Object.keys(CIRCUMSTANCE_LABELS)),
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...REAL_FIXTURES), facts, async (fixture, f) => {
        const r = await compute(ids[fixture.powerCode]!, f);
        expect(r.statusCode, r.body).toBe(200);
        const { range, tier } = r.json<{
          range: {
            fine: { minFen: number; maxFen: number } | null;
            suspension: { minMonths: number; maxMonths: number } | null;
            sanctions: string[];
          };
          tier: { kind: string };
        }>();
        const st = fixture.statutory;
        const income = f.illegalIncomeFen;
        const byMultiple = st.fineMultiple && (income > 0 || !st.fine);
        const lo = byMultiple ? Math.ceil((income * st.fineMultiple!.minPercent) / 100) : (st.fine?.minFen ?? 0);
        const hi = byMultiple
          ? Math.min(Math.floor((income * st.fineMultiple!.maxPercent) / 100), st.fineMultiple!.capFen ?? Infinity)
          : (st.fine?.maxFen ?? 0);
        const reduced = tier.kind === 'mitigated';
        if (tier.kind === 'exempt') expect(range).toEqual({ fine: null, fineMultiple: null, suspension: null, sanctions: [] });
        if (range.fine) {
          expect(range.fine.maxFen).toBeLessThanOrEqual(hi);
          expect(range.fine.minFen).toBeGreaterThanOrEqual(reduced ? 0 : Math.min(lo, hi));
          expect(range.fine.minFen).toBeLessThanOrEqual(range.fine.maxFen);
        }
        if (range.suspension) {
          expect(range.suspension.maxMonths).toBeLessThanOrEqual(st.suspension!.maxMonths);
          expect(range.suspension.minMonths).toBeGreaterThanOrEqual(reduced ? 0 : st.suspension!.minMonths);
        }
        for (const k of range.sanctions) expect([...st.sanctions, ...(reduced ? ['warning'] : [])]).toContain(k);
      }),
      { numRuns: 30 },
    );
  });

  it('a proposed fine: inside the tier, outside it (reason + legal review), above the statute (unlawful)', async () => {
    const check = (fineFen: number) =>
      s['officerA']!.request({
        method: 'POST',
        url: '/api/discretion/check',
        payload: { powerId: ids['CF-LS-006'], facts: makeFacts(), proposed: { fineFen, suspensionMonths: 0, sanctions: ['warning'] } },
      });
    const inside = await check(yuan(8000));
    expect(inside.statusCode, inside.body).toBe(200);
    expect(inside.json().result).toMatchObject({ tier: { code: 'A2', clause: '第二档' }, rangeText: '警告，罚款5000元以上10000元以下' });
    expect(inside.json().check).toMatchObject({ outcome: 'inside', deviations: [], requiresLegalReview: false });

    const outside = (await check(yuan(2000))).json().check;
    expect(outside).toMatchObject({ outcome: 'outsideBenchmark', requiresWrittenReason: true, requiresLegalReview: true });
    expect(outside.deviations).toEqual([expect.objectContaining({ code: 'FINE_OUTSIDE_TIER', severity: 'outsideBenchmark' })]);
    expect(outside.message).toContain('在决定书中说明理由、经法制审核');

    const unlawful = (await check(yuan(20_000))).json().check;
    expect(unlawful).toMatchObject({ outcome: 'unlawful', requiresWrittenReason: false });
    expect(unlawful.deviations[0]).toMatchObject({
      code: 'FINE_ABOVE_STATUTE',
      severity: 'unlawful',
      basis: { law: '行政处罚法', article: '第七十六条第（二）项' },
    });
    expect(unlawful.message).toContain('超过法定上限10000元');
  });

  it('impossible facts are a 400 with field errors', async () => {
    const r = await compute(
      ids['CF-LS-006']!,
      makeFacts({ party: { kind: 'naturalPerson', ageYears: 200, mentalState: 'sound' }, illegalIncomeFen: 1.5 }),
    );
    expect(r.statusCode).toBe(400);
    expect(Object.keys(r.json().fieldErrors)).toEqual(expect.arrayContaining(['facts.party.ageYears', 'facts.illegalIncomeFen']));
    const missing = await s['officerA']!.request({
      method: 'POST',
      url: '/api/discretion/compute',
      payload: { powerId: ids['CF-LS-006'], facts: { harm: 'minor' } },
    });
    expect(missing.statusCode).toBe(400);
  });

  it('the routes are in the OpenAPI document', async () => {
    const doc = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths as object);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/powers/{id}/discretion',
        '/api/discretion/compute',
        '/api/discretion/check',
        '/api/public/powers',
        '/api/public/powers/{code}',
      ]),
    );
  });
});
