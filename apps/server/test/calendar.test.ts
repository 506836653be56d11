/**
 * The working-day calendar in the database (issue 5, "Working-day calendar"): the bundled years 2020–2026 seeded once;
 * the system administrator enters a new year, validated with Chinese messages and audited, a correction keeping
 * history; others are refused. A 90-day clock reaching into a year not entered is provisional (暂定) on the case page
 * and in the deadline view, and is recomputed — no longer provisional, due date moved by the holiday — once it is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { detail, makeCaseWorld, ok, registerLead, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let admin: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  admin = await login(ctx, b.users['sysadmin']!);
}, 60_000);

/** A made-up 2027 schedule for the test (the real one is entered from the State Council notice). */
const TEST_2027 = {
  notice: '测试用安排（非真实通知）',
  holidays: [
    { name: '元旦', dates: ['2027-01-01'] },
    { name: '春节', dates: ['2027-02-15', '2027-02-16', '2027-02-17', '2027-02-18', '2027-02-19'] },
  ],
  extraWorkdays: [{ date: '2027-02-07', name: '春节调休上班' }],
};

const put = (s: Session, year: number, payload: Record<string, unknown>) => s.request({ method: 'PUT', url: `/api/calendar/years/${year}`, payload });

describe('years in the database', () => {
  it('seeds 2020–2026 from the compiled notices once, and lists the coming years as 未录入', async () => {
    const r = await admin.request({ method: 'GET', url: '/api/calendar/years' });
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json().items as { year: number; entered: boolean; source: string | null; offDayCount: number }[];
    for (const y of [2020, 2021, 2022, 2023, 2024, 2025, 2026]) expect(items.find((i) => i.year === y)).toMatchObject({ entered: true, source: 'bundled' });
    expect(items.find((i) => i.year === 2027)).toMatchObject({ entered: false, source: null });
    expect(items.find((i) => i.year === 2028)).toMatchObject({ entered: false });
    const y2026 = items.find((i) => i.year === 2026)!;
    expect(y2026.offDayCount).toBeGreaterThan(10);
    // Reading again does not seed again.
    await admin.request({ method: 'GET', url: '/api/calendar/years' });
    const rows = await ctx.sql('select count(*)::int as n from workday_year_revisions where year between 2020 and 2026');
    expect(rows.rows[0].n).toBe(7);
  });

  it('refuses a user without config:manage', async () => {
    for (const s of [w.s.leader, w.s.officerA, w.s.supervisor]) {
      const r = await put(s, 2028, TEST_2027);
      expect(r.statusCode).toBe(403);
    }
    expect((await admin.request({ method: 'GET', url: '/api/calendar/years/2028' })).json()).toMatchObject({ entered: false });
  });

  it('rejects a schedule with dates outside the year, a day both off and working, or a working weekday, in Chinese', async () => {
    const r = await put(admin, 2028, {
      holidays: [{ name: '元旦', dates: ['2027-12-31', '2028-01-03'] }, { name: '劳动节', dates: ['2028-05-01'] }],
      extraWorkdays: [
        { date: '2028-01-03', name: null },
        { date: '2028-04-26', name: null },
      ],
    });
    expect(r.statusCode, r.body).toBe(400);
    const body = r.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toContain('2028年节假日安排有误');
    const problems = body.fieldErrors.schedule as string[];
    expect(problems).toContain('放假日2027-12-31不属于2028年');
    expect(problems).toContain('2028-01-03不能既是放假日又是调休上班日');
    expect(problems).toContain('调休上班日2028-01-03不是周末');
    expect(problems).toContain('调休上班日2028-04-26不是周末');
    // A holiday on a weekend is a typo: weekends are rest days already. A malformed date is caught by the schema.
    const weekend = await put(admin, 2028, { holidays: [{ name: '元旦', dates: ['2028-01-01'] }], extraWorkdays: [] });
    expect(weekend.json().fieldErrors.schedule).toContain('放假日2028-01-01是周末，无须录入');
    const malformed = await put(admin, 2028, { holidays: [{ name: '元旦', dates: ['2028-13-01'] }], extraWorkdays: [] });
    expect(malformed.statusCode).toBe(400);
    expect((await admin.request({ method: 'GET', url: '/api/calendar/years/2028' })).json()).toMatchObject({ entered: false });
  });
});

describe('a clock that reaches into a year not yet entered', () => {
  it('is provisional until 2027 is entered, then recomputed with its holidays', async () => {
    ctx.clock.set('2026-11-20T02:00:00.000Z');
    // Sessions idle since March have expired and passwords are due: as if changed recently, sign in again.
    await ctx.sql('update users set password_changed_at = $1 where bureau_id = $2', [ctx.clock.now(), b.id]);
    for (const k of ['officerA', 'leader'] as const) w.s[k] = await login(ctx, b.users[k]!);
    admin = await login(ctx, b.users['sysadmin']!);
    const id = await registerLead(w);
    await ok(w.s.leader, id, 'fileCase', { opinion: '同意立案' });
    const clockOf = async () => (await detail(w.s.officerA, id)).clocks.find((c: { clockId: string }) => c.clockId === 'decisionPeriod');
    // 2026-11-20 + 90 days = 2027-02-18 (Thursday): on weekends alone a working day, but 2027 is not entered.
    expect(await clockOf()).toMatchObject({ dueDate: '2027-02-18', provisional: true, dayType: 'calendarDays' });
    const view = async () =>
      ((await w.s.officerA.request({ method: 'GET', url: '/api/deadlines?clockId=decisionPeriod' })).json().items as { caseId: string; provisional: boolean; provisionalYears: number[]; dueDate: string }[]).find(
        (i) => i.caseId === id,
      );
    expect(await view()).toMatchObject({ provisional: true, provisionalYears: [2027], dueDate: '2027-02-18' });

    const entered = await put(admin, 2027, TEST_2027);
    expect(entered.statusCode, entered.body).toBe(200);
    expect(entered.json()).toMatchObject({ year: 2027, entered: true, source: 'entered', revision: 1, offDayCount: 6, extraWorkdayCount: 1 });

    // 2027-02-18 is now a holiday: the last day rolls over to the next working day (民法典 第二百零三条), Monday 02-22.
    const after = await clockOf();
    expect(after).toMatchObject({ dueDate: '2027-02-22', provisional: false });
    expect(after.basis.map((c: { article: string }) => c.article)).toContain('第二百零三条');
    expect(await view()).toMatchObject({ provisional: false, provisionalYears: [], dueDate: '2027-02-22' });
  });
});

describe('correcting an entered year', () => {
  it('needs the current revision and a reason, keeps the earlier revision, and is audited', async () => {
    const noReason = await put(admin, 2027, { ...TEST_2027, revision: 1 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toContain('更正须填写更正原因');
    const stale = await put(admin, 2027, { ...TEST_2027, revision: 5, reason: '更正' });
    expect(stale.statusCode).toBe(409);
    const again = await put(admin, 2027, TEST_2027); // entering it "again" as new is a stale write
    expect(again.statusCode).toBe(409);

    const fixed = await put(admin, 2027, {
      ...TEST_2027,
      holidays: [...TEST_2027.holidays, { name: '清明节', dates: ['2027-04-05'] }],
      revision: 1,
      reason: '补录清明节',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const d = fixed.json();
    expect(d).toMatchObject({ revision: 2, offDayCount: 7 });
    expect(d.revisions.map((r: { revision: number; reason: string }) => [r.revision, r.reason])).toEqual([
      [2, '补录清明节'],
      [1, '录入'],
    ]);
    const audit = await ctx.sql(`select action, object_id from audit_events where object_type = 'workday_year' order by seq`);
    expect(audit.rows.map((r) => `${r.action}:${r.object_id}`)).toEqual(['calendar.enterYear:2027', 'calendar.correctYear:2027']);
  });
});
