/**
 * The bureau's own accountability rules (本局行政执法过错责任追究办法 and who takes reports of misconduct), one row per
 * saved version: the newest row is in force and on the portal, older rows are the history. Rows are never updated or
 * deleted (a trigger refuses it): an edit is a new version, audited in the same transaction.
 */
import { boolean, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.table.ts';
import { bureaus } from '../org/org.table.ts';

export const accountabilityRules = pgTable(
  'accountability_rules',
  {
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    documentNumber: text('document_number').notNull().default(''),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    paragraphs: text('paragraphs').array().notNull(),
    reportUnit: text('report_unit').notNull(),
    reportPhone: text('report_phone').notNull().default(''),
    reportAddress: text('report_address').notNull().default(''),
    reportEmail: text('report_email').notNull().default(''),
    reportHours: text('report_hours').notNull().default(''),
    changeNote: text('change_note').notNull(),
    /** Seeded placeholder text: shown as 演示数据 until a person saves the bureau's own. */
    demo: boolean('demo').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.bureauId, t.version] })],
);
export type AccountabilityRulesRow = typeof accountabilityRules.$inferSelect;
