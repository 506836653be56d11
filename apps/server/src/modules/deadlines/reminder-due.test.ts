import { describe, expect, it } from 'vitest';
import { CN_WORKDAY_CALENDAR } from '@quanze/domain';
import { reminderDue } from './scan-deadlines.job.ts';

const leads = [3, 1];
const due = (today: string, dueDate = '2026-10-09') => reminderDue(dueDate as never, today as never, leads, CN_WORKDAY_CALENDAR);

describe('reminderDue: lead times count working days (National Day 2026)', () => {
  it('is quiet while more working days than the longest lead remain', () => {
    expect(due('2026-09-25')).toBeNull(); // 28, 29, 30 Sept and 8, 9 Oct: 5 working days
  });
  it('sends the 3-day reminder across the holiday, though 9 calendar days remain', () => {
    expect(due('2026-09-30')).toEqual({ level: 'upcoming', leadDays: 3 }); // only 8 and 9 October are working days
  });
  it('then the 1-day reminder, the due-today one, and overdue after', () => {
    expect(due('2026-10-08')).toEqual({ level: 'upcoming', leadDays: 1 });
    expect(due('2026-10-09')).toEqual({ level: 'dueToday', leadDays: 0 });
    expect(due('2026-10-10')).toEqual({ level: 'overdue', leadDays: 0 });
  });
  it('with no lead times configured only due-today and overdue remain', () => {
    expect(reminderDue('2026-10-09', '2026-10-08', [], CN_WORKDAY_CALENDAR)).toBeNull();
  });
});
