/**
 * The deadline view pages in SQL (case_clocks) and merges the clocks other records keep into the page: every page, of
 * any size, under every filter and data scope, is exactly the slice of the one full list — the stored case clocks
 * and the other records' clocks of the scope, most urgent first (due date, then case number, case and clock; a held
 * clock last) — and the header's counts are those of that list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toLocalDate } from '@quanze/domain';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Deps } from '../src/platform/deps.ts';
import { procedureConfigOf } from '../src/modules/calendar/index.ts';
import { catchUpCaseClocks } from '../src/modules/deadlines/commands/refresh-case-clocks.ts';
import { openCaseConditions } from '../src/modules/deadlines/deadlines.repository.ts';
import { clockKey, storedOpenClocks } from '../src/modules/deadlines/open-clocks.ts';
import { otherOpenClocks } from '../src/modules/deadlines/other-clocks.ts';
import { makeCase, makeCaseWorld, registerLead, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let deps: Deps;

interface Item { caseId: string; caseNumber: string | null; clockId: string; dueDate: string | null; overdue: boolean; kind: string; label: string; departmentId: string }

async function preserve(caseId: string): Promise<void> {
  const applied = await w.s.officerA.request({
    method: 'POST',
    url: `/api/cases/${caseId}/preservations`,
    payload: { reason: '证据可能灭失', items: [{ name: '执业档案', quantity: '1', unit: '盒' }], location: '本局证物保管室', holder: '证物管理员' },
  });
  expect(applied.statusCode, applied.body).toBe(201);
  const p = applied.json();
  const approved = await w.s.leader.request({ method: 'POST', url: `/api/cases/${caseId}/preservations/${p.id}/approve`, payload: { version: p.version, opinion: '同意' } });
  expect(approved.statusCode, approved.body).toBe(200);
}

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  deps = { db: ctx.db, clock: ctx.clock, config: loadConfig({ QUANZE_DEMO: '1', LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/nonexistent' }), cipher: createFieldCipher(ctx.dataKey) };
  // Registered the same day, the leads share a due date: the order between them is the case number, then the case.
  for (let i = 0; i < 4; i++) await registerLead(w, w.s.officerA);
  for (let i = 0; i < 2; i++) await registerLead(w, w.s.officerB, { party: { kind: 'organisation', name: `某律师事务所${i}`, address: '示例市某路2号' } });
  await makeCase(w, 'filed');
  const investigating = await makeCase(w, 'investigating');
  await makeCase(w, 'partyHeard');
  await preserve(investigating); // its 7 working days end before the leads' 15: overdue below
  // Three weeks on: the leads' and the first preservation's clocks are overdue, the others not; a second preservation opens.
  ctx.clock.set('2026-03-25T02:00:00.000Z');
  await ctx.sql('update users set password_changed_at = $1 where bureau_id = $2', [ctx.clock.now(), b.id]);
  for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
  await preserve(investigating);
  await preserve(await makeCase(w, 'investigating'));
}, 240_000);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The list the view must page through: every open clock of the scope, read without SQL paging, most urgent first. */
async function reference(scope: { departmentId?: string; userId?: string }): Promise<Item[]> {
  const today = toLocalDate(ctx.clock.now());
  const conds = openCaseConditions({ bureauId: b.id, ...scope });
  await catchUpCaseClocks(deps); // leads registered outside a case action are marked; the view recomputes them first too
  const { calendar } = await procedureConfigOf(deps, b.id);
  const all = [...(await storedOpenClocks(ctx.db, conds, calendar)), ...(await otherOpenClocks(ctx.db, conds, calendar, today))];
  return all
    .map((c) => ({
      caseId: c.row.id,
      caseNumber: c.row.caseNumber,
      clockId: clockKey(c),
      dueDate: c.deadline.dueDate,
      overdue: c.clock.kind === 'deadline' && c.deadline.dueDate !== null && today > c.deadline.dueDate,
      kind: c.clock.kind,
      label: c.deadline.label,
      departmentId: c.row.departmentId,
    }))
    .sort((x, y) => cmp(x.dueDate ?? '9999', y.dueDate ?? '9999') || cmp(x.caseNumber ?? '', y.caseNumber ?? '') || cmp(x.caseId, y.caseId) || cmp(x.clockId, y.clockId));
}

const keyOf = (i: Pick<Item, 'caseId' | 'clockId' | 'dueDate'>) => `${i.caseId}|${i.clockId}|${i.dueDate}`;

async function get(s: Session, query: string) {
  const r = await s.request({ method: 'GET', url: `/api/deadlines?${query}` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<{ items: Item[]; total: number; overdueCount: number; clockKinds: { clockId: string; label: string }[] }>();
}

/** Every page of `pageSize`, concatenated, with the totals each page reported. */
async function pagedThrough(s: Session, filter: string, pageSize: number) {
  const out: Item[] = [];
  const totals = new Set<string>();
  for (let page = 1; page <= 300; page++) { // bounded: a page that never empties is a failure, not a hang
    const body = await get(s, `${filter}&page=${page}&pageSize=${pageSize}`);
    totals.add(`${body.total}/${body.overdueCount}`);
    if (body.items.length === 0) break;
    expect(body.items.length).toBeLessThanOrEqual(pageSize);
    out.push(...body.items);
  }
  return { items: out, totals };
}

const kindOf = (clockId: string) => clockId.split(':')[0]!;

describe('paging the deadline view in SQL', () => {
  it('the data has both sources, ties on the due date, overdue and open clocks', async () => {
    const all = await reference({});
    expect(all.some((i) => i.clockId.startsWith('evidencePreservationDisposal:'))).toBe(true);
    expect(all.filter((i) => i.overdue).length).toBeGreaterThan(2);
    expect(all.filter((i) => !i.overdue).length).toBeGreaterThan(2);
    const dues = all.map((i) => i.dueDate);
    expect(new Set(dues).size).toBeLessThan(dues.length);
  });

  it('every page of every size, under each filter, is the slice of the full list; the counts are the list’s', async () => {
    const full = await reference({});
    const filters: [string, (i: Item) => boolean][] = [
      ['', () => true],
      ['status=overdue', (i) => i.overdue],
      ['status=open', (i) => !i.overdue],
      ['clockId=leadVerification', (i) => kindOf(i.clockId) === 'leadVerification'],
      ['clockId=evidencePreservationDisposal', (i) => kindOf(i.clockId) === 'evidencePreservationDisposal'],
      ['clockId=evidencePreservationDisposal&status=open', (i) => kindOf(i.clockId) === 'evidencePreservationDisposal' && !i.overdue],
      ['clockId=limitationGeneral&status=overdue', (i) => kindOf(i.clockId) === 'limitationGeneral' && i.overdue],
      [`departmentId=${b.departments.b}`, (i) => i.departmentId === b.departments.b],
      [`departmentId=${b.departments.a}&status=overdue`, (i) => i.departmentId === b.departments.a && i.overdue],
    ];
    for (const [filter, keep] of filters) {
      const expected = full.filter(keep).map(keyOf);
      const ofKind = filter.includes('clockId=') ? full.filter((i) => kindOf(i.clockId) === /clockId=(\w+)/.exec(filter)![1]) : full;
      const inDept = filter.includes('departmentId=') ? ofKind.filter((i) => filter.includes(i.departmentId)) : ofKind;
      for (const size of [1, 2, 3, 7, 200]) {
        const { items, totals } = await pagedThrough(w.s.leader, filter, size);
        expect(items.map(keyOf), `${filter} by ${size}`).toEqual(expected);
        // total: the filtered list; overdueCount: the overdue of the clock (and department) filter, whatever the status.
        expect([...totals], `${filter} by ${size}`).toEqual([`${expected.length}/${inDept.filter((i) => i.overdue).length}`]);
      }
    }
  }, 240_000);

  it('pages within the data scope: the department head their department, an officer their own cases', async () => {
    for (const [s, scope] of [
      [w.s.headA, { departmentId: b.departments.a }],
      [w.s.officerB, { userId: b.users['officerB']!.id }],
      [w.s.officerA, { userId: b.users['officerA']!.id }],
    ] as const) {
      const expected = (await reference(scope)).map(keyOf);
      expect(expected.length).toBeGreaterThan(0);
      for (const size of [2, 5]) expect((await pagedThrough(s, '', size)).items.map(keyOf)).toEqual(expected);
    }
    // A department head asking for another department: nothing, not even counts.
    expect(await get(w.s.headA, `departmentId=${b.departments.b}`)).toMatchObject({ items: [], total: 0, overdueCount: 0 });
  }, 120_000);

  it('offers as clock filters exactly the clocks of the scope, with their labels, whatever is filtered', async () => {
    const full = await reference({});
    const expected = new Map(full.map((i) => [kindOf(i.clockId), i.label]));
    for (const filter of ['', 'status=overdue', 'clockId=leadVerification&page=3&pageSize=1']) {
      const kinds = (await get(w.s.leader, filter)).clockKinds;
      expect(new Map(kinds.map((k) => [k.clockId, k.label])), filter).toEqual(expected);
    }
  });

  it('a page past the end is empty but still counts', async () => {
    const full = await reference({});
    const body = await get(w.s.leader, 'page=99&pageSize=50');
    expect(body).toMatchObject({ items: [], total: full.length, overdueCount: full.filter((i) => i.overdue).length });
  });
});
