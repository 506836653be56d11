import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { DiscretionBenchmark } from '@quanze/domain';
import { users } from '../identity/identity.table.ts';
import { bureaus } from '../org/org.table.ts';
import { powers } from '../powers/powers.table.ts';

/**
 * 裁量基准 of a penalty power, one row per save: rows are never updated. The current benchmark of a power is its
 * published row with the highest version number; a draft row newer than it is work in progress. The benchmark
 * itself (tiers, statutory range, the province's policy it was written under) is the domain's DiscretionBenchmark.
 */
export const discretionBenchmarks = pgTable(
  'discretion_benchmarks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    powerId: uuid('power_id')
      .notNull()
      .references(() => powers.id),
    versionNo: integer('version_no').notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    /** The power's code when saved (for "which benchmarks cite this article" and reports). */
    powerCode: text('power_code').notNull(),
    benchmark: jsonb('benchmark').notNull().$type<DiscretionBenchmark>(),
    note: text('note'),
    savedBy: uuid('saved_by').references(() => users.id),
    savedByName: text('saved_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('discretion_benchmarks_version_uq').on(t.powerId, t.versionNo),
    index('discretion_benchmarks_published_idx')
      .on(t.powerId, t.versionNo)
      .where(sql`status = 'published'`),
    index('discretion_benchmarks_bureau_idx').on(t.bureauId),
  ],
);
