import { describe, expect, it } from 'vitest';
import { CN_WORKDAY_CALENDAR as cal } from '../calendar/cn-workday-calendar.data.ts';
import { configureEventClock } from '../disclosure/event-clock.ts';
import { COMPLAINT_CLOCKS as C, complaintDeadline } from './clocks.ts';
import { makeComplaint } from './complaint-fixtures.ts';
import { complaintClocks } from './open-clocks.ts';
import { DEFAULT_COMPLAINT_CONFIG } from './snapshot.ts';

const due = (clock: (typeof C)[keyof typeof C], startDate: `${number}-${number}-${number}`, days?: number) =>
  complaintDeadline({ clock, startDate, calendar: cal, extensions: days ? [{ days }] : [] });
const cites = (d: ReturnType<typeof due>) => d.basis.map((b) => `${b.law}${b.article}`);

describe('信访 clocks on the working-day calendar', () => {
  it('written notice: 15 calendar days; a last day in the National Day break rolls over (民法典 第二百零三条)', () => {
    const d = due(C.directNotice, '2026-09-21');
    expect(d).toMatchObject({ dueDate: '2026-10-08', rolledOverFrom: '2026-10-06', dayType: 'calendarDays' });
    expect(cites(d)).toEqual(expect.arrayContaining(['信访工作条例第二十三条第二款', '民法典第二百条', '民法典第二百零三条']));
  });

  it('objection to a transfer: 5 working days, skipping Mid-Autumn (9-25) and the weekend', () => {
    const d = due(C.transferObjection, '2026-09-21');
    expect(d.dueDate).toBe('2026-09-29');
    expect(d.basis[1]).toMatchObject({ law: '信访工作条例', article: '第二十三条第三款' });
  });

  it('conclusion: 60 days from acceptance, +30 with approval; over 30 is refused', () => {
    expect(due(C.petitionConclusion, '2026-09-25').dueDate).toBe('2026-11-24');
    expect(due(C.petitionConclusion, '2026-09-25', 30).dueDate).toBe('2026-12-24');
    expect(due(C.petitionConclusion, '2026-08-03').dueDate).toBe('2026-10-08'); // 10-02 falls in the break
    expect(() => due(C.petitionConclusion, '2026-09-25', 31)).toThrow(/30/);
  });

  it('复查/复核: 30 days each; the answer across Spring Festival 2026', () => {
    expect(due(C.reviewRequestWindow, '2026-11-12').dueDate).toBe('2026-12-14'); // 12-12 Saturday
    expect(due(C.reviewAnswer, '2026-01-20').dueDate).toBe('2026-02-24'); // 2-19 falls in the break (2-15…2-23)
    const provisional = due(C.reexaminationAnswer, '2026-12-20');
    expect(provisional).toMatchObject({ dueDate: '2027-01-19', provisional: true, provisionalYears: [2027] });
  });

  it('the bureau may configure the complaint period, not the statutory petition period', () => {
    const source = { law: '示例市司法局投诉举报办理规定', article: '第九条' };
    const thirty = configureEventClock(C.complaintConclusion, { length: { value: 30, unit: 'days' }, source });
    expect(complaintDeadline({ clock: thirty, startDate: '2026-09-25', calendar: cal }).dueDate).toBe('2026-10-26'); // 10-25 Sunday
    expect(() => configureEventClock(C.petitionConclusion, { length: { value: 30, unit: 'days' }, source })).toThrow();
  });
});

describe('complaintClocks: what runs in each state', () => {
  const ids = (s: Parameters<typeof complaintClocks>[0]) => complaintClocks(s).map((c) => [c.clockId, c.deadline.dueDate]);

  it('received: the notice (and for a transferred one the 5-WD objection window)', () => {
    expect(ids(makeComplaint('received'))).toEqual([['directNotice', '2026-10-08']]);
    expect(ids(makeComplaint('received', { via: 'transferred' }))).toEqual([
      ['transferObjection', '2026-09-29'],
      ['transferredNotice', '2026-10-08'],
    ]);
    expect(ids(makeComplaint('received', { contactKnown: false }))).toEqual([]);
  });

  it('accepted/assigned: the conclusion period with approved extensions', () => {
    expect(ids(makeComplaint('assigned', { extensions: [{ days: 30 }] }))).toEqual([['petitionConclusion', '2026-12-24']]);
    expect(ids(makeComplaint('assigned', { route: 'enforcementDuty' }))).toEqual([['complaintConclusion', '2026-11-24']]);
  });

  it('after the reply: the petitioner’s review window, then the answers', () => {
    expect(ids(makeComplaint('replied'))).toEqual([['reviewRequestWindow', '2026-12-14']]);
    expect(ids(makeComplaint('replied', { route: 'enforcementDuty' }))).toEqual([]);
    expect(
      complaintClocks(makeComplaint('replied', { route: 'enforcementDuty' }), { ...DEFAULT_COMPLAINT_CONFIG, reviewForAllRoutes: true }),
    ).toHaveLength(1);
    expect(ids(makeComplaint('reviewRequested'))).toEqual([['reviewAnswer', '2026-12-21']]);
    expect(ids(makeComplaint('reviewed'))).toEqual([['reexaminationRequestWindow', '2027-01-11']]);
    expect(ids(makeComplaint('reexaminationRequested', { reexaminationHearings: [{ from: '2027-01-05', to: '2027-01-14' }] }))).toEqual([
      ['reexaminationAnswer', '2027-01-29'],
    ]);
    expect(ids(makeComplaint('reexamined'))).toEqual([]);
  });
});
