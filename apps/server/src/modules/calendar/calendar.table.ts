/**
 * The working-day calendar as data: one row per year whose official schedule (国务院办公厅关于节假日安排的通知) is
 * entered, and every revision of it (a correction keeps the earlier one). Years 2020–2026 are seeded from the
 * compiled notices; later years are entered by the system administrator each winter.
 */
import { bigserial, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.table.ts';

export interface StoredHoliday {
  name: string;
  dates: string[];
}
export interface StoredExtraWorkday {
  date: string;
  name: string | null;
}

export const workdayYears = pgTable('workday_years', {
  year: integer('year').primaryKey(),
  /** Statutory days off (weekdays), grouped by holiday; bundled years have one unnamed group. */
  holidays: jsonb('holidays').notNull().$type<StoredHoliday[]>(),
  /** Weekend days that are working days (调休上班). */
  extraWorkdays: jsonb('extra_workdays').notNull().$type<StoredExtraWorkday[]>(),
  source: text('source', { enum: ['bundled', 'entered'] }).notNull(),
  notice: text('notice'),
  /** Revision number: the optimistic-concurrency version of the year. */
  revision: integer('revision').notNull().default(1),
  enteredBy: uuid('entered_by').references(() => users.id),
  enteredByName: text('entered_by_name'),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
});

/** Every version of every year, appended, never updated: what a clock was computed on can be traced. */
export const workdayYearRevisions = pgTable(
  'workday_year_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    year: integer('year').notNull(),
    revision: integer('revision').notNull(),
    holidays: jsonb('holidays').notNull().$type<StoredHoliday[]>(),
    extraWorkdays: jsonb('extra_workdays').notNull().$type<StoredExtraWorkday[]>(),
    source: text('source', { enum: ['bundled', 'entered'] }).notNull(),
    notice: text('notice'),
    reason: text('reason'),
    enteredBy: uuid('entered_by').references(() => users.id),
    enteredByName: text('entered_by_name'),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('workday_year_revisions_year_uq').on(t.year, t.revision)],
);
