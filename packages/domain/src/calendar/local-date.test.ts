import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addMonths,
  calendarDaysBetween,
  dayOfWeek,
  fromDayNumber,
  isLocalDate,
  parseLocalDate,
  startOfShanghaiDay,
  toDayNumber,
  toLocalDate,
} from './local-date.ts';

// Day numbers of 1900-01-01 … 2199-12-31.
const dayNumber = fc.integer({ min: -25567, max: 84005 });

describe('LocalDate', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-2-1')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-04-31')).toBe(false);
    expect(isLocalDate('2026-04-30T00:00')).toBe(false);
    expect(() => parseLocalDate('2026-02-30')).toThrow(RangeError);
  });

  it('round-trips day numbers and agrees with the built-in UTC calendar', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        const d = fromDayNumber(n);
        expect(toDayNumber(d)).toBe(n);
        expect(d).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(dayOfWeek(d)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });

  it('adds calendar days across month and year ends', () => {
    expect(addCalendarDays('2026-12-28', 5)).toBe('2027-01-02');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(calendarDaysBetween('2025-11-19', '2026-02-17')).toBe(90);
  });

  it('adds months to the corresponding day, or the month end when there is none (民法典 第二百零二条)', () => {
    expect(addMonths('2026-03-15', 2)).toBe('2026-05-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('maps instants to the Shanghai calendar date (UTC+8)', () => {
    expect(toLocalDate(new Date('2026-02-13T15:59:59.999Z'))).toBe('2026-02-13');
    expect(toLocalDate(new Date('2026-02-13T16:00:00.000Z'))).toBe('2026-02-14');
    expect(startOfShanghaiDay('2026-02-14').toISOString()).toBe('2026-02-13T16:00:00.000Z');
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: 0, max: 86_399_999 }), (n, ms) => {
        const d = fromDayNumber(n);
        expect(toLocalDate(new Date(startOfShanghaiDay(d).getTime() + ms))).toBe(d);
      }),
    );
  });
});
