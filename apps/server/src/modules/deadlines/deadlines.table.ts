/**
 * In-app notifications (站内提醒) written by the deadline scan — one per user, case, clock, due date and level, so
 * a scan run twice writes nothing new — and each bureau's reminder lead times.
 */
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.table.ts';
import { bureaus } from '../org/org.table.ts';
import { penaltyCases } from '../cases/cases.table.ts';

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
