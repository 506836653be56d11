/**
 * A hearing set on a rest day of the bureau's working-day calendar (周末、法定节假日). No article forbids it, so the
 * server asks instead of refusing: 422 HEARING_ON_REST_DAY with the next working day, nothing recorded, until the
 * request carries confirmRestDay; the seven working days of 第六十四条 are still checked first, on the same calendar.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { act, detail, makeCase, makeCaseWorld, ok, WARNING, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, makeBureau, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
}, 60_000);

async function hearingRequested(): Promise<string> {
  const id = await makeCase(w, 'statementAndDefence', WARNING, { notice: { statesHearingRight: true } });
  await ok(w.s.headA, id, 'requestHearing', { receivedOn: '2026-03-02' });
  return id;
}

describe('a hearing on a rest day (confirmation, not refusal)', () => {
  it('asks on a Saturday, records nothing, then proceeds once confirmed and keeps the confirmation in the step', async () => {
    const id = await hearingRequested();
    const before = await detail(w.s.reviewer, id);
    const presiderUserId = b.users['headA']!.id;

    // 2026-03-14 is a Saturday, eight working days after the notice on 2026-03-02.
    const asked = await act(w.s.reviewer, id, 'serveHearingNotice', { scheduledFor: '2026-03-14', place: '本局听证室', presiderUserId });
    expect(asked.statusCode).toBe(422);
    const body = asked.json();
    expect(body).toMatchObject({ code: 'HEARING_ON_REST_DAY', details: { scheduledFor: '2026-03-14', nextWorkingDay: '2026-03-16' } });
    expect(body.message).toContain('星期六');
    expect(body.message).toContain('2026-03-16');
    expect(body.fieldErrors.scheduledFor[0]).toBe(body.message);
    const after = await detail(w.s.reviewer, id);
    expect(after.version).toBe(before.version);
    expect(after.state).toBe(before.state);
    expect(after.steps.some((s: { action: string }) => s.action === 'serveHearingNotice')).toBe(false);

    const d = await ok(w.s.reviewer, id, 'serveHearingNotice', { scheduledFor: '2026-03-14', place: '本局听证室', presiderUserId, confirmRestDay: true });
    expect(d.state).toBe('hearingNoticed');
    const step = d.steps.find((s: { action: string }) => s.action === 'serveHearingNotice');
    expect(step.payload).toMatchObject({ scheduledFor: '2026-03-14', restDayConfirmed: true });
  });

  it('asks on a weekday that is a 法定节假日 of the calendar (清明节 2026-04-06)', async () => {
    const id = await hearingRequested();
    const r = await act(w.s.reviewer, id, 'serveHearingNotice', { scheduledFor: '2026-04-06', presiderUserId: b.users['headA']!.id });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'HEARING_ON_REST_DAY', details: { nextWorkingDay: '2026-04-07' } });
    expect(r.json().message).toContain('法定节假日');
  });

  it('a working day needs no confirmation and records none', async () => {
    const id = await hearingRequested();
    const d = await ok(w.s.reviewer, id, 'serveHearingNotice', { scheduledFor: '2026-03-16', presiderUserId: b.users['headA']!.id });
    const step = d.steps.find((s: { action: string }) => s.action === 'serveHearingNotice');
    expect(step.payload.scheduledFor).toBe('2026-03-16');
    expect(step.payload.restDayConfirmed).toBeUndefined();
  });

  it('the seven working days (第六十四条) come first: a too-early rest day is refused, even when confirmed', async () => {
    const id = await hearingRequested();
    // 2026-03-08 is a Sunday; only four working days after the notice.
    for (const confirmRestDay of [false, true]) {
      const r = await act(w.s.reviewer, id, 'serveHearingNotice', { scheduledFor: '2026-03-08', presiderUserId: b.users['headA']!.id, confirmRestDay });
      expect(r.statusCode).toBe(422);
      expect(r.json()).toMatchObject({ code: 'HEARING_NOTICE_TOO_LATE', basis: { article: '第六十四条' } });
      expect(r.json().message).toContain('2026-03-12');
    }
  });
});
