/**
 * The working-day calendar (法定节假日 + 调休). Periods counted in working days (行政处罚法 第八十五条 and others)
 * need the State Council's yearly schedule; it is data — seeded from the bundled years and extended by an
 * administrator each winter — never code. A date in a year that has not been entered is judged on weekends
 * alone and reported as provisional, so a deadline computed on it can be shown as such and recomputed later.
 */
import type { Citation } from '../citation.ts';
import { fromDayNumber, isLocalDate, toDayNumber, weekdayOfDayNumber, yearOf, yearOfDayNumber, type LocalDate } from './local-date.ts';

/** One year's official schedule as plain data (the shape of cn-workday-calendar.json and of the database rows). */
export interface WorkdayYear {
  year: number;
  /** Weekdays that are statutory days off (法定节假日 and the weekdays given off by 调休). */
  offDays: readonly string[];
  /** Weekend days that are working days (调休上班). */
  extraWorkdays: readonly string[];
}

export const WORKDAY_SCHEDULE_SOURCE: Citation = {
  law: '国务院办公厅关于节假日安排的通知',
  article: '逐年发布',
  note: '未录入年份的日期仅按周末判断，结果为暂定（provisional）',
};

export interface WorkdayCalendar {
  /** Years whose official schedule has been entered, ascending. */
  knownYears(): number[];
  isKnownYear(year: number): boolean;
  /** True when the date's year has not been entered, so only weekends are known to be rest days. */
  isProvisional(date: LocalDate): boolean;
  isWorkingDay(date: LocalDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /** `date` itself when it is a working day, otherwise the next one. */
  workingDayOnOrAfter(date: LocalDate): LocalDate;
  /**
   * n > 0: the n-th working day after `start` (the start day is not counted);
   * n < 0: the |n|-th working day before `start`; n = 0: `start`.
   */
  addWorkingDays(start: LocalDate, n: number): LocalDate;
  /**
   * Working days in (from, to] when to ≥ from; minus the working days in [to, from) otherwise.
   * Inverse of addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) === n.
   */
  workingDaysBetween(from: LocalDate, to: LocalDate): number;
  /** Years in [from, to] that have not been entered. */
  provisionalYearsBetween(from: LocalDate, to: LocalDate): number[];
  /** Fast paths on day numbers for scanners that walk many days (see local-date.ts). */
  isWorkingDayNumber(dayNumber: number): boolean;
  isProvisionalDayNumber(dayNumber: number): boolean;
  /** A new calendar with this year added or replaced (an administrator entering next year's schedule). */
  withYear(year: WorkdayYear): WorkdayCalendar;
  toData(): WorkdayYear[];
}

/** Problems with one year's data, in Chinese for the administrator's form; empty when valid. */
export function validateWorkdayYear(data: WorkdayYear): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(data.year) || data.year < 1000 || data.year > 9999) return [`年份无效：${data.year}`];
  const check = (list: readonly string[], kind: 'offDay' | 'extraWorkday'): void => {
    const label = kind === 'offDay' ? '放假日' : '调休上班日';
    const seen = new Set<string>();
    for (const d of list) {
      if (!isLocalDate(d)) {
        problems.push(`${label}日期无效：${d}`);
        continue;
      }
      if (seen.has(d)) problems.push(`${label}重复：${d}`);
      seen.add(d);
      if (yearOf(d) !== data.year) problems.push(`${label}${d}不属于${data.year}年`);
      const w = weekdayOfDayNumber(toDayNumber(d));
      const weekend = w === 0 || w === 6;
      // Weekends are rest days by default, so an off weekend or a working weekday is almost surely a typo.
      if (kind === 'offDay' && weekend) problems.push(`放假日${d}是周末，无须录入`);
      if (kind === 'extraWorkday' && !weekend) problems.push(`调休上班日${d}不是周末`);
    }
  };
  check(data.offDays, 'offDay');
  check(data.extraWorkdays, 'extraWorkday');
  const off = new Set(data.offDays);
  for (const d of data.extraWorkdays) if (off.has(d)) problems.push(`${d}不能既是放假日又是调休上班日`);
  return problems;
}

/** Builds a calendar from plain yearly data; throws RangeError listing every problem when the data is invalid. */
export function createWorkdayCalendar(years: readonly WorkdayYear[]): WorkdayCalendar {
  const problems: string[] = [];
  const byYear = new Map<number, WorkdayYear>();
  for (const y of years) {
    if (byYear.has(y.year)) problems.push(`${y.year}年重复录入`);
    problems.push(...validateWorkdayYear(y));
    byYear.set(y.year, { year: y.year, offDays: [...y.offDays].sort(), extraWorkdays: [...y.extraWorkdays].sort() });
  }
  if (problems.length > 0) throw new RangeError(`工作日历数据有误：${problems.join('；')}`);

  const offDays = new Set<number>();
  const extraWorkdays = new Set<number>();
  for (const y of byYear.values()) {
    for (const d of y.offDays) offDays.add(toDayNumber(d as LocalDate));
    for (const d of y.extraWorkdays) extraWorkdays.add(toDayNumber(d as LocalDate));
  }
  const known = [...byYear.keys()].sort((a, b) => a - b);

  const isWorkingDayNumber = (n: number): boolean => {
    if (offDays.has(n)) return false;
    if (extraWorkdays.has(n)) return true;
    const w = weekdayOfDayNumber(n);
    return w !== 0 && w !== 6;
  };
  const isProvisionalDayNumber = (n: number): boolean => !byYear.has(yearOfDayNumber(n));
  const nextWorkingDayNumber = (n: number, step: 1 | -1): number => {
    let d = n + step;
    while (!isWorkingDayNumber(d)) d += step;
    return d;
  };
  const countWorkingDays = (fromExclusive: number, toInclusive: number): number => {
    let count = 0;
    for (let d = fromExclusive + 1; d <= toInclusive; d++) if (isWorkingDayNumber(d)) count++;
    return count;
  };

  return {
    knownYears: () => [...known],
    isKnownYear: (year) => byYear.has(year),
    isProvisional: (date) => !byYear.has(yearOf(date)),
    isWorkingDay: (date) => isWorkingDayNumber(toDayNumber(date)),
    nextWorkingDay: (date) => fromDayNumber(nextWorkingDayNumber(toDayNumber(date), 1)),
    workingDayOnOrAfter: (date) => {
      const n = toDayNumber(date);
      return isWorkingDayNumber(n) ? date : fromDayNumber(nextWorkingDayNumber(n, 1));
    },
    addWorkingDays: (start, n) => {
      if (!Number.isInteger(n)) throw new RangeError(`工作日数应为整数：${n}`);
      let d = toDayNumber(start);
      const step = n > 0 ? 1 : -1;
      for (let i = 0; i < Math.abs(n); i++) d = nextWorkingDayNumber(d, step);
      return fromDayNumber(d);
    },
    workingDaysBetween: (from, to) => {
      const a = toDayNumber(from);
      const b = toDayNumber(to);
      return b >= a ? countWorkingDays(a, b) : -countWorkingDays(b - 1, a - 1);
    },
    provisionalYearsBetween: (from, to) => {
      const result: number[] = [];
      for (let y = yearOf(from); y <= yearOf(to); y++) if (!byYear.has(y)) result.push(y);
      return result;
    },
    isWorkingDayNumber,
    isProvisionalDayNumber,
    withYear: (year) => createWorkdayCalendar([...[...byYear.values()].filter((y) => y.year !== year.year), year]),
    toData: () => known.map((y) => byYear.get(y)!),
  };
}
