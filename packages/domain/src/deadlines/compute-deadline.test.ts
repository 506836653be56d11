import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CN_WORKDAY_CALENDAR as cal } from '../calendar/cn-workday-calendar.data.ts';
import { addCalendarDays, fromDayNumber, toDayNumber } from '../calendar/local-date.ts';
import type { ClockDefinition } from './clock-definition.ts';
import { CLOCK_IDS, PENALTY_CASE_CLOCKS as C } from './clock-table.ts';
import { computeDeadline } from './compute-deadline.ts';

const articles = (d: { basis: { law: string; article: string }[] }) => d.basis.map((b) => `${b.law}${b.article}`);

describe('working-day clocks around Spring Festival 2026', () => {
  it('hearing request: notice served Friday 2-13 → the 调休 Saturday counts, then the break is skipped', () => {
    const d = computeDeadline({ clock: C.hearingRequest, startDate: '2026-02-13', calendar: cal });
    expect(d.dueDate).toBe('2026-02-27');
    expect(d.provisional).toBe(false);
    expect(articles(d)).toEqual(expect.arrayContaining(['行政处罚法第六十四条', '行政处罚法第八十五条', '民法典第二百零一条']));
  });

  it('notice served on the last workday before the break (Saturday 2-14) → due on the 调休 Saturday 2-28', () => {
    const d = computeDeadline({ clock: C.hearingRequest, startDate: '2026-02-14', calendar: cal });
    expect(d.dueDate).toBe('2026-02-28');
  });

  it('notice served during the break counts from the first working day after it', () => {
    const d = computeDeadline({ clock: C.hearingRequest, startDate: '2026-02-18', calendar: cal });
    expect(d.dueDate).toBe('2026-02-28'); // 2-24, 25, 26, 27, 28
  });

  it('reports working days left', () => {
    const d = computeDeadline({ clock: C.hearingRequest, startDate: '2026-02-13', calendar: cal });
    expect(d.daysLeft('2026-02-12')).toBe(5); // before the event the whole period is left
    expect(d.daysLeft('2026-02-13')).toBe(5);
    expect(d.daysLeft('2026-02-14')).toBe(4);
    expect(d.daysLeft('2026-02-20')).toBe(4);
    expect(d.daysLeft('2026-02-27')).toBe(0);
    expect(d.daysLeft('2026-03-02')).toBe(-2); // 2-28 works, 3-1 is Sunday
  });
});

describe('working-day clocks across National Day 2026', () => {
  it('service within 7 WD of a decision on 9-29 ends 10-14', () => {
    const d = computeDeadline({ clock: C.decisionService, startDate: '2026-09-29', calendar: cal });
    expect(d.dueDate).toBe('2026-10-14'); // 9-30, 10-8, 10-9, 10-10 (Sat, 调休), 10-12, 10-13, 10-14
  });

  it('cash hand-over 2 WD and publication withdrawal 3 WD from 9-30', () => {
    expect(computeDeadline({ clock: C.cashHandoverToAgency, startDate: '2026-09-30', calendar: cal }).dueDate).toBe('2026-10-09');
    expect(computeDeadline({ clock: C.publicationWithdrawal, startDate: '2026-09-30', calendar: cal }).dueDate).toBe('2026-10-10');
  });

  it('hearing notice: 7 full working days must lie between the notice and a hearing on 10-14', () => {
    const d = computeDeadline({ clock: C.hearingNotice, startDate: '2026-10-14', calendar: cal });
    expect(d.dueDate).toBe('2026-09-28');
    expect(cal.workingDaysBetween(d.dueDate!, '2026-10-13')).toBe(7);
    expect(d.daysLeft('2026-09-28')).toBe(0);
    expect(d.daysLeft('2026-09-29')).toBe(-1);
  });
});

describe('calendar-day clocks', () => {
  it('a 15-day payment period ending on 10-1 rolls over to the next working day, 10-8', () => {
    const d = computeDeadline({ clock: C.finePayment, startDate: '2026-09-16', calendar: cal });
    expect(d.rolledOverFrom).toBe('2026-10-01');
    expect(d.dueDate).toBe('2026-10-08');
    expect(articles(d)).toContain('民法典第二百零三条');
    expect(d.daysLeft('2026-09-30')).toBe(8);
  });

  it('does not roll over a period ending on a 调休 Saturday, and rolls over a plain Sunday', () => {
    expect(computeDeadline({ clock: C.finePayment, startDate: '2026-09-25', calendar: cal }).dueDate).toBe('2026-10-10');
    const sunday = computeDeadline({ clock: C.finePayment, startDate: '2026-03-07', calendar: cal });
    expect(sunday.rolledOverFrom).toBe('2026-03-22');
    expect(sunday.dueDate).toBe('2026-03-23');
  });

  it('the 90-day decision clock from filing on 2025-11-19 lands in Spring Festival and ends 2026-02-24', () => {
    const d = computeDeadline({ clock: C.decisionPeriod, startDate: '2025-11-19', calendar: cal });
    expect(d.rolledOverFrom).toBe('2026-02-17');
    expect(d.dueDate).toBe('2026-02-24');
  });

  it('limitation periods count years to the corresponding day, month end for 2-29, without rollover', () => {
    expect(computeDeadline({ clock: C.limitationGeneral, startDate: '2024-02-29', calendar: cal }).dueDate).toBe('2026-02-28');
    const five = computeDeadline({ clock: C.limitationSerious, startDate: '2026-03-01', calendar: cal });
    expect(five.dueDate).toBe('2031-03-01');
    expect(five.provisional).toBe(false); // no calendar lookup is needed, so no year is guessed
  });

  it('months: the court-enforcement application window is 3 months to the corresponding day', () => {
    const d = computeDeadline({ clock: C.courtEnforcementApplication, startDate: '2026-07-08', calendar: cal });
    expect(d.dueDate).toBe('2026-10-08');
    expect(computeDeadline({ clock: C.courtEnforcementApplication, startDate: '2026-07-04', calendar: cal }).dueDate).toBe('2026-10-08');
  });
});

describe('suspension and extension', () => {
  const filing = '2026-03-02';
  it('without either, the 90-day clock ends Sunday 5-31 → Monday 6-1', () => {
    expect(computeDeadline({ clock: C.decisionPeriod, startDate: filing, calendar: cal }).dueDate).toBe('2026-06-01');
  });

  it('a 10-day suspension moves it by 10 days; an approved 30-day extension by 30 more', () => {
    const suspensions = [{ from: '2026-04-01', to: '2026-04-10' }] as const;
    const paused = computeDeadline({ clock: C.decisionPeriod, startDate: filing, suspensions, calendar: cal });
    expect(paused.dueDate).toBe('2026-06-10');
    const both = computeDeadline({ clock: C.decisionPeriod, startDate: filing, suspensions, extensions: [{ days: 30 }], calendar: cal });
    expect(both.dueDate).toBe('2026-07-10');
    expect(both.totalDays).toBe(120);
    expect(paused.daysLeft('2026-03-31')).toBe(paused.daysLeft('2026-04-10')); // paused days do not run down
  });

  it('an open suspension holds the clock with the days it had left', () => {
    const d = computeDeadline({ clock: C.decisionPeriod, startDate: filing, suspensions: [{ from: '2026-04-01' }], calendar: cal });
    expect(d.suspended).toBe(true);
    expect(d.dueDate).toBeNull();
    expect(d.remainingDays).toBe(61); // 3-3 … 3-31 counted
    expect(d.daysLeft('2026-05-01')).toBe(61);
    expect(d.daysLeft('2026-03-30')).toBe(62);
  });

  it('a suspension pauses working days too', () => {
    const clock: ClockDefinition = { ...C.hearingRequest, suspendable: { basis: { law: '测试', article: '—' } } };
    const d = computeDeadline({ clock, startDate: '2026-02-13', suspensions: [{ from: '2026-02-24', to: '2026-02-25' }], calendar: cal });
    expect(d.dueDate).toBe('2026-03-02'); // counted: 2-14, 2-26, 2-27, 2-28 (调休), 3-2
  });

  it('refuses a suspension or extension the law does not allow, and an extension over its ceiling', () => {
    expect(() => computeDeadline({ clock: C.hearingRequest, startDate: '2026-02-13', extensions: [{ days: 1 }], calendar: cal })).toThrow(
      /不得延长/,
    );
    expect(() =>
      computeDeadline({ clock: C.finePayment, startDate: '2026-02-13', suspensions: [{ from: '2026-02-20' }], calendar: cal }),
    ).toThrow(/不适用中止/);
    expect(() => computeDeadline({ clock: C.seizurePeriod, startDate: '2026-02-13', extensions: [{ days: 31 }], calendar: cal })).toThrow(
      /不得超过30日/,
    );
    expect(() =>
      computeDeadline({
        clock: C.seizurePeriod,
        startDate: '2026-02-13',
        suspensions: [{ from: '2026-02-20', to: '2026-02-19' }],
        calendar: cal,
      }),
    ).toThrow(/中止期间无效/);
  });
});

describe('provisional years', () => {
  it('a clock reaching into 2027 is provisional, and recomputes once 2027 is entered', () => {
    const before = computeDeadline({ clock: C.decisionService, startDate: '2026-12-28', calendar: cal });
    expect(before.dueDate).toBe('2027-01-06'); // 1-1-2027 (a Friday) assumed to be a working day
    expect(before.provisional).toBe(true);
    expect(before.provisionalYears).toEqual([2027]);
    // A made-up 2027 schedule for the test; the State Council publishes the real one late in 2026.
    const with2027 = cal.withYear({ year: 2027, offDays: ['2027-01-01'], extraWorkdays: [] });
    const after = computeDeadline({ clock: C.decisionService, startDate: '2026-12-28', calendar: with2027 });
    expect(after.dueDate).toBe('2027-01-07');
    expect(after.provisional).toBe(false);
  });

  it('a calendar-day clock is provisional only when its last day must be checked in an unknown year', () => {
    expect(computeDeadline({ clock: C.decisionPeriod, startDate: '2026-11-01', calendar: cal }).provisional).toBe(true);
    expect(computeDeadline({ clock: C.decisionPeriod, startDate: '2026-09-01', calendar: cal }).provisional).toBe(false);
  });
});

describe('properties', () => {
  const date = fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber);
  const clock = fc.constantFrom(...CLOCK_IDS).map((id) => C[id] as ClockDefinition);

  it('working-day clocks agree with addWorkingDays; calendar-day clocks with the rollover rule', () => {
    fc.assert(
      fc.property(date, clock, (start, c) => {
        if (c.direction !== 'after' || c.length.unit !== 'days') return;
        const d = computeDeadline({ clock: c, startDate: start, calendar: cal });
        const raw = c.dayType === 'workingDays' ? cal.addWorkingDays(start, c.length.value) : addCalendarDays(start, c.length.value);
        expect(d.dueDate).toBe(c.rollsOverRestDay ? cal.workingDayOnOrAfter(raw) : raw);
        expect(d.daysLeft(d.dueDate!)).toBe(0);
        if (c.dayType === 'workingDays') expect(d.daysLeft(start)).toBe(c.length.value);
      }),
    );
  });

  it('a closed suspension inside the period moves the due date of a calendar-day clock by its length', () => {
    const plain: ClockDefinition = { ...C.seizurePeriod, rollsOverRestDay: false };
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 20 }), (start, offset, len) => {
        const from = addCalendarDays(start, offset);
        const d = computeDeadline({
          clock: plain,
          startDate: start,
          suspensions: [{ from, to: addCalendarDays(from, len) }],
          calendar: cal,
        });
        expect(d.dueDate).toBe(addCalendarDays(start, 30 + len + 1));
      }),
    );
  });
});
