/**
 * 满意度评议: a one-time invitation per closed case or complaint (the code is kept only as a hash), the officers it
 * rates, and the party's response — append-only, with nothing about the person who rated (no name, no IP, no contact).
 */
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalDate } from '@quanze/domain';
import { bureaus, departments } from '../org/org.table.ts';
import { officers } from '../officers/officers.table.ts';

export const SURVEY_SUBJECT_KINDS = ['case', 'complaint'] as const;
export type SurveySubjectKind = (typeof SURVEY_SUBJECT_KINDS)[number];

export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    subjectKind: text('subject_kind', { enum: SURVEY_SUBJECT_KINDS }).notNull(),
    /** The case or complaint id; no FK because it points into one of two modules' tables. */
    subjectId: uuid('subject_id').notNull(),
    /** SM3 of the normalised code; the code itself goes back to the caller (the closing step) and is not kept here. */
    codeHash: text('code_hash').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedOn: date('issued_on').notNull().$type<LocalDate>(),
    /** Last day the code may be used (issuedOn + the policy's validity at the time of issue). */
    validUntil: date('valid_until').notNull().$type<LocalDate>(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('survey_invitations_code_uq').on(t.codeHash),
    // Usually one per subject; a complaint closed again after re-opening gets a new one (its handling was redone).
    index('survey_invitations_subject_idx').on(t.subjectKind, t.subjectId),
    index('survey_invitations_dept_idx').on(t.bureauId, t.departmentId),
  ],
);

/** The officers an invitation rates (the case's investigators at closing, the complaint's handlers). */
export const surveyInvitationOfficers = pgTable(
  'survey_invitation_officers',
  {
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => surveyInvitations.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
  },
  (t) => [primaryKey({ columns: [t.invitationId, t.officerId] }), index('survey_invitation_officers_officer_idx').on(t.officerId)],
);

/** The rating itself. Append-only; one per invitation (the unique index is what makes the code one-time). */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => surveyInvitations.id),
    // Copied from the invitation so results per department are one index scan.
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    rating: smallint('rating').notNull(),
    comment: text('comment'),
    respondedAt: timestamp('responded_at', { withTimezone: true }).notNull(),
    respondedOn: date('responded_on').notNull().$type<LocalDate>(),
  },
  (t) => [
    uniqueIndex('survey_responses_invitation_uq').on(t.invitationId),
    index('survey_responses_dept_idx').on(t.bureauId, t.departmentId, t.respondedAt),
    check('survey_responses_rating_ck', sql`${t.rating} between 1 and 5`),
  ],
);

export type SurveyInvitationRow = typeof surveyInvitations.$inferSelect;
export type SurveyResponseRow = typeof surveyResponses.$inferSelect;
