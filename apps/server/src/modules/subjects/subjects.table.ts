import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bureaus } from '../org/org.table.ts';

/**
 * Enforcement subjects (执法主体): the bureau itself and the bodies it supervises. `status` null = registered, not
 * yet confirmed. Never deleted: revoked is a status, with a dated history row and its reason.
 */
export const enforcementSubjects = pgTable(
  'enforcement_subjects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    name: text('name').notNull(),
    creditCode: text('credit_code').notNull(),
    kind: text('kind', { enum: ['statutory', 'authorized', 'entrusted'] }).notNull(),
    status: text('status', { enum: ['confirmed', 'suspended', 'revoked'] }),
    legalBasis: text('legal_basis').notNull(),
    domains: text('domains').array().notNull().default(sql`'{}'::text[]`),
    entrustingSubjectId: uuid('entrusting_subject_id'),
    entrustmentScope: text('entrustment_scope').array().notNull().default(sql`'{}'::text[]`),
    entrustmentStart: date('entrustment_start'),
    entrustmentEnd: date('entrustment_end'),
    /** The bureau's own subject row: the default subject of its officers and cases. */
    isBureauItself: boolean('is_bureau_itself').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('enforcement_subjects_bureau_idx').on(t.bureauId, t.status),
    uniqueIndex('enforcement_subjects_credit_code_uq').on(t.bureauId, t.creditCode),
  ],
);

export const subjectStatusChanges = pgTable(
  'subject_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => enforcementSubjects.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    decidedOn: date('decided_on').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('subject_status_changes_subject_idx').on(t.subjectId, t.at)],
);
