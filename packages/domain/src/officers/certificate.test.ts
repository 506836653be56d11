import { describe, expect, it } from 'vitest';
import { coversArea, firstReviewYear, nextReviewDue, nextReviewYear } from './certificate.ts';
import { addDays, addYears, daysBetween, isIsoDate } from './dates.ts';
import { CONFIG, makeCertificate } from './officer-fixtures.ts';

describe('area coverage (GB/T 2260 division codes)', () => {
  it.each<[string[], string, boolean]>([
    [['320000'], '320102', true],
    [['320000'], '320000', true],
    [['320000'], '330102', false],
    [['320100'], '320102', true],
    [['320100'], '320102003000', true],
    [['320100'], '320200', false],
    [['320102'], '320102', true],
    [['320102'], '320104', false],
    [['320102'], '320100', false],
    [['玄武区'], '玄武区', true],
    [['玄武区'], '320102', false],
    [['320100'], '32010', false],
    [[], '320102', false],
  ])('%o covers %s: %s', (areas, area, expected) => {
    expect(coversArea(makeCertificate({ areas }), area)).toBe(expected);
  });
});

describe('annual review schedule', () => {
  it.each<[string | null, number | null, number | null, string | null]>([
    ['2024-01-01', null, 2024, '2025-03-31'],
    ['2024-01-02', null, 2025, '2026-03-31'],
    ['2024-12-31', null, 2025, '2026-03-31'],
    ['2024-06-01', 2025, 2026, '2027-03-31'],
    ['2024-06-01', 2020, 2025, '2026-03-31'],
    [null, null, null, null],
  ])('issued %s, last reviewed %s → review %s due %s', (validFrom, lastReviewedYear, year, due) => {
    const cert = makeCertificate({ validFrom, lastReviewedYear });
    expect(nextReviewYear(cert)).toBe(year);
    expect(nextReviewDue(cert, CONFIG)).toBe(due);
  });

  it('takes the first full calendar year as the first reviewed', () => {
    expect(firstReviewYear(makeCertificate({ validFrom: '2025-01-01' }))).toBe(2025);
    expect(firstReviewYear(makeCertificate({ validFrom: '2025-01-02' }))).toBe(2026);
  });

  it('follows a configured deadline', () => {
    expect(nextReviewDue(makeCertificate({ lastReviewedYear: 2025 }), { ...CONFIG, reviewDeadline: { month: 1, day: 31 } })).toBe('2027-01-31');
  });
});

describe('calendar-day helpers', () => {
  it('validates, adds and counts days across months, years and leap days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-01')).toBe(false);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-05-20', '2026-07-19')).toBe(60);
    expect(daysBetween('2026-05-20', '2026-05-19')).toBe(-1);
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2026-05-20', 5)).toBe('2031-05-20');
    expect(() => daysBetween('2026-13-01', '2026-01-01')).toThrow(RangeError);
  });
});
