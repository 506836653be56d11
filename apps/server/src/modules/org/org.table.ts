import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** The tenant: one deployment may hold several bureaus (GLOSSARY: bureau). */
export const bureaus = pgTable('bureaus', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** Short name used in document numbers, e.g. 示司 in 示司罚决字〔2026〕第1号. */
  shortName: text('short_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    code: text('code'),
    duties: text('duties'),
    sortOrder: integer('sort_order').notNull().default(0),
    status: text('status', { enum: ['active', 'closed'] }).notNull().default('active'),
    closedReason: text('closed_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('departments_bureau_idx').on(t.bureauId),
    uniqueIndex('departments_bureau_name_uq').on(t.bureauId, t.name).where(sql`status = 'active'`),
  ],
);

/** 岗位 within a department; A = primary (A岗), B = backup (B岗) for the powers assigned to it later. */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    name: text('name').notNull(),
    role: text('role', { enum: ['A', 'B'] }).notNull(),
    duties: text('duties'),
    status: text('status', { enum: ['active', 'closed'] }).notNull().default('active'),
    closedReason: text('closed_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('posts_department_idx').on(t.bureauId, t.departmentId)],
);

/** 行政执法责任制领导小组: membership is dated; leaving ends a row, it is not deleted. */
export const leadershipGroupMembers = pgTable(
  'leadership_group_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    userId: uuid('user_id'),
    name: text('name').notNull(),
    title: text('title'),
    position: text('position', { enum: ['leader', 'deputy', 'member'] }).notNull(),
    duties: text('duties'),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    endReason: text('end_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('leadership_group_bureau_idx').on(t.bureauId)],
);
