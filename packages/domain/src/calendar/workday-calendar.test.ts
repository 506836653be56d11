import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CN_WORKDAY_CALENDAR as cal, CN_WORKDAY_YEARS } from './cn-workday-calendar.data.ts';
import { fromDayNumber, isWeekend, toDayNumber, type LocalDate } from './local-date.ts';
import { createWorkdayCalendar, validateWorkdayYear } from './workday-calendar.ts';

// Dates from mid-2019 to mid-2028: known years plus unknown years on both sides.
const date = fc.integer({ min: toDayNumber('2019-06-01'), max: toDayNumber('2028-06-01') }).map(fromDayNumber);

describe('official schedule data', () => {
  it('holds 2020–2026 and passes validation', () => {
    expect(cal.knownYears()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const y of CN_WORKDAY_YEARS) expect(validateWorkdayYear(y)).toEqual([]);
  });

  it('knows Spring Festival 2026: 2-14 (Saturday) is a 调休 workday, 2-15 … 2-23 are off, 2-28 (Saturday) works', () => {
    expect(cal.isWorkingDay('2026-02-13')).toBe(true);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    for (let d = toDayNumber('2026-02-15'); d <= toDayNumber('2026-02-23'); d++) {
      expect(cal.isWorkingDay(fromDayNumber(d))).toBe(false);
    }
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.isWorkingDay('2026-03-01')).toBe(false);
  });

  it('knows National Day 2026: 9-20 (Sunday) works, 9-25 and 10-1 … 10-7 are off, 10-10 (Saturday) works', () => {
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    expect(cal.isWorkingDay('2026-09-25')).toBe(false);
    for (let d = toDayNumber('2026-10-01'); d <= toDayNumber('2026-10-07'); d++) {
      expect(cal.isWorkingDay(fromDayNumber(d))).toBe(false);
    }
    expect(cal.isWorkingDay('2026-10-08')).toBe(true);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
  });
});

describe('working-day arithmetic', () => {
  it('steps over the Spring Festival break', () => {
    expect(cal.nextWorkingDay('2026-02-13')).toBe('2026-02-14');
    expect(cal.nextWorkingDay('2026-02-14')).toBe('2026-02-24');
    expect(cal.workingDayOnOrAfter('2026-02-18')).toBe('2026-02-24');
    expect(cal.workingDayOnOrAfter('2026-02-24')).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-24', -1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-18', 0)).toBe('2026-02-18');
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6);
  });

  it('counts one working day from 9-30 to 10-8 over National Day', () => {
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-08')).toBe(1);
    expect(cal.workingDaysBetween('2026-10-08', '2026-09-30')).toBe(-1);
  });

  it('judges an unentered year on weekends alone and reports it as provisional', () => {
    expect(cal.isProvisional('2027-01-01')).toBe(true);
    expect(cal.isProvisional('2026-12-31')).toBe(false);
    expect(cal.isWorkingDay('2027-01-01')).toBe(true); // a Friday: New Year's Day is unknown until 2027 is entered
    expect(cal.provisionalYearsBetween('2026-12-01', '2028-01-05')).toEqual([2027, 2028]);
    fc.assert(
      fc.property(date, (d) => {
        if (cal.isProvisional(d)) expect(cal.isWorkingDay(d)).toBe(!isWeekend(d));
      }),
    );
  });

  it('changes its answer once the year is entered', () => {
    // A made-up 2027 schedule for the test; the real one is published by the State Council late in 2026.
    const with2027 = cal.withYear({ year: 2027, offDays: ['2027-01-01'], extraWorkdays: [] });
    expect(with2027.isWorkingDay('2027-01-01')).toBe(false);
    expect(with2027.isProvisional('2027-01-01')).toBe(false);
    expect(with2027.knownYears()).toContain(2027);
    expect(cal.isWorkingDay('2027-01-01')).toBe(true); // the original calendar is unchanged
  });
});

describe('properties', () => {
  it('addWorkingDays(d, n ≥ 1) is a working day after d, strictly increasing in n', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const a = cal.addWorkingDays(d, n);
        const b = cal.addWorkingDays(d, n + 1);
        expect(cal.isWorkingDay(a)).toBe(true);
        expect(toDayNumber(a)).toBeGreaterThan(toDayNumber(d));
        expect(toDayNumber(b)).toBeGreaterThan(toDayNumber(a));
      }),
    );
  });

  it('workingDaysBetween inverts addWorkingDays, forwards and backwards', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }), (d, n) => {
        expect(cal.workingDaysBetween(d, cal.addWorkingDays(d, n))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(date, date, (d, x) => {
        const target: LocalDate = cal.workingDayOnOrAfter(x);
        expect(cal.addWorkingDays(d, cal.workingDaysBetween(d, target))).toBe(target);
      }),
    );
  });

  it('nextWorkingDay is the first working day after d', () => {
    fc.assert(
      fc.property(date, (d) => {
        const next = cal.nextWorkingDay(d);
        expect(cal.workingDaysBetween(d, next)).toBe(1);
        expect(cal.addWorkingDays(d, 1)).toBe(next);
      }),
    );
  });
});

describe('validation of entered years', () => {
  it('names each problem', () => {
    const problems = validateWorkdayYear({
      year: 2027,
      offDays: ['2027-01-02', '2026-12-31', 'x', '2027-02-08', '2027-02-08'],
      extraWorkdays: ['2027-02-08', '2027-02-09'],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        '放假日2027-01-02是周末，无须录入',
        '放假日2026-12-31不属于2027年',
        '放假日日期无效：x',
        '放假日重复：2027-02-08',
        '调休上班日2027-02-08不是周末',
        '2027-02-08不能既是放假日又是调休上班日',
      ]),
    );
  });

  it('refuses a duplicated year or invalid data when building a calendar', () => {
    const y = { year: 2030, offDays: [], extraWorkdays: [] };
    expect(() => createWorkdayCalendar([y, y])).toThrow(/2030年重复录入/);
    expect(() => createWorkdayCalendar([{ year: 2030, offDays: ['2030-13-01'], extraWorkdays: [] }])).toThrow(RangeError);
  });

  it('round-trips its data', () => {
    expect(createWorkdayCalendar(cal.toData()).toData()).toEqual(cal.toData());
  });
});
