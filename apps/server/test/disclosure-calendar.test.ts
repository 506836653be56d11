/**
 * The publication clock of a penalty decision (7 working days, 国办发〔2018〕118号; LAW.md §11 T11) counts with the
 * bureau's working-day calendar in the database — the one the case's own clocks use — not the national calendar
 * compiled into the build: a rest day added by a correction, and a year newly entered, move the due date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CN_WORKDAY_CALENDAR, publicationDeadline, toLocalDate, type LocalDate } from '@quanze/domain';
import { FINE_500, decisionBody, makeCase, makeCaseWorld, ok, type CaseWorld } from './support/case-factory.ts';
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

const putYear = (year: number, payload: Record<string, unknown>) => admin.request({ method: 'PUT', url: `/api/calendar/years/${year}`, payload });

/** A case decided with a fine now; returns its publication queue item's due date and the decision date. */
async function decidedDueOn(): Promise<{ dueOn: string; decidedOn: string }> {
  const id = await makeCase(w, 'partyHeard', FINE_500);
  await ok(w.s.leader, id, 'decide', decisionBody(FINE_500));
  const r = await w.s.leader.request({ method: 'GET', url: '/api/disclosure/queue?pageSize=100' });
  expect(r.statusCode, r.body).toBe(200);
  const item = r.json().items.find((i: { caseId: string }) => i.caseId === id);
  expect(item, 'queue item').toBeTruthy();
  return { dueOn: item.dueOn, decidedOn: toLocalDate(ctx.clock.now()) };
}

/** What the compiled national calendar alone would give — the due date the bureau's calendar must override. */
const nationalDue = (decidedOn: string) => publicationDeadline({ resultType: 'penalty', calendar: CN_WORKDAY_CALENDAR, decidedOn: decidedOn as LocalDate }).dueDate;

describe('the publication due date follows the database calendar', () => {
  it('skips a rest day added to the current year by a correction', async () => {
    const before = await decidedDueOn();
    // Decided Monday 2026-03-02: seven working days end Wednesday 03-11.
    expect(before).toEqual({ decidedOn: '2026-03-02', dueOn: '2026-03-11' });

    const year = (await admin.request({ method: 'GET', url: '/api/calendar/years/2026' })).json();
    const fixed = await putYear(2026, {
      notice: year.notice ?? '更正',
      holidays: [...year.holidays, { name: '测试补休', dates: ['2026-03-05'] }],
      extraWorkdays: year.extraWorkdays,
      revision: year.revision,
      reason: '补录放假日（测试）',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);

    // The same decision date now needs one more working day: Thursday 03-05 is a rest day.
    const after = await decidedDueOn();
    expect(after).toEqual({ decidedOn: '2026-03-02', dueOn: '2026-03-12' });
    expect(nationalDue(after.decidedOn)).toBe('2026-03-11');
  });

  it('counts the holidays of a year entered after the build, across the new year', async () => {
    ctx.clock.set('2026-12-28T02:00:00.000Z'); // Monday 10:00 in Beijing
    // Sessions idle since March have expired and passwords are due: as if changed recently, sign in again.
    await ctx.sql('update users set password_changed_at = $1 where bureau_id = $2', [ctx.clock.now(), b.id]);
    for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
    admin = await login(ctx, b.users['sysadmin']!);
    const entered = await putYear(2027, {
      notice: '测试用安排（非真实通知）',
      holidays: [{ name: '元旦', dates: ['2027-01-01'] }],
      extraWorkdays: [],
    });
    expect(entered.statusCode, entered.body).toBe(200);

    // 12-29, 12-30, 12-31, (元旦 01-01 off, weekend), 01-04, 01-05, 01-06, 01-07.
    const r = await decidedDueOn();
    expect(r).toEqual({ decidedOn: '2026-12-28', dueOn: '2027-01-07' });
    expect(nationalDue(r.decidedOn)).not.toBe('2027-01-07');
  });
});
