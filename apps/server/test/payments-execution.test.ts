/**
 * Execution of a fine beyond payment (issue 5, LAW.md §11 T9, T13): deferral and instalments need the leader's
 * approval (第六十六条) and move the surcharge; 催告 only after the deadline (行政强制法 第三十五条), then 10 working
 * days before the court may be asked (第五十四条), within 3 months after the remedy periods (第五十三条).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionBody, FINE_500, makeCase, makeCaseWorld, ok, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let instalments: string;
let plain: string;

async function at(iso: string): Promise<void> {
  ctx.clock.set(iso);
  for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
}
async function payments(id: string, as: Session = w.s.leader) {
  const r = await as.request({ method: 'GET', url: `/api/cases/${id}/payments` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
const post = async (as: Session, id: string, path: string, body: Record<string, unknown>) =>
  as.request({
    method: 'POST',
    url: `/api/cases/${id}/payments/${path}`,
    payload: { version: (await payments(id)).notice.version, ...body },
  });

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  for (const _ of [0, 1]) {
    const id = await makeCase(w, 'partyHeard', FINE_500);
    await ok(w.s.leader, id, 'decide', decisionBody(FINE_500));
    await ok(w.s.officerA, id, 'serveDecision', { method: 'direct' });
    if (!instalments) instalments = id;
    else plain = id;
  }
}, 180_000);

describe('deferral and instalments (第六十六条)', () => {
  const plan = {
    kind: 'instalments',
    appliedOn: '2026-03-10',
    reason: '家庭经济困难，申请分两期缴纳',
    instalments: [
      { dueDate: '2026-04-15', amountFen: 20_000 },
      { dueDate: '2026-05-15', amountFen: 30_000 },
    ],
  };

  it('is the leader’s to approve; amounts must add up; the schedule replaces the 15-day deadline', async () => {
    await at('2026-03-12T02:00:00Z');
    expect((await post(w.s.officerA, instalments, 'arrangement', plan)).statusCode).toBe(403);
    expect((await post(w.s.headA, instalments, 'arrangement', plan)).statusCode).toBe(403);
    const wrong = await post(w.s.leader, instalments, 'arrangement', {
      ...plan,
      instalments: [plan.instalments[0], { dueDate: '2026-05-15', amountFen: 10_000 }],
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'INVALID_ARRANGEMENT', basis: { article: '第六十六条' } });
    const r = await post(w.s.leader, instalments, 'arrangement', plan);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().notice).toMatchObject({
      statutoryDueDate: '2026-03-17',
      finalDueDate: '2026-05-15',
      arrangement: { kind: 'instalments', approvedByName: expect.any(String) },
    });
    const audit = await ctx.sql(`select action from audit_events where object_type = 'payment_notice' and object_id = $1`, [
      r.json().notice.id,
    ]);
    expect(audit.rows.map((x) => x.action)).toEqual(['payment.arrangement.approve']);
  });

  it('charges the surcharge only on an instalment that is overdue; a late application is refused', async () => {
    await at('2026-04-20T02:00:00Z');
    // 04-16 … 04-20: 5 days × 3 % × ¥200 (the first instalment), nothing on the second.
    expect((await payments(instalments)).notice.ledger).toMatchObject({ surchargeFen: 5 * 600, overdueFen: 20_000 });
    // Without a plan the fine has been overdue since 03-18: 34 days × ¥15 reach the cap.
    expect((await payments(plain)).notice.ledger).toMatchObject({ surchargeFen: 50_000, surchargeCapped: true });
    const late = await post(w.s.leader, plain, 'arrangement', {
      kind: 'deferral',
      until: '2026-06-30',
      appliedOn: '2026-04-19',
      reason: '经营困难',
    });
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ code: 'APPLICATION_LATE' });
  });
});

describe('催告 and the court-enforcement window (行政强制法 第五十三条、第五十四条)', () => {
  it('refuses a reminder before the deadline in force, and the court application before a reminder', async () => {
    const early = await post(w.s.officerA, instalments, 'reminder', { servedOn: '2026-04-20', method: 'direct' });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'NOT_YET_DUE', basis: { law: '行政强制法', article: '第三十五条' } });
    const court = await post(w.s.officerA, plain, 'court-application', { appliedOn: '2026-04-20', court: '示例市玄武区人民法院' });
    expect(court.statusCode).toBe(422);
    expect(court.json()).toMatchObject({ code: 'REMINDER_MISSING', basis: { article: '第五十四条' } });
  });

  it('records the reminder with the amount owed, then waits 10 working days and the remedy periods', async () => {
    const r = await post(w.s.officerA, plain, 'reminder', { servedOn: '2026-04-20', method: 'direct' });
    expect(r.statusCode, r.body).toBe(200);
    const e = r.json().notice.enforcement;
    // 10 WD after Monday 04-20: 8 in April, then the May Day holiday (05-01 … 05-05), 05-06 and 05-07.
    expect(e).toMatchObject({
      reminder: { servedOn: '2026-04-20', amountFen: 100_000 },
      reminderWaitEndsOn: '2026-05-07',
      remedyPeriodEndsOn: '2026-09-02',
      windowClosesOn: '2026-12-02',
      windowStatus: 'notYetOpen',
    });
    expect(e.applicationBlock).toMatchObject({ code: 'REMINDER_WAITING' });
    const court = await post(w.s.officerA, plain, 'court-application', { appliedOn: '2026-04-20', court: '示例市玄武区人民法院' });
    expect(court.json()).toMatchObject({ code: 'REMINDER_WAITING' });
    await at('2026-05-20T02:00:00Z');
    const later = await post(w.s.officerA, plain, 'court-application', { appliedOn: '2026-05-20', court: '示例市玄武区人民法院' });
    expect(later.statusCode).toBe(422);
    expect(later.json()).toMatchObject({ code: 'REMEDY_PERIOD_RUNNING', basis: { article: '第五十三条' } });
  });

  it('a pending 复议 blocks the application and is shown', async () => {
    const r = await post(w.s.officerA, plain, 'pauses', { kind: 'litigation', from: '2026-05-18' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().notice.enforcement).toMatchObject({ remedyPending: true, applicationBlock: { code: 'REMEDY_PENDING' } });
  });
});
