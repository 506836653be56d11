/** When a clock's reminder falls due (pure): the scan's levels and the horizon the scan and the case list read up to. */
import { addCalendarDays, type LocalDate, type WorkdayCalendar } from '@quanze/domain';
import type { ReminderLevel } from './deadlines.table.ts';

export interface ReminderDue {
  level: ReminderLevel;
  leadDays: number;
}

/**
 * Which reminder a clock is due for today: overdue after the due date, dueToday on it, and before it the tightest
 * lead time (in working days) already reached — so a scan that first sees a clock one day out sends only that one.
 */
export function reminderDue(dueDate: LocalDate, today: LocalDate, leadWorkingDays: readonly number[], calendar: WorkdayCalendar): ReminderDue | null {
  if (today > dueDate) return { level: 'overdue', leadDays: 0 };
  if (today === dueDate) return { level: 'dueToday', leadDays: 0 };
  const left = calendar.workingDaysBetween(today, dueDate);
  const lead = [...leadWorkingDays].sort((a, b) => a - b).find((l) => left <= l);
  return lead === undefined ? null : { level: 'upcoming', leadDays: lead };
}

/**
 * The last due date any reminder is due for today: the scan reads only clocks due up to it (and the overdue ones),
 * through the due-date index, instead of every open clock.
 */
export function reminderHorizon(today: LocalDate, leadWorkingDays: readonly number[], calendar: WorkdayCalendar): LocalDate {
  const longest = Math.max(0, ...leadWorkingDays);
  let last = today;
  // workingDaysBetween grows with the later date, so step until the next day would be beyond the longest lead.
  for (let next = addCalendarDays(today, 1); calendar.workingDaysBetween(today, next) <= longest; next = addCalendarDays(next, 1)) last = next;
  return last;
}

