/**
 * In-app notifications (站内提醒) written by the deadline scan — one per user, case (or complaint), clock, due date and level, so
 * a scan run twice writes nothing new — and each bureau's reminder lead times.
 */
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalDate, StoredDeadline } from '@quanze/domain';
import { users } from '../identity/identity.table.ts';
import { bureaus } from '../org/org.table.ts';
import { penaltyCases } from '../cases/cases.table.ts';
import { complaints } from '../complaints/complaints.table.ts';

export const REMINDER_LEVELS = ['upcoming', 'dueToday', 'overdue'] as const;
export type ReminderLevel = (typeof REMINDER_LEVELS)[number];

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull().default('deadline'),
    caseId: uuid('case_id').references(() => penaltyCases.id),
    /** A complaint's clock (信访工作条例): the complaint, with caseId null. */
    complaintId: uuid('complaint_id').references(() => complaints.id),
    clockId: text('clock_id'),
    dueDate: date('due_date'),
    level: text('level', { enum: REMINDER_LEVELS }).notNull(),
    /** Working days before the due date for an 'upcoming' reminder; 0 otherwise. */
    leadDays: integer('lead_days').notNull().default(0),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** user|case|clock|due date|level|lead: the de-duplication key. */
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_uq').on(t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_user_unread_idx').on(t.userId).where(sql`read_at is null`),
  ],
);

export const reminderSettings = pgTable('reminder_settings', {
  bureauId: uuid('bureau_id')
    .primaryKey()
    .references(() => bureaus.id),
  leadWorkingDays: integer('lead_working_days').array().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * The open clocks of every open case, stored so the deadline scan and view read them by due date instead of folding
 * every open case's steps (the scan's cost at 20,000 open cases). Written in the transaction of each case action
 * (commands/refresh-case-clocks.ts); any other write to a case or its steps, and a calendar year entered or corrected,
 * leaves a mark in case_clock_marks (database triggers, migration case_clock_marks_triggers) and the next scan or view
 * recomputes the marked cases first. A case that ends has no rows.
 */
export const storedCaseClocks = pgTable(
  'case_clocks',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCases.id),
    clockId: text('clock_id').notNull(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    kind: text('kind', { enum: ['deadline', 'waitingPeriod'] }).notNull(),
    startDate: date('start_date').notNull().$type<LocalDate>(),
    /** Null while an open suspension holds the clock. */
    dueDate: date('due_date').$type<LocalDate>(),
    /** The computed deadline without daysLeft (restoreDeadline counts days left from it, as computeDeadline does). */
    deadline: jsonb('deadline').notNull().$type<StoredDeadline>(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    /**
     * due date|level|lead of the last reminder the scan wrote for this clock: a rerun skips the clock until another
     * level falls due. Lost when the clock is recomputed — the notifications' de-duplication key still holds then.
     */
    remindedKey: text('reminded_key'),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.clockId] }),
    index('case_clocks_due_idx').on(t.bureauId, t.dueDate),
    // The case list's 下一期限 (nextDeadlineColumns): a case's earliest due 'deadline' clock, read in order, no sort.
    index('case_clocks_next_due_idx').on(t.caseId, t.dueDate).where(sql`kind = 'deadline' and due_date is not null`),
  ],
);

/**
 * Cases whose stored clocks may be out of date: 'case' (a case row or step written outside a case action — a lead
 * registered, another module's write, a data load) or 'calendar' (a year its clocks count through was entered or
 * corrected). seq grows with every mark, so a recompute clears only the marks it has seen.
 */
export const caseClockMarks = pgTable(
  'case_clock_marks',
  {
    caseId: uuid('case_id').notNull(),
    reason: text('reason', { enum: ['case', 'calendar'] }).notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.reason] })],
);
