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
import { powers } from '../powers/powers.table.ts';

/** 'expired': the publication period ended (expiry job); it leaves the portal like a withdrawal, without a reason. */
export const PUBLICATION_STATES = ['pending', 'withheld', 'published', 'withdrawn', 'expired'] as const;
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
    /** The penalty case; null for a licence or other result registered in the queue directly (no case module). */
    caseId: uuid('case_id').references(() => penaltyCases.id),
    resultType: text('result_type', { enum: ['penalty', 'licence', 'other'] })
      .notNull()
      .default('penalty'),
    decisionNumber: text('decision_number').notNull(),
    partyKind: text('party_kind', { enum: ['citizen', 'organisation'] }).notNull(),
    penalty: jsonb('penalty').notNull().$type<Penalty>(),
    decidedOn: date('decided_on').notNull().$type<LocalDate>(),
    /** 7 WD after a penalty or licence decision, 20 WD after another result (T11). */
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
    // Licences and other results (no case): what the editor registered — the matter from the power list, the
    // applicant (name as given; ID sealed like the case's) and the decision's content. Null for penalty decisions.
    powerId: uuid('power_id').references(() => powers.id),
    matterName: text('matter_name'),
    /** 'other' results: what kind (检查结果、年度考核结果 …). */
    resultLabel: text('result_label'),
    partyName: text('party_name'),
    partyIdSealed: text('party_id_sealed'),
    partyAddress: text('party_address'),
    partyBirthDate: date('party_birth_date').$type<LocalDate>(),
    content: text('content'),
    legalBasis: jsonb('legal_basis').$type<string[]>(),
    registeredBy: uuid('registered_by').references(() => users.id),
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
    /**
     * The document by which the decision was changed / revoked / confirmed illegal or void (e.g. 复议决定书 文号).
     * Registered with alteredOn and the ground, it opens the 3-day withdrawal clock (withdrawalDueOn) on a published
     * item; withdrawnAt closes it.
     */
    alteredDocument: text('altered_document'),
    alterationRegisteredAt: timestamp('alteration_registered_at', { withTimezone: true }),
    withdrawalDueOn: date('withdrawal_due_on').$type<LocalDate>(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('decision_publications_case_uq').on(t.caseId),
    // One queue entry per registered licence / result number in a bureau (a case's decision is unique by case).
    uniqueIndex('decision_publications_number_uq')
      .on(t.bureauId, t.resultType, t.decisionNumber)
      .where(sql`case_id is null`),
    index('decision_publications_expiry_idx')
      .on(t.expiresOn)
      .where(sql`state = 'published' and expires_on is not null`),
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
  /** 简易程序 decisions not published (bureau policy; default: published like any decision). */
  excludeSimpleProcedure: boolean('exclude_simple_procedure').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
});
