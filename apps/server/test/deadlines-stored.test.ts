/**
 * Stored open clocks (case_clocks) against the derivation from the steps (issue 5, "Deadline scan of all open clocks
 * < 2 s"): the scan and the deadline view read the stored clocks, so after every kind of change — case actions,
 * 中止 / 恢复 / 延期 of the decision clock, a case ending, a write outside a case action, a calendar year entered —
 * the stored clocks must equal what caseClocks derives, down to the days left on any later day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, storeDeadline, type LocalDate } from '@quanze/domain';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Deps } from '../src/platform/deps.ts';
import { procedureConfigOf } from '../src/modules/calendar/index.ts';
import { catchUpCaseClocks, rebuildCaseClocks, scanDeadlines } from '../src/modules/deadlines/index.ts';
import { openCaseConditions } from '../src/modules/deadlines/deadlines.repository.ts';
import { deriveOpenClocks, storedOpenClocks, type OpenClock } from '../src/modules/deadlines/open-clocks.ts';
import { FINE_500, decisionBody, makeCase, makeCaseWorld, ok, registerLead, type CaseWorld, type Stage } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let deps: Deps;
let admin: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  deps = {
    db: ctx.db,
    clock: ctx.clock,
    config: loadConfig({ QUANZE_DEMO: '1', LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/nonexistent' }),
    cipher: createFieldCipher(ctx.dataKey),
  };
}, 60_000);

async function relogin(): Promise<void> {
  await ctx.sql('update users set password_changed_at = $1 where bureau_id = $2', [ctx.clock.now(), b.id]);
  for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
}

/** A clock as the view shows it, with its days left on several days around its due date. */
function shown(c: OpenClock, days: LocalDate[]) {
  return { caseId: c.row.id, caseNumber: c.row.caseNumber, state: c.row.state, ...storeDeadline(c.deadline), left: days.map((t) => c.deadline.daysLeft(t)) };
}

/** Stored (after the catch-up the scan and the view run) and derived, both sorted; returns the stored list. */
async function expectStoredEqualsDerived(): Promise<ReturnType<typeof shown>[]> {
  await catchUpCaseClocks(deps);
  const config = await procedureConfigOf(deps, b.id);
  const conds = openCaseConditions({ bureauId: b.id });
  const today = ctx.clock.now().toISOString().slice(0, 10) as LocalDate;
  const days = [-30, -1, 0, 1, 5, 20, 60, 95, 120, 400].map((n) => addCalendarDays(today, n));
  const order = (a: { caseId: string; clockId: string }, z: { caseId: string; clockId: string }) => a.caseId.localeCompare(z.caseId) || a.clockId.localeCompare(z.clockId);
  const derived = (await deriveOpenClocks(ctx.db, conds, config)).map((c) => shown(c, days)).sort(order);
  const stored = (await storedOpenClocks(ctx.db, conds, config.calendar)).map((c) => shown(c, days)).sort(order);
  expect(stored).toEqual(derived);
  const marks = await ctx.sql('select count(*)::int as n from case_clock_marks');
  expect(marks.rows[0].n).toBe(0);
  return stored;
}

const storedRows = async (caseId: string) =>
  (await ctx.sql(`select clock_id, due_date::text as due from case_clocks where case_id = $1 order by clock_id`, [caseId])).rows.map((r) => `${r.clock_id}:${r.due}`);

const ids: Record<string, string> = {};

describe('stored clocks equal the derived ones', () => {

  it('for cases in every stage before the decision, stored by the case action in its own transaction', async () => {
    ctx.clock.set('2026-03-02T01:00:00.000Z');
    await relogin();
    const stages: Stage[] = ['lead', 'filed', 'investigating', 'investigationReported', 'legalReview', 'priorNoticeServed', 'statementAndDefence', 'partyHeard'];
    for (const s of stages) ids[s] = await makeCase(w, s, s === 'priorNoticeServed' || s === 'partyHeard' ? FINE_500 : undefined);
    ids['other'] = await registerLead(w, w.s.officerB, { party: { kind: 'organisation', name: '某律师事务所', address: '示例市某路2号' }, violation: { startedOn: '2025-01-10', seriousHarm: true } });
    // An action leaves no mark behind: the stored clocks changed in its transaction.
    expect(await storedRows(ids['filed']!)).toEqual(['decisionPeriod:2026-06-01']);
    const marks = await ctx.sql(`select reason from case_clock_marks where case_id = $1`, [ids['filed']]);
    expect(marks.rows).toEqual([]);
    const stored = await expectStoredEqualsDerived();
    expect(new Set(stored.map((c) => c.clockId))).toEqual(
      new Set(['leadVerification', 'limitationGeneral', 'limitationSerious', 'decisionPeriod', 'statementAndDefence']),
    );
  });

  it('after 中止 (a held clock, no due date), 恢复 and 延期 of the decision clock', async () => {
    ctx.clock.set('2026-03-05T01:00:00.000Z');
    await relogin();
    const id = ids['investigating']!;
    await ok(w.s.leader, id, 'suspendDecisionClock', { from: '2026-03-05', reason: '等待笔迹鉴定' });
    expect(await storedRows(id)).toEqual(['decisionPeriod:null']);
    const held = (await expectStoredEqualsDerived()).find((c) => c.caseId === id)!;
    expect(held).toMatchObject({ suspended: true, dueDate: null, pauses: [{ from: '2026-03-05', to: null }] });

    ctx.clock.set('2026-03-15T01:00:00.000Z');
    await relogin();
    await ok(w.s.officerA, id, 'resumeDecisionClock', { note: '鉴定结论已送达' });
    expect(await storedRows(id)).toEqual(['decisionPeriod:2026-06-10']);
    await expectStoredEqualsDerived();
    await ok(w.s.leader, id, 'extendDecisionClock', { days: 30, reason: '案情复杂，需调取异地证据' });
    expect(await storedRows(id)).toEqual(['decisionPeriod:2026-07-10']);
    await expectStoredEqualsDerived();
  });

  it('after the decision (service clock) and when a case ends (no stored clock left)', async () => {
    const id = ids['partyHeard']!;
    await ok(w.s.leader, id, 'decide', decisionBody(FINE_500));
    // Decided Sunday 15 March: 7 working days (第六十一条) → Tuesday 24 March.
    expect(await storedRows(id)).toEqual(['decisionService:2026-03-24']);
    await ok(w.s.leader, ids['lead']!, 'declineFiling', { reason: '经核查，不存在违法事实' });
    expect(await storedRows(ids['lead']!)).toEqual([]);
    await expectStoredEqualsDerived();
  });

  it('after a write outside a case action: the trigger marks the case and the next read recomputes it', async () => {
    const id = ids['other']!;
    // A correction of the violation dates written straight to the row (as an import or another module might).
    await ctx.sql(`update penalty_cases set violation_started_on = '2025-06-01', violation_serious_harm = false where id = $1`, [id]);
    const marks = await ctx.sql(`select reason from case_clock_marks where case_id = $1`, [id]);
    expect(marks.rows).toEqual([{ reason: 'case' }]);
    const stored = await expectStoredEqualsDerived();
    expect(stored.filter((c) => c.caseId === id).map((c) => `${c.clockId}:${c.dueDate}`)).toEqual(expect.arrayContaining(['limitationGeneral:2027-06-01']));
  });

  it('after a calendar year is entered: clocks counting through it are recomputed and lose their provisional mark', async () => {
    ctx.clock.set('2026-11-20T02:00:00.000Z');
    await relogin();
    const id = await registerLead(w);
    await ok(w.s.leader, id, 'fileCase', { opinion: '同意立案' });
    let stored = await expectStoredEqualsDerived();
    expect(stored.find((c) => c.caseId === id && c.clockId === 'decisionPeriod')).toMatchObject({ dueDate: '2027-02-18', provisional: true });
    admin = await login(ctx, b.users['sysadmin']!);
    const r = await admin.request({
      method: 'PUT',
      url: '/api/calendar/years/2027',
      payload: { notice: '测试用安排（非真实通知）', holidays: [{ name: '春节', dates: ['2027-02-15', '2027-02-16', '2027-02-17', '2027-02-18', '2027-02-19'] }], extraWorkdays: [] },
    });
    expect(r.statusCode, r.body).toBe(200);
    const marked = await ctx.sql(`select count(*)::int as n from case_clock_marks where reason = 'calendar'`);
    expect(marked.rows[0].n).toBeGreaterThan(0);
    stored = await expectStoredEqualsDerived();
    expect(stored.find((c) => c.caseId === id && c.clockId === 'decisionPeriod')).toMatchObject({ dueDate: '2027-02-22', provisional: false });
  });

  it('after a bulk load that bypassed the triggers, rebuildCaseClocks restores them; the scan reads them', async () => {
    await ctx.sql(`delete from case_clocks`);
    await rebuildCaseClocks(deps);
    const stored = await expectStoredEqualsDerived();
    expect(stored.length).toBeGreaterThan(8);
    expect((await scanDeadlines(deps)).clocks).toBeGreaterThanOrEqual(stored.length);
  });
});

describe('the case list: 下一期限 and 只看逾期/临期 from the stored clocks', () => {
  type Item = { id: string; nextDeadline: { clockId: string; dueDate: string; overdue: boolean; dueSoon: boolean; daysLeft: number } | null };
  const list = async (query = '') => {
    const r = await w.s.leader.request({ method: 'GET', url: `/api/cases?pageSize=200${query}` });
    expect(r.statusCode, r.body).toBe(200);
    return r.json().items as Item[];
  };

  it('shows each open case its earliest due clock, and filters overdue / overdue-or-due-soon', async () => {
    ctx.clock.set('2026-11-24T02:00:00.000Z'); // Tuesday
    await relogin();
    const all = await list();
    const withNext = all.filter((i) => i.nextDeadline);
    expect(withNext.length).toBeGreaterThan(3);
    // The November case: filed 2026-11-20, decision due 2027-02-22 (after the 2027 holidays were entered).
    const fresh = withNext.find((i) => i.nextDeadline!.dueDate === '2027-02-22');
    expect(fresh?.nextDeadline).toMatchObject({ clockId: 'decisionPeriod', overdue: false, dueSoon: false });
    // The March cases' clocks ran out long ago: red.
    expect(withNext.filter((i) => i.nextDeadline!.overdue).length).toBeGreaterThan(2);
    // Ended cases (不予立案) show none.
    expect(all.find((i) => i.id === ids['lead'])?.nextDeadline).toBeNull();

    const overdue = await list('&deadline=overdue');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((i) => i.nextDeadline?.overdue)).toBe(true);
    expect(new Set(overdue.map((i) => i.id))).toEqual(new Set(withNext.filter((i) => i.nextDeadline!.overdue).map((i) => i.id)));
    const attention = await list('&deadline=attention');
    expect(attention.map((i) => i.id)).toEqual(expect.arrayContaining(overdue.map((i) => i.id)));
    expect(attention.map((i) => i.id)).not.toContain(fresh!.id);
    const bad = await w.s.leader.request({ method: 'GET', url: '/api/cases?deadline=soon' });
    expect(bad.statusCode).toBe(400);
  });
});
