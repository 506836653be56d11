/**
 * A computed deadline as the deadline scan stores it (everything but daysLeft), and back: restoreDeadline counts the
 * days left with deadlineDaysLeft — the function computeDeadline itself uses — so a stored clock reads exactly like a
 * freshly computed one on any later day.
 */
import type { WorkdayCalendar } from '../calendar/workday-calendar.ts';
import { deadlineDaysLeft, type Deadline } from './compute-deadline.ts';

export type StoredDeadline = Omit<Deadline, 'daysLeft'>;

export function storeDeadline(d: Deadline): StoredDeadline {
  return {
    clockId: d.clockId,
    label: d.label,
    dayType: d.dayType,
    direction: d.direction,
    kind: d.kind,
    startDate: d.startDate,
    totalDays: d.totalDays,
    dueDate: d.dueDate,
    rolledOverFrom: d.rolledOverFrom,
    suspended: d.suspended,
    remainingDays: d.remainingDays,
    provisional: d.provisional,
    provisionalYears: d.provisionalYears,
    basis: d.basis,
    pauses: d.pauses,
  };
}

export function restoreDeadline(s: StoredDeadline, calendar: WorkdayCalendar): Deadline {
  return { ...s, daysLeft: (today) => deadlineDaysLeft(s, today, calendar) };
}
