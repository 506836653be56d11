/**
 * The power list (issue 4): versions drafted → approved → published with four eyes (the drafter cannot approve),
 * each published version kept; draft edits; the breakdown with dated history (never overwritten, never
 * backdated); annual targets; catalogue import with a report (nothing half-written) and export round trip —
 * including the 60 items of justice-powers.json; scope (404) and bad input (400, nothing written).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/modules/identity/index.ts';
import { powerAssignments, powerListItems, powers } from '../src/modules/powers/index.ts';
import { multipartFile } from './support/file-fixtures.ts';
import { bureauSubject, makePost } from './support/officer-factory.ts';
import { assign, draftWith, itemBody, makeLaw, publishList, transition, waitForImport } from './support/power-factory.ts';
import { auditCount, createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
const s: Record<string, Session> = {};
let law: { documentId: string; articleIds: string[] };
let v1: Awaited<ReturnType<typeof publishList>>;
const CATALOGUE = JSON.parse(fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/seed/data/justice-powers.json'), 'utf8')) as unknown[];

const basis47 = () => [{ law: '中华人民共和国律师法（2017年修正）', article: '第四十七条第（一）项' }];

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  for (const k of ['supervisor', 'leader', 'reviewer', 'headA', 'headB', 'officerA']) s[k] = await login(ctx, b.users[k]!);
  await bureauSubject(ctx, b);
  law = await makeLaw(s['reviewer']!, {
    title: '中华人民共和国律师法',
    articles: [
      { address: { article: 47 }, text: '律师有下列行为之一的，给予警告，可以处五千元以下的罚款', isPenaltyProvision: true },
      { address: { article: 48 }, text: '律师有下列行为之一的，给予警告，可以处一万元以下的罚款', isPenaltyProvision: true },
    ],
  });
  v1 = await publishList(s['supervisor']!, s['leader']!, [
    { code: 'CF-LS-001', basis: basis47() },
    { code: 'JC-LS-001', basis: [{ law: '中华人民共和国律师法', article: '第四十八条' }] },
  ]);
});

describe('list versions and approval', () => {
  it('links each basis to the library and publishes version 1', async () => {
    const list = await s['officerA']!.request({ method: 'GET', url: '/api/powers' });
    expect(list.json()).toMatchObject({ listId: v1.listId, total: 2 });
    expect(list.json().items[0]).toMatchObject({ code: 'CF-LS-001', change: 'added', enforcementField: 'LS', categoryLabel: '行政处罚', abilities: [] });
    expect(list.json().items[0].basis[0].articleIds).toEqual([law.articleIds[0]]);
    const versions = await s['leader']!.request({ method: 'GET', url: '/api/power-lists' });
    expect(versions.json().items[0]).toMatchObject({ versionNo: 1, status: 'published', statusLabel: '已公布', itemCount: 2 });
  });

  it('four eyes: whoever drafted the version cannot approve it, even holding the leader role', async () => {
    await ctx.db.update(users).set({ roles: ['leader', 'supervisor'] }).where(eq(users.id, b.users['supervisor']!.id));
    await ctx.app.changes.settled();
    try {
      const d = await draftWith(s['supervisor']!, []);
      const self = await transition(s['supervisor']!, d.listId, 'approve');
      expect(self.statusCode).toBe(400);
      expect(self.json()).toMatchObject({ code: 'LIST_SELF_APPROVAL', message: '起草人不能审批本人起草的清单版本' });
      const detail = await s['supervisor']!.request({ method: 'GET', url: `/api/power-lists/${d.listId}` });
      expect(detail.json().abilities).not.toContain('approve');
      expect(detail.json()).toMatchObject({ itemCount: 2, changes: { added: 0, modified: 0, removed: 0 } }); // a copy of v1
      expect((await transition(s['supervisor']!, d.listId, 'discard', '测试结束')).statusCode).toBe(200);
    } finally {
      await ctx.db.update(users).set({ roles: ['supervisor'] }).where(eq(users.id, b.users['supervisor']!.id));
      await ctx.app.changes.settled();
    }
  });

  it('a draft is edited, approved by the leader, returned, approved again, published; v1 is kept, superseded', async () => {
    const d = await draftWith(s['supervisor']!, [{ code: 'CF-LS-002', basis: [{ law: '中华人民共和国律师法', article: '第四十八条' }] }]);
    const pid = v1.powerIds['CF-LS-001']!;
    const item = await s['supervisor']!.request({ method: 'GET', url: `/api/powers?listId=${d.listId}&q=CF-LS-001` });
    const edit = await s['supervisor']!.request({ method: 'PATCH', url: `/api/power-lists/${d.listId}/items/${pid}`, payload: { name: '对律师同时在两个以上律师事务所执业的行政处罚', scope: '本市', version: item.json().items[0].version } });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ change: 'modified', scope: '本市', abilities: ['edit', 'remove'] });
    const jc = v1.powerIds['JC-LS-001']!;
    const rm = await s['supervisor']!.request({ method: 'POST', url: `/api/power-lists/${d.listId}/items/${jc}/remove`, payload: { reason: '并入日常检查', version: 1 } });
    expect(rm.json()).toMatchObject({ change: 'removed', abilities: [] });
    expect((await transition(s['officerA']!, d.listId, 'approve')).statusCode).toBe(403);
    expect((await transition(s['leader']!, d.listId, 'approve')).statusCode).toBe(200);
    const frozen = await s['supervisor']!.request({ method: 'PATCH', url: `/api/power-lists/${d.listId}/items/${pid}`, payload: { scope: '改', version: 2 } });
    expect(frozen.statusCode).toBe(409);
    expect((await transition(s['leader']!, d.listId, 'return')).json().code).toBe('LIST_REASON_REQUIRED');
    expect((await transition(s['leader']!, d.listId, 'return', '请补充执法标准')).statusCode).toBe(200);
    expect((await transition(s['leader']!, d.listId, 'approve')).statusCode).toBe(200);
    const pub = await transition(s['supervisor']!, d.listId, 'publish');
    expect(pub.json()).toMatchObject({ versionNo: 3, status: 'published', changes: { added: 1, modified: 1, removed: 1 }, itemCount: 2 });
    const versions = (await s['leader']!.request({ method: 'GET', url: '/api/power-lists' })).json().items as { versionNo: number; status: string }[];
    expect(versions.map((v) => [v.versionNo, v.status])).toEqual([
      [3, 'published'],
      [2, 'discarded'],
      [1, 'superseded'],
    ]);
    expect(versions.find((v) => v.versionNo === 1)!.status).toBe('superseded');
    const old = await s['leader']!.request({ method: 'GET', url: `/api/powers?listId=${v1.listId}` });
    expect(old.json().items.map((i: { code: string }) => i.code)).toEqual(['CF-LS-001', 'JC-LS-001']); // kept as published
    const now = await s['leader']!.request({ method: 'GET', url: '/api/powers' });
    expect(now.json().items.map((i: { code: string }) => i.code)).toEqual(['CF-LS-001', 'CF-LS-002']);
    v1 = { ...v1, listId: d.listId, powerIds: { ...v1.powerIds, ...d.powerIds } };
  });

  it('refuses a second open draft, bad codes and duplicates', async () => {
    const d = await draftWith(s['supervisor']!, []);
    const again = await s['supervisor']!.request({ method: 'POST', url: '/api/power-lists', payload: {} });
    expect(again.statusCode).toBe(409);
    const mismatch = await s['supervisor']!.request({ method: 'POST', url: `/api/power-lists/${d.listId}/items`, payload: itemBody({ code: 'XK-LS-009', category: 'penalty', basis: basis47() }) });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().message).toContain('编码前缀与职权类别');
    const dup = await s['supervisor']!.request({ method: 'POST', url: `/api/power-lists/${d.listId}/items`, payload: itemBody({ code: 'CF-LS-001', basis: basis47() }) });
    expect(dup.statusCode).toBe(409);
    const ghost = await s['supervisor']!.request({ method: 'POST', url: `/api/power-lists/${d.listId}/items`, payload: itemBody({ code: 'CF-LS-010', basis: [{ law: '律师法', article: '第一条', articleIds: ['00000000-0000-0000-0000-000000000001'] }] }) });
    expect(ghost.statusCode).toBe(400);
    expect((await transition(s['supervisor']!, d.listId, 'discard', '不用了')).statusCode).toBe(200);
  });
});

describe('breakdown (职权分解) and annual targets', () => {
  let postA: string;
  let postB: string;
  let leaderMember: string;

  beforeAll(async () => {
    postA = await makePost(ctx, b, b.departments.a, '律师执业监管A岗');
    const pb = await s['supervisor']!.request({ method: 'POST', url: '/api/posts', payload: { departmentId: b.departments.a, name: '律师执业监管B岗', role: 'B' } });
    postB = pb.json().id as string;
    const m = await s['supervisor']!.request({ method: 'POST', url: '/api/leadership-group', payload: { name: '孙副局长', position: 'deputy', from: '2025-01-01' } });
    leaderMember = m.json().id as string;
  });

  it('keeps every arrangement: a change ends the one in force the day before, nothing is backdated', async () => {
    const pid = v1.powerIds['CF-LS-001']!;
    const first = await assign(s['supervisor']!, pid, { departmentId: b.departments.a, postIds: [postA], leaderInChargeId: leaderMember });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().assignments[0]).toMatchObject({ effectiveFrom: '2026-03-02', effectiveTo: null, inForce: true, leaderInChargeName: '孙副局长', posts: [{ id: postA, role: 'A' }] });
    // A future arrangement: the one in force ends the day before it; until then it stays in force.
    const second = await assign(s['supervisor']!, pid, { departmentId: b.departments.a, postIds: [postA, postB], leaderInChargeId: leaderMember, effectiveFrom: '2026-03-12' });
    const history = second.json().assignments as { effectiveFrom: string; effectiveTo: string | null; inForce: boolean }[];
    expect(history.map((a) => [a.effectiveFrom, a.effectiveTo, a.inForce])).toEqual([
      ['2026-03-12', null, false],
      ['2026-03-02', '2026-03-11', true],
    ]);
    // Superseding both today (a same-day correction): neither is ever in force; both are kept.
    const third = await assign(s['supervisor']!, pid, { departmentId: b.departments.a, postIds: [postA, postB], leaderInChargeId: leaderMember });
    expect((third.json().assignments as { effectiveFrom: string; effectiveTo: string | null; inForce: boolean }[]).map((a) => [a.effectiveFrom, a.effectiveTo, a.inForce])).toEqual([
      ['2026-03-02', null, true],
      ['2026-03-12', '2026-03-01', false],
      ['2026-03-02', '2026-03-01', false],
    ]);
    const back = await assign(s['supervisor']!, pid, { departmentId: b.departments.a, effectiveFrom: '2026-03-01' });
    expect(back.statusCode).toBe(400);
    const stale = await s['supervisor']!.request({ method: 'POST', url: `/api/powers/${pid}/assignments`, payload: { departmentId: b.departments.a, postIds: [], currentAssignmentId: null } });
    expect(stale.statusCode).toBe(409);
    const rows = await ctx.db.select().from(powerAssignments).where(eq(powerAssignments.powerId, pid));
    expect(rows).toHaveLength(3);
  });

  it('a department head works only within their department; posts must belong to the department', async () => {
    const pid = v1.powerIds['CF-LS-001']!;
    expect((await assign(s['headB']!, pid, { departmentId: b.departments.b })).statusCode).toBe(404);
    const other = v1.powerIds['CF-LS-002']!;
    expect((await assign(s['headB']!, other, { departmentId: b.departments.a })).statusCode).toBe(403);
    const wrongPost = await assign(s['headB']!, other, { departmentId: b.departments.b, postIds: [postA] });
    expect(wrongPost.statusCode).toBe(400);
    const ok = await assign(s['headA']!, other, { departmentId: b.departments.a, postIds: [postA] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await assign(s['officerA']!, other, { departmentId: b.departments.a })).statusCode).toBe(403);
  });

  it('sets annual targets per department/post and power, refuses duplicates, updates with a version', async () => {
    const body = { powerId: v1.powerIds['CF-LS-001']!, year: 2026, departmentId: b.departments.a, postId: postA, metric: 'inspections', planned: 24, unit: '次' };
    const t = await s['supervisor']!.request({ method: 'POST', url: '/api/power-targets', payload: body });
    expect(t.statusCode, t.body).toBe(201);
    expect(t.json()).toMatchObject({ powerCode: 'CF-LS-001', planned: 24, postName: '律师执业监管A岗', version: 1 });
    expect((await s['supervisor']!.request({ method: 'POST', url: '/api/power-targets', payload: body })).statusCode).toBe(409);
    expect((await s['headB']!.request({ method: 'POST', url: '/api/power-targets', payload: { ...body, postId: null } })).statusCode).toBe(403);
    const u = await s['headA']!.request({ method: 'PATCH', url: `/api/power-targets/${t.json().id}`, payload: { planned: 30, version: 1 } });
    expect(u.json()).toMatchObject({ planned: 30, version: 2 });
    expect((await s['headA']!.request({ method: 'PATCH', url: `/api/power-targets/${t.json().id}`, payload: { planned: 31, version: 1 } })).statusCode).toBe(409);
    const list = await s['officerA']!.request({ method: 'GET', url: '/api/power-targets?year=2026' });
    expect(list.json().items).toHaveLength(1);
    // A second power's target names its own power (the list once showed the first item's code for every row).
    const codes = Object.keys(v1.powerIds).filter((c) => c !== 'CF-LS-001');
    const second = await s['supervisor']!.request({ method: 'POST', url: '/api/power-targets', payload: { ...body, powerId: v1.powerIds[codes[0]!]! } });
    expect(second.statusCode, second.body).toBe(201);
    const all = (await s['supervisor']!.request({ method: 'GET', url: '/api/power-targets?year=2026' })).json().items;
    expect(all.map((x: { powerCode: string }) => x.powerCode).sort()).toEqual(['CF-LS-001', codes[0]].sort());
  });
});

describe('catalogue import and export', () => {
  it('imports the 60 items of justice-powers.json into a draft, linking the bases the library holds', async () => {
    const d = await draftWith(s['supervisor']!, []);
    const start = await s['supervisor']!.request({ method: 'POST', url: `/api/power-lists/${d.listId}/imports/json`, payload: { area: '320100', items: CATALOGUE } });
    expect(start.statusCode, start.body).toBe(202);
    const report = await waitForImport(s['supervisor']!, `/api/power-imports/${start.json().importId}`);
    expect(report, JSON.stringify(report.errors)).toMatchObject({ status: 'validated', total: 60, valid: 60, errorCount: 0 });
    expect(report.unlinkedBases).toBeGreaterThan(50); // this bureau's library holds only 律师法 47–48
    const commit = await s['supervisor']!.request({ method: 'POST', url: `/api/power-imports/${start.json().importId}/commit`, payload: { mode: 'all' } });
    expect(commit.json()).toEqual({ added: 58, updated: 2, skipped: 0 }); // CF-LS-001/002 were in the draft
    const cf1 = await s['supervisor']!.request({ method: 'GET', url: `/api/powers?listId=${d.listId}&q=CF-LS-001` });
    expect(cf1.json().items[0]).toMatchObject({ change: 'modified', sanctions: { fineMaxFen: 500_000, suspensionMonthsMax: 3 } });
    expect(cf1.json().items[0].basis[0].articleIds).toEqual([law.articleIds[0]]);
    const json = await s['supervisor']!.request({ method: 'GET', url: `/api/power-lists/${d.listId}/export.json` });
    expect(json.json().items).toHaveLength(60);
    const xlsx = await s['supervisor']!.request({ method: 'GET', url: `/api/power-lists/${d.listId}/export.xlsx` });
    expect(xlsx.statusCode).toBe(200);
    expect((await transition(s['supervisor']!, d.listId, 'discard', '演示')).statusCode).toBe(200);

    // Round trip: the Excel export re-imports into a fresh draft of another bureau as the same 60 items.
    const other = await makeBureau(ctx, '另一市司法局');
    await bureauSubject(ctx, other);
    const sup2 = await login(ctx, other.users['supervisor']!);
    const d2 = await draftWith(sup2, []);
    const form = multipartFile(xlsx.rawPayload, '权责清单.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const up = await sup2.request({ method: 'POST', url: `/api/power-lists/${d2.listId}/imports?area=320100`, headers: form.headers, payload: form.payload });
    expect(up.statusCode, up.body).toBe(202);
    const r2 = await waitForImport(sup2, `/api/power-imports/${up.json().importId}`);
    expect(r2, JSON.stringify(r2.errors)).toMatchObject({ status: 'validated', total: 60, valid: 60 });
    expect((await sup2.request({ method: 'POST', url: `/api/power-imports/${up.json().importId}/commit`, payload: { mode: 'all' } })).json()).toEqual({ added: 60, updated: 0, skipped: 0 });
    const again = await sup2.request({ method: 'GET', url: `/api/power-lists/${d2.listId}/export.json` });
    const strip = (items: Record<string, unknown>[]) => items.map(({ basis, ...rest }) => ({ ...rest, basis: (basis as { law: string; article: string }[]).map((x) => `${x.law}${x.article}`) }));
    expect(strip(again.json().items)).toEqual(strip(json.json().items));
  });

  it('reports malformed rows; "all" writes nothing, "validOnly" writes exactly the valid items', async () => {
    const d = await draftWith(s['supervisor']!, []);
    const before = (await ctx.db.select().from(powerListItems).where(eq(powerListItems.listId, d.listId))).length;
    const good = CATALOGUE[10] as Record<string, unknown>;
    const items = [
      { ...good, code: 'CF-LS-101' },
      { ...good, code: 'CF-LS-1' },
      { ...good, code: 'XK-LS-102' },
      { ...good, code: 'CF-LS-103', category: '罚没' },
      { ...good, code: 'CF-LS-104', basis: [] },
      { ...good, code: 'CF-LS-105', fineMin: 9000, fineMax: 10 },
      { ...good, code: 'CF-LS-106', name: 42 },
      { ...good, code: 'CF-LS-107' },
      { ...good, code: 'CF-LS-107' },
    ];
    const start = await s['supervisor']!.request({ method: 'POST', url: `/api/power-lists/${d.listId}/imports/json`, payload: { area: '320100', items } });
    const url = `/api/power-imports/${start.json().importId}`;
    const report = await waitForImport(s['supervisor']!, url);
    expect(report).toMatchObject({ status: 'validated', total: 9, valid: 1, invalid: 8 });
    const byRow = new Map((report.errors as { row: number; message: string }[]).map((e) => [e.row, e.message]));
    expect(byRow.get(2)).toContain('不符合“类别-领域-序号”格式');
    expect(byRow.get(3)).toContain('编码前缀与职权类别');
    expect(byRow.get(4)).toContain('无法识别');
    expect(byRow.get(5)).toContain('未列明执法依据');
    expect(byRow.get(6)).toContain('罚款下限高于上限');
    expect(byRow.get(7)).toBe('名称：应为文字');
    expect(byRow.get(8)).toContain('重复');
    const audits = await auditCount(ctx);
    expect((await s['supervisor']!.request({ method: 'POST', url: `${url}/commit`, payload: { mode: 'all' } })).statusCode).toBe(409);
    expect((await ctx.db.select().from(powerListItems).where(eq(powerListItems.listId, d.listId))).length).toBe(before);
    expect(await auditCount(ctx)).toBe(audits);
    expect((await s['supervisor']!.request({ method: 'POST', url: `${url}/commit`, payload: { mode: 'validOnly' } })).json()).toEqual({ added: 1, updated: 0, skipped: 8 });
    expect((await transition(s['supervisor']!, d.listId, 'discard', '测试')).statusCode).toBe(200);
  });
});

describe('scope and bad input', () => {
  it('another bureau’s list, power and import are 404', async () => {
    const other = await makeBureau(ctx, '第三市司法局');
    const sup3 = await login(ctx, other.users['supervisor']!);
    const lead3 = await login(ctx, other.users['leader']!);
    const pid = v1.powerIds['CF-LS-001']!;
    expect((await sup3.request({ method: 'GET', url: `/api/power-lists/${v1.listId}` })).statusCode).toBe(404);
    expect((await sup3.request({ method: 'GET', url: `/api/powers/${pid}` })).statusCode).toBe(404);
    expect((await sup3.request({ method: 'GET', url: `/api/power-lists/${v1.listId}/export.json` })).statusCode).toBe(404);
    expect((await assign(sup3, pid, { departmentId: null })).statusCode).toBe(404);
    expect((await lead3.request({ method: 'POST', url: `/api/power-lists/${v1.listId}/transition`, payload: { action: 'approve', version: 1 } })).statusCode).toBe(404);
    expect((await sup3.request({ method: 'GET', url: '/api/powers' })).json()).toEqual({ items: [], total: 0, listId: null });
  });

  it('invalid bodies are 400 and write nothing', async () => {
    const d = await draftWith(s['supervisor']!, []);
    const n = async () => (await ctx.db.select().from(powers).where(eq(powers.bureauId, b.id))).length;
    const count = await n();
    const audits = await auditCount(ctx);
    const bad = [
      { url: `/api/power-lists/${d.listId}/items`, payload: { ...itemBody({ code: 'CF-LS-200', basis: basis47() }), code: 'cf-ls-200' } },
      { url: `/api/power-lists/${d.listId}/items`, payload: { ...itemBody({ code: 'CF-LS-200', basis: basis47() }), category: 'fine' } },
      { url: `/api/power-lists/${d.listId}/items`, payload: { ...itemBody({ code: 'CF-LS-200', basis: basis47() }), area: '' } },
      { url: `/api/power-lists/${d.listId}/transition`, payload: { action: 'burn', version: 1 } },
      { url: `/api/powers/${v1.powerIds['CF-LS-001']}/assignments`, payload: { departmentId: 'x', currentAssignmentId: null } },
      { url: '/api/power-targets', payload: { powerId: v1.powerIds['CF-LS-001'], year: 1999, departmentId: b.departments.a, planned: -1 } },
    ];
    for (const x of bad) {
      const r = await s['supervisor']!.request({ method: 'POST', ...x });
      expect(r.statusCode, `${x.url} ${r.body}`).toBe(400);
      expect(r.json().code).toBe('VALIDATION_FAILED');
    }
    expect(await n()).toBe(count);
    expect(await auditCount(ctx)).toBe(audits);
    expect((await transition(s['supervisor']!, d.listId, 'discard', '测试')).statusCode).toBe(200);
  });
});
