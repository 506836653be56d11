/**
 * The due date of a statutory clock. Counting (see COUNTING_RULES):
 * - the period starts the day after the start event (民法典 第二百零一条);
 * - working-day clocks count only working days of the calendar (行政处罚法 第八十五条 and LAW.md §0);
 * - months and years end on the corresponding day, or the month's last day (民法典 第二百零二条);
 * - a calendar-day period whose last day is a rest day ends on the next working day (民法典 第二百零三条),
 *   unless the clock says otherwise (limitation periods);
 * - days inside a suspension (中止) do not count; an approved extension (延期) adds days of the clock's type;
 * - a 'before' clock (听证通知) must leave the whole period strictly between the act and the event.
 * A result that consulted a year with no official schedule is provisional.
 */
import type { Citation } from '../citation.ts';
import { addMonths, fromDayNumber, toDayNumber, yearOfDayNumber, type LocalDate } from '../calendar/local-date.ts';
import type { WorkdayCalendar } from '../calendar/workday-calendar.ts';
import { COUNTING_RULES, dayTypeBasis, type ClockDefinition, type DayType } from './clock-definition.ts';
import { checkExtensions, checkSuspensions, type Extension, type Suspension } from './clock-changes.ts';

export interface DeadlineInput {
  clock: ClockDefinition;
  /** Date of the start event (the day itself is not counted). */
  startDate: LocalDate;
  suspensions?: readonly Suspension[];
  extensions?: readonly Extension[];
  calendar: WorkdayCalendar;
}

export interface Deadline {
  clockId: string;
  label: string;
  dayType: DayType;
  direction: ClockDefinition['direction'];
  kind: ClockDefinition['kind'];
  startDate: LocalDate;
  /** Days to count, in the clock's day type, after extensions (months and years converted to calendar days). */
  totalDays: number;
  /** Last day to act (for a waiting period: its last day). Null while an open suspension holds the clock. */
  dueDate: LocalDate | null;
  /** The last counted day when it was a rest day and the due date rolled over to the next working day. */
  rolledOverFrom: LocalDate | null;
  suspended: boolean;
  /** Days still to run when the clock was paused (only when suspended). */
  remainingDays: number | null;
  provisional: boolean;
  provisionalYears: number[];
  basis: Citation[];
  /** The suspensions replayed (to: null while open) — kept so a stored deadline can count its days left again. */
  pauses: { from: LocalDate; to: LocalDate | null }[];
  /** Days of the clock's type left after `today` up to the due date; 0 on the due date; negative when overdue. */
  daysLeft(today: LocalDate): number;
}

/** What counting the days left needs: the computed result without its citations (see deadlineDaysLeft). */
export type DaysLeftInput = Pick<Deadline, 'dayType' | 'direction' | 'startDate' | 'totalDays' | 'dueDate' | 'remainingDays' | 'pauses'>;

interface Interval {
  from: number;
  to: number; // inclusive; Infinity for an open suspension
}

function dedupe(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.law}|${c.article}|${c.note ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function computeDeadline(input: DeadlineInput): Deadline {
  const { clock, calendar } = input;
  const suspensions = input.suspensions ?? [];
  const extensions = input.extensions ?? [];
  const problems = [checkSuspensions(clock, suspensions), checkExtensions(clock, extensions)];
  for (const p of problems) if (!p.ok) throw new RangeError(p.reason);
  if (!Number.isInteger(clock.length.value) || clock.length.value < 1) throw new RangeError(`${clock.label}的期限长度无效`);
  if (clock.length.unit !== 'days' && clock.dayType !== 'calendarDays') throw new RangeError('按月、年计算的期限只能是自然日');

  const startN = toDayNumber(input.startDate);
  const paused: Interval[] = suspensions.map((s) => ({ from: toDayNumber(s.from), to: s.to ? toDayNumber(s.to) : Infinity }));
  const pauseAt = (n: number): 'none' | 'closed' | 'open' => {
    if (paused.length === 0) return 'none';
    if (paused.some((p) => p.to === Infinity && p.from <= n)) return 'open';
    return paused.some((p) => p.from <= n && n <= p.to) ? 'closed' : 'none';
  };
  // Without pauses a calendar-day count is plain arithmetic; the deadline scan runs this for every open clock.
  const plainCalendar = paused.length === 0 && clock.dayType === 'calendarDays';
  const provisional = new Set<number>();
  const isWorking = (n: number): boolean => {
    if (calendar.isProvisionalDayNumber(n)) provisional.add(yearOfDayNumber(n));
    return calendar.isWorkingDayNumber(n);
  };
  const counts = (n: number): boolean => clock.dayType === 'calendarDays' || isWorking(n);

  const base =
    clock.length.unit === 'days'
      ? clock.length.value
      : toDayNumber(addMonths(input.startDate, clock.length.value * (clock.length.unit === 'years' ? 12 : 1))) - startN;
  const totalDays = base + extensions.reduce((sum, e) => sum + e.days, 0);

  let dueN: number | null = null;
  let rolledFrom: number | null = null;
  let remaining: number | null = null;
  if (clock.direction === 'before') {
    // The whole period must lie strictly between the act and the event, so the act is due the day before
    // the period's first day (counted backwards from the event).
    let day = startN;
    for (let counted = 0; counted < totalDays;) if (counts(--day)) counted++;
    dueN = day - 1;
  } else {
    let day = plainCalendar ? startN + totalDays : startN;
    let counted = plainCalendar ? totalDays : 0;
    while (counted < totalDays) {
      day++;
      const p = pauseAt(day);
      if (p === 'open') {
        remaining = totalDays - counted;
        break;
      }
      if (p === 'none' && counts(day)) counted++;
    }
    if (remaining === null && clock.dayType === 'calendarDays' && clock.rollsOverRestDay && !isWorking(day)) {
      rolledFrom = day;
      // The next working day that is not itself paused; an open pause there holds the clock at zero.
      do {
        day++;
        if (pauseAt(day) === 'open') remaining = 0;
      } while (remaining === null && (pauseAt(day) === 'closed' || !isWorking(day)));
    }
    if (remaining === null) dueN = day;
  }

  const basis: Citation[] = [clock.basis, dayTypeBasis(clock)];
  if (clock.direction === 'after') basis.push(COUNTING_RULES.startDayExcluded);
  if (clock.length.unit !== 'days') basis.push(COUNTING_RULES.monthEnd);
  if (rolledFrom !== null) basis.push(COUNTING_RULES.lastDayRollsOver);
  if (suspensions.length > 0 && clock.suspendable) basis.push(clock.suspendable.basis);
  for (const e of extensions) if (clock.extendable) basis.push(e.basis ?? clock.extendable.basis);

  const result: DaysLeftInput = {
    dayType: clock.dayType,
    direction: clock.direction,
    startDate: input.startDate,
    totalDays,
    dueDate: dueN === null ? null : fromDayNumber(dueN),
    remainingDays: remaining,
    pauses: suspensions.map((p) => ({ from: p.from, to: p.to ?? null })),
  };
  return {
    clockId: clock.id,
    label: clock.label,
    dayType: clock.dayType,
    direction: clock.direction,
    kind: clock.kind,
    startDate: input.startDate,
    totalDays,
    dueDate: dueN === null ? null : fromDayNumber(dueN),
    rolledOverFrom: rolledFrom === null ? null : fromDayNumber(rolledFrom),
    suspended: dueN === null,
    remainingDays: remaining,
    provisional: provisional.size > 0,
    provisionalYears: [...provisional].sort((a, b) => a - b),
    basis: dedupe(basis),
    pauses: suspensions.map((p) => ({ from: p.from, to: p.to ?? null })),
    daysLeft: (today) => deadlineDaysLeft(result, today, calendar),
  };
}

/**
 * Days of the clock's type left after `today` up to the due date (0 on it, negative when overdue), from the computed
 * result alone — so a deadline stored by the deadline scan counts exactly as the freshly computed one. It asks the
 * calendar directly (no provisional years are recorded here).
 */
export function deadlineDaysLeft(d: DaysLeftInput, today: LocalDate, calendar: WorkdayCalendar): number {
  const startN = toDayNumber(d.startDate);
  const dueN = d.dueDate === null ? null : toDayNumber(d.dueDate);
  const paused: Interval[] = d.pauses.map((s) => ({ from: toDayNumber(s.from), to: s.to ? toDayNumber(s.to) : Infinity }));
  const notPaused = (n: number): boolean => !paused.some((p) => p.from <= n && n <= p.to);
  const plainCalendar = paused.length === 0 && d.dayType === 'calendarDays';
  const counts = (n: number): boolean => d.dayType === 'calendarDays' || calendar.isWorkingDayNumber(n);
  const countBetween = (fromExclusive: number, toInclusive: number, skipPaused: boolean): number => {
    if (plainCalendar || (d.dayType === 'calendarDays' && !skipPaused)) return Math.max(0, toInclusive - fromExclusive);
    let n = 0;
    for (let day = fromExclusive + 1; day <= toInclusive; day++) if ((!skipPaused || notPaused(day)) && counts(day)) n++;
    return n;
  };
  const t = toDayNumber(today);
  // A held clock keeps what it had left when it was paused, plus the counted days still before the pause.
  if (dueN === null) {
    const firstOpenPause = Math.min(...paused.filter((p) => p.to === Infinity).map((p) => p.from));
    return t <= startN ? d.totalDays : (d.remainingDays ?? 0) + countBetween(t, firstOpenPause - 1, true);
  }
  if (t <= dueN) return countBetween(d.direction === 'after' ? Math.max(t, startN) : t, dueN, true);
  return -countBetween(dueN, t, false);
}
