/**
 * LocalDate: a calendar date in Asia/Shanghai written as ISO `YYYY-MM-DD`.
 * Legal periods count whole days (民法典 第二百零一条), so rules work on dates, never on instants: a date string
 * cannot drift by a day when a server or browser runs in another time zone, which a `Date` at midnight can.
 * Arithmetic goes through a day number (days since 1970-01-01) computed with integer formulas, so counting
 * a five-year clock day by day allocates nothing.
 */
export type LocalDate = `${number}-${number}-${number}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
// China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact for every date we handle.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export const WEEKDAY_LABELS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function parts(value: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isLocalDate(value: string): value is LocalDate {
  return parts(value) !== null;
}

/** Validates input from the edge (forms, JSON, the database). */
export function parseLocalDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw new RangeError(`日期格式应为 YYYY-MM-DD 且为有效日期：${value}`);
  return value;
}

export function toDayNumber(date: LocalDate): number {
  const p = parts(date);
  if (!p) throw new RangeError(`日期格式应为 YYYY-MM-DD 且为有效日期：${date}`);
  return daysFromCivil(p.year, p.month, p.day);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function fromDayNumber(dayNumber: number): LocalDate {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
}

export function yearOfDayNumber(dayNumber: number): number {
  return civilFromDays(dayNumber).year;
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function dayOfWeek(date: LocalDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function isWeekend(date: LocalDate): boolean {
  const w = dayOfWeek(date);
  return w === 0 || w === 6;
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`天数应为整数：${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** `to − from` in calendar days (negative when `to` is earlier). */
export function calendarDaysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Same day `months` later; a month without that day ends the period on its last day
 * (民法典 第二百零二条: "没有对应日的，月末日为期间的最后一日"), e.g. 01-31 + 1 month → 02-28.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const p = parts(date);
  if (!p) throw new RangeError(`日期格式应为 YYYY-MM-DD 且为有效日期：${date}`);
  if (!Number.isInteger(months)) throw new RangeError(`月数应为整数：${months}`);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(p.day, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
}

export function compareLocalDate(a: LocalDate, b: LocalDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** The Shanghai calendar date an instant falls on (an injected clock's `now()` goes through here). */
export function toLocalDate(instant: Date): LocalDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('无效的时间');
  return fromDayNumber(Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/** The instant a Shanghai day begins; a period's last day ends at 24:00, i.e. the next day's start (民法典 第二百零三条). */
export function startOfShanghaiDay(date: LocalDate): Date {
  return new Date(toDayNumber(date) * MS_PER_DAY - SHANGHAI_OFFSET_MS);
}
