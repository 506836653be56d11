/**
 * 执法公示 of decisions: one row per decision in the publication queue, from the moment it is made to its
 * withdrawal or the end of its publication period; and each bureau's publication settings.
 * Portal reads are sized for 1M published rows: partial indexes over the published rows only (listing order, and a
 * GIN index over the 2-gram search terms of the PUBLISHED, masked text — never of the original).
 */
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Citation, LocalDate, Penalty, PublicationFlags } from '@quanze/domain';
import { users } from '../identity/identity.table.ts';
import { bureaus, departments } from '../org/org.table.ts';
import { penaltyCases } from '../cases/cases.table.ts';

export const PUBLICATION_STATES = ['pending', 'withheld', 'published', 'withdrawn'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export interface StoredRefusal {
  code: string;
  reason: string;
  basis: Citation;
}

export const decisionPublications = pgTable(
  'decision_publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCases.id),
    resultType: text('result_type', { enum: ['penalty', 'licence', 'other'] })
      .notNull()
      .default('penalty'),
    decisionNumber: text('decision_number').notNull(),
    partyKind: text('party_kind', { enum: ['citizen', 'organisation'] }).notNull(),
    penalty: jsonb('penalty').notNull().$type<Penalty>(),
    decidedOn: date('decided_on').notNull().$type<LocalDate>(),
    /** 7 WD after the decision (T11). */
    dueOn: date('due_on').notNull().$type<LocalDate>(),
    state: text('state', { enum: PUBLICATION_STATES }).notNull(),
    /** Why it may not be published (不予公开), as checkPublishable said at the last check. */
    refusals: jsonb('refusals')
      .notNull()
      .default(sql`'[]'::jsonb`)
      .$type<StoredRefusal[]>(),
    flags: jsonb('flags')
      .notNull()
      .default(sql`'{}'::jsonb`)
      .$type<PublicationFlags>(),
    extraPersons: jsonb('extra_persons')
      .notNull()
      .default(sql`'[]'::jsonb`)
      .$type<string[]>(),
    extraHidden: jsonb('extra_hidden')
      .notNull()
      .default(sql`'[]'::jsonb`)
      .$type<string[]>(),
    editedText: text('edited_text'),
    // What the portal shows, fixed at publication (rendered by the same function as the editor's preview).
    title: text('title'),
    partyDisplay: text('party_display'),
    penaltySummary: text('penalty_summary'),
    agencyName: text('agency_name'),
    publishedText: text('published_text'),
    searchTerms: text('search_terms').array(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedOn: date('published_on').$type<LocalDate>(),
    publishedBy: uuid('published_by').references(() => users.id),
    /** Last day shown (expiry preset); null = no automatic expiry. */
    expiresOn: date('expires_on').$type<LocalDate>(),
    withdrawalGround: text('withdrawal_ground'),
    withdrawalReason: text('withdrawal_reason'),
    alteredOn: date('altered_on').$type<LocalDate>(),
    withdrawalDueOn: date('withdrawal_due_on').$type<LocalDate>(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('decision_publications_case_uq').on(t.caseId),
    index('decision_publications_queue_idx').on(t.bureauId, t.state, t.dueOn),
    index('decision_publications_portal_idx')
      .on(t.bureauId, t.publishedAt, t.id)
      .where(sql`state = 'published'`),
    index('decision_publications_terms_gin')
      .using('gin', t.searchTerms)
      .where(sql`state = 'published'`),
  ],
);

export type DecisionPublicationRow = typeof decisionPublications.$inferSelect;

export const disclosureSettings = pgTable('disclosure_settings', {
  bureauId: uuid('bureau_id')
    .primaryKey()
    .references(() => bureaus.id),
  partyNameStyle: text('party_name_style', { enum: ['surnameMou', 'surnameStars', 'full'] })
    .notNull()
    .default('surnameMou'),
  expiryPreset: text('expiry_preset', { enum: ['default', 'samr', 'hebei', 'none'] })
    .notNull()
    .default('default'),
  excludeWarningOnly: boolean('exclude_warning_only').notNull().default(true),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
});
