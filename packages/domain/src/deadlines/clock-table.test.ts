import { describe, expect, it } from 'vitest';
import { CN_WORKDAY_CALENDAR as cal } from '../calendar/cn-workday-calendar.data.ts';
import { configureClock, dayTypeBasis, START_EVENTS, statutoryDayType, WORKING_DAY_RULES } from './clock-definition.ts';
import { checkExtensions, checkSuspensions } from './clock-changes.ts';
import { CLOCK_IDS, clockById, isClockId, PENALTY_CASE_CLOCKS as C } from './clock-table.ts';
import { computeDeadline } from './compute-deadline.ts';

const all = CLOCK_IDS.map(clockById);

describe('the clock table', () => {
  it('keys every clock by its id, with a Chinese label, a start event and a citation', () => {
    for (const id of CLOCK_IDS) {
      const c = clockById(id);
      expect(c.id).toBe(id);
      expect(c.label).toMatch(/\p{Script=Han}/u);
      expect(START_EVENTS[c.startEvent]).toBeTruthy();
      expect(c.basis.law.length).toBeGreaterThan(0);
      expect(c.basis.article.length).toBeGreaterThan(0);
    }
    expect(isClockId('hearingRequest')).toBe(true);
    expect(isClockId('toString')).toBe(false);
  });

  it('counts in the day type the statute prescribes (行政处罚法 第八十五条, 行政强制法 第六十九条 …)', () => {
    for (const c of all) {
      if (WORKING_DAY_RULES.some((r) => r.law === c.basis.law)) {
        expect({ id: c.id, dayType: c.dayType }).toEqual({ id: c.id, dayType: statutoryDayType(c.basis.law, c.length).dayType });
      }
      if (c.length.unit !== 'days') expect(c.dayType).toBe('calendarDays');
      if (c.dayType === 'workingDays') expect(c.rollsOverRestDay).toBe(false);
    }
    expect(statutoryDayType('行政处罚法', { value: 15, unit: 'days' }).dayType).toBe('calendarDays');
    expect(statutoryDayType('行政强制法', { value: 10, unit: 'days' }).dayType).toBe('workingDays');
    expect(statutoryDayType('行政诉讼法', { value: 15, unit: 'days' }).basis.article).toBe('第二百条');
    expect(dayTypeBasis(C.decisionPublication).note).toMatch(/工作日/);
  });

  it('holds the numbers of LAW.md §1 and §11', () => {
    const summary = (c: (typeof all)[number]) => `${c.length.value}${c.length.unit}/${c.dayType}/${c.basis.article}`;
    expect(summary(C.limitationGeneral)).toBe('2years/calendarDays/第三十六条');
    expect(summary(C.limitationSerious)).toBe('5years/calendarDays/第三十六条');
    expect(summary(C.evidencePreservationDisposal)).toBe('7days/workingDays/第五十六条');
    expect(summary(C.hearingRequest)).toBe('5days/workingDays/第六十四条');
    expect(summary(C.hearingNotice)).toBe('7days/workingDays/第六十四条');
    expect(C.hearingNotice.direction).toBe('before');
    expect(summary(C.decisionPeriod)).toBe('90days/calendarDays/第六十条');
    expect(summary(C.decisionService)).toBe('7days/workingDays/第六十一条');
    expect(summary(C.finePayment)).toBe('15days/calendarDays/第六十七条');
    expect(summary(C.cashHandoverToAgency)).toBe('2days/workingDays/第七十一条');
    expect(summary(C.cashDepositToBank)).toBe('2days/workingDays/第七十一条');
    expect(summary(C.publicationWithdrawal)).toBe('3days/workingDays/第四十八条');
    expect(summary(C.reminderWaitingPeriod)).toBe('10days/workingDays/第五十四条');
    expect(summary(C.courtEnforcementApplication)).toBe('3months/calendarDays/第五十三条');
    expect(summary(C.seizurePeriod)).toBe('30days/calendarDays/第二十五条');
    expect(C.seizurePeriod.extendable && C.seizurePeriod.extendable.maxDays).toBe(30);
  });

  it('marks numbers that are not statute as parameters, never as verified law', () => {
    for (const c of all) if (c.verified !== 'V') expect(c.parameter, c.id).toBeDefined();
    expect(C.statementAndDefence.parameter.verified).toBe('U');
    expect(C.leadVerification.parameter.key).toBe('filing.verify_within');
  });
});

describe('configuration and changes', () => {
  it('lets a local rule set a parameterised clock, and refuses to touch a statutory one', () => {
    const source = { law: '某行业行政处罚程序规定', article: '第二十条' };
    const tenDays = configureClock(C.leadVerification, { length: { value: 10, unit: 'days' }, source, verified: 'V' });
    expect(computeDeadline({ clock: tenDays, startDate: '2026-02-13', calendar: cal }).dueDate).toBe('2026-03-05'); // 2-14, 2-24 … 2-28, 3-2 … 3-5
    expect(tenDays.basis).toEqual(source);
    expect(() => configureClock(C.hearingRequest, { length: { value: 3, unit: 'days' }, source })).toThrow(/由法律规定/);
  });

  it('answers the server’s guard questions with a code, a reason and the article', () => {
    expect(checkExtensions(C.decisionPeriod, [{ days: 30 }, { days: 30 }])).toEqual({ ok: true });
    const over = checkExtensions(C.leadVerification, [{ days: 16 }]);
    expect(over).toMatchObject({ ok: false, code: 'EXTENSION_LIMIT' });
    expect(over.ok || over.reason).toMatch(/15个工作日/);
    expect(checkExtensions(C.finePayment, [{ days: 0 }])).toMatchObject({ ok: false, code: 'INVALID_CLOCK_CHANGE' });
    expect(checkSuspensions(C.hearingRequest, [{ from: '2026-02-20' }])).toMatchObject({
      ok: false,
      code: 'CLOCK_NOT_SUSPENDABLE',
      basis: { law: '行政处罚法', article: '第六十四条' },
    });
  });
});
