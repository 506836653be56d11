/**
 * The portal's power list (issue 4, 行政处罚法 第三十四条): no login, rate-limited per IP; only the latest published
 * list version of the bureau's own subject, filtered by category and department, each item with basis, time limit,
 * fees, supervision channel, hearing condition and — in the detail — procedure and the current published
 * benchmark in yuan. Drafts (list items and benchmarks) and internal fields are never shown.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { BEIJING_48_4, yuan } from '@quanze/domain/discretion-fixtures';
import { bureauSubject } from './support/officer-factory.ts';
import { catalogueItem, draftItems, publishItems, putBenchmark } from './support/discretion-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
const s: Record<string, Session> = {};
let ids: Record<string, string>;

const get = (url: string, ip = '127.0.0.1') => ctx.app.inject({ method: 'GET', url, remoteAddress: ip });
const list = (query = '') => get(`/api/public/powers?bureauId=${b.id}${query}`);
const detail = (code: string) => get(`/api/public/powers/${code}?bureauId=${b.id}`);

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  for (const k of ['supervisor', 'leader', 'reviewer']) s[k] = await login(ctx, b.users[k]!);
});

describe('before anything is published', () => {
  it('says so, with an empty list', async () => {
    await bureauSubject(ctx, b);
    const r = await list();
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ items: [], total: 0, message: '本机关权责清单尚未公布', subjectName: '测试市司法局' });
    await draftItems(s['supervisor']!, [catalogueItem('CF-LS-006')]);
    expect((await list()).json()).toMatchObject({ items: [], message: '本机关权责清单尚未公布' });
    expect((await detail('CF-LS-006')).statusCode).toBe(404);
  });
});

describe('the published list', () => {
  beforeAll(async () => {
    // The draft above is discarded by nobody: publishing needs a fresh one, so discard it first.
    const lists = await s['supervisor']!.request({ method: 'GET', url: '/api/power-lists' });
    for (const l of lists.json().items as { id: string; status: string; version: number }[])
      if (l.status === 'draft')
        await s['supervisor']!.request({
          method: 'POST',
          url: `/api/power-lists/${l.id}/transition`,
          payload: { action: 'discard', reason: '重新起草', version: l.version },
        });
    const items = [
      catalogueItem('CF-LS-006', {
        procedure: '立案、调查取证、告知、听证（依申请）、法制审核、决定、送达、执行',
        statutoryTimeLimit: { days: 90, dayType: 'calendarDays', text: '自立案之日起九十日内作出决定' },
        fees: '不收费',
        supervisionChannel: '市司法局执法监督电话 12345',
        notes: '内部备注：勿公开',
        verificationNote: '内部核对记录',
      }),
      catalogueItem('CF-LS-001', { departmentName: '律师工作科' }),
      catalogueItem('JC-LS-001', { departmentName: '行政执法协调监督科', category: 'inspection' }),
    ];
    ids = (await publishItems(s['supervisor']!, s['leader']!, items)).powerIds;
    const saved = await putBenchmark(s['reviewer']!, ids['CF-LS-006']!, BEIJING_48_4, { version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    // A benchmark saved only as a draft is not public.
    const suggested = (await s['reviewer']!.request({ method: 'GET', url: `/api/powers/${ids['CF-LS-001']}/discretion` })).json().suggested;
    expect((await putBenchmark(s['reviewer']!, ids['CF-LS-001']!, suggested, { version: 0, publish: false })).statusCode).toBe(200);
    // A later draft of the list adds an item and a later draft of the benchmark changes a tier: neither is public.
    await draftItems(s['supervisor']!, [catalogueItem('CF-LS-002')]);
    const changed = {
      ...BEIJING_48_4,
      tiers: BEIJING_48_4.tiers.map((t) => (t.level === 'A2' ? { ...t, fine: { minFen: yuan(5000), maxFen: yuan(6000) } } : t)),
    };
    expect((await putBenchmark(s['reviewer']!, ids['CF-LS-006']!, changed, { publish: false })).statusCode).toBe(200);
  });

  it('lists the published items with basis, time limit, fees, channel, hearing condition and benchmark flag', async () => {
    const r = await list();
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ message: null, total: 3, listTitle: expect.any(String), publishedOn: '2026-03-02' });
    expect(body.items.map((i: { code: string }) => i.code)).toEqual(['CF-LS-001', 'CF-LS-006', 'JC-LS-001']);
    const i6 = body.items[1];
    expect(i6).toMatchObject({
      categoryLabel: '行政处罚',
      timeLimit: '自立案之日起九十日内作出决定',
      fees: '不收费',
      supervisionChannel: '市司法局执法监督电话 12345',
      hearingEligible: true,
      hasBenchmark: true,
    });
    expect(i6.basis[0]).toEqual({ law: '中华人民共和国律师法（2017年修正）', article: '第四十八条第（二）（四）项' });
    expect(body.items[0].hasBenchmark).toBe(false); // its benchmark is only a draft
    expect(body.facets.categories).toEqual([
      { value: 'penalty', label: '行政处罚', count: 2 },
      { value: 'inspection', label: '行政检查', count: 1 },
    ]);
    expect(body.facets.departments.map((d: { value: string }) => d.value)).toEqual(
      expect.arrayContaining(['律师工作科', '行政执法协调监督科']),
    );
    for (const secret of ['内部备注', '内部核对记录', 'powerId', 'articleIds', 'verification', 'CF-LS-002'])
      expect(r.body).not.toContain(secret);
  });

  it('filters by category, department and text', async () => {
    expect((await list('&category=inspection')).json().items.map((i: { code: string }) => i.code)).toEqual(['JC-LS-001']);
    expect(
      (await list(`&department=${encodeURIComponent('行政执法协调监督科')}`)).json().items.map((i: { code: string }) => i.code),
    ).toEqual(['JC-LS-001']);
    expect((await list(`&q=${encodeURIComponent('泄露')}`)).json().items.map((i: { code: string }) => i.code)).toEqual(['CF-LS-006']);
    expect((await list('&q=cf-ls-001')).json().total).toBe(1);
    const none = (await list('&category=license')).json();
    expect(none).toMatchObject({ items: [], total: 0, message: '没有符合条件的执法事项' });
    expect((await list('&pageSize=1&page=2')).json()).toMatchObject({ total: 3, items: [{ code: 'CF-LS-006' }] });
    expect((await list('&category=nonsense')).statusCode).toBe(400);
    // Each facet counts under the other filter: within 行政检查 only the department that has one is offered.
    const inspection = (await list('&category=inspection')).json();
    expect(inspection.facets.departments).toEqual([{ value: '行政执法协调监督科', count: 1 }]);
    expect(inspection.facets.categories.map((c: { value: string }) => c.value)).toEqual(['penalty', 'inspection']);
  });

  it('shows an item with its procedure and the current published benchmark in yuan', async () => {
    const r = await detail('CF-LS-006');
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json();
    expect(d).toMatchObject({
      code: 'CF-LS-006',
      procedure: expect.stringContaining('法制审核'),
      hasBenchmark: true,
      sanctionsText: expect.stringContaining('罚款10000元以下'),
    });
    expect(d.basis[0].gist).toContain('警告');
    const bm = d.benchmark;
    expect(bm.versionNo).toBe(1); // the published version, not the later draft
    expect(bm.source.law).toContain('北京市律师违法行为行政处罚裁量基准');
    expect(bm.tiers).toEqual([
      expect.objectContaining({
        label: '第一档',
        kind: 'lighter',
        kindLabel: '从轻处罚',
        condition: '情节较轻、危害后果轻微',
        rangeText: '警告，罚款5000元以下，没收违法所得',
      }),
      expect.objectContaining({
        label: '第二档',
        kind: 'ordinary',
        condition: '不具有从轻、从重情形',
        rangeText: '警告，罚款5000元以上10000元以下，没收违法所得',
      }),
      expect.objectContaining({
        label: '第三档',
        kind: 'heavier',
        condition: '情节严重',
        rangeText: '停止执业3个月以上6个月以下，没收违法所得',
      }),
    ]);
    expect(bm.deviationRule).toContain('经法制审核');
    expect(bm.aggravatingGrounds.length).toBeGreaterThan(0);
    expect(r.body).not.toContain('测试补全'); // tier notes are internal
    expect(r.body).not.toContain('内部备注');
  });

  it('an item without a published benchmark, a draft-only item and an unknown code', async () => {
    const one = (await detail('CF-LS-001')).json();
    expect(one).toMatchObject({ code: 'CF-LS-001', hasBenchmark: false, benchmark: null });
    expect((await detail('JC-LS-001')).json()).toMatchObject({ category: 'inspection', sanctionsText: null, benchmark: null });
    const draftOnly = await detail('CF-LS-002');
    expect(draftOnly.statusCode).toBe(404);
    expect(draftOnly.json().code).toBe('NOT_FOUND');
    expect((await detail('CF-XX-999')).statusCode).toBe(404);
    expect((await detail('not-a-code')).statusCode).toBe(400);
  });

  it('is rate-limited per IP', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 121; i++) codes.push((await get(`/api/public/powers/CF-LS-006?bureauId=${b.id}`, '10.7.7.7')).statusCode);
    expect(codes.slice(0, 120).every((c) => c === 200)).toBe(true);
    expect(codes[120]).toBe(429);
    expect((await get(`/api/public/powers/CF-LS-006?bureauId=${b.id}`, '10.7.7.8')).statusCode).toBe(200);
  });
});

describe('the demo seed', () => {
  it('publishes benchmarks: the §4 tables where the codes match, 示例 thirds for the other graded penalty powers', async () => {
    const demo = await createTestContext();
    await seedIfEmpty(demo.db, demo.clock, createFieldCipher(demo.dataKey), true);
    const all = await demo.app.inject({ method: 'GET', url: '/api/public/powers?pageSize=100' });
    expect(all.statusCode, all.body).toBe(200);
    const items = all.json().items as { code: string; category: string; hasBenchmark: boolean }[];
    expect(items).toHaveLength(60);
    const withBenchmark = items.filter((i) => i.hasBenchmark).map((i) => i.code);
    // Every penalty power except the two that set no fine, multiple or suspension (CF-JD-002, CF-JF-002).
    expect(withBenchmark).toEqual(
      items.filter((i) => i.category === 'penalty' && !['CF-JD-002', 'CF-JF-002'].includes(i.code)).map((i) => i.code),
    );
    const real = (await demo.app.inject({ method: 'GET', url: '/api/public/powers/CF-LS-011' })).json().benchmark;
    expect(real.source.law).toContain('凤凰县');
    expect(real.tiers[0]).toMatchObject({ label: '一般', rangeText: '没收违法所得，处违法所得1倍以上3倍以下的罚款' });
    const generated = (await demo.app.inject({ method: 'GET', url: '/api/public/powers/CF-LS-001' })).json().benchmark;
    expect(generated.source.law).toContain('示例');
    expect(generated.tiers.map((t: { kindLabel: string }) => t.kindLabel)).toEqual(['不予处罚', '从轻处罚', '一般处罚', '从重处罚']);
    expect(generated.tiers[1].rangeText).toBe('警告，罚款1700元以下，停止执业1个月以下，没收违法所得');
  });
});
