/**
 * Calendar-day arithmetic on ISO `YYYY-MM-DD` strings (Asia/Shanghai calendar days; no instant, no clock).
 * Internal to officers/: the shared calendar module owns working days; these are plain calendar days.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`不是有效日期：${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** Days from `from` to `to`: 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((toDayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** A month-day in a given year, e.g. (2026, { month: 3, day: 31 }) → '2026-03-31'. */
export function dateInYear(year: number, md: { month: number; day: number }): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
}

/** Same month-day `years` later; 29 Feb falls back to 28 Feb in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const y = yearOf(date) + years;
  const md = date.slice(5);
  const candidate = `${String(y).padStart(4, '0')}-${md}`;
  return isIsoDate(candidate) ? candidate : `${String(y).padStart(4, '0')}-02-28`;
}
