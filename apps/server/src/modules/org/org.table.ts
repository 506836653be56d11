import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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
