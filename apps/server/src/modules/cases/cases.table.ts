/**
 * Penalty cases (行政处罚案件): the case row (state + version), its steps (the history, never updated), its
 * investigators (assigned / taken off, with the reason) and the yearly document-number series.
 * Indexes are sized for a province (≈10M cases): the list is department + state + date range, newest first —
 * ascending btree columns, scanned backwards for ORDER BY lead_received_at DESC, id DESC (NULLS FIRST matches).
 */
import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CaseFlags, CaseProcedure, CaseState, Extension, LocalDate, Penalty, Suspension } from '@quanze/domain';
import { users } from '../identity/identity.table.ts';
import { bureaus, departments } from '../org/org.table.ts';
import { officers } from '../officers/officers.table.ts';
import { powers } from '../powers/powers.table.ts';
import { enforcementSubjects } from '../subjects/subjects.table.ts';

/** A 中止 of the decision clock as recorded: the domain's Suspension plus why and who (its step has the rest). */
export type DecisionClockSuspension = Suspension & { reason?: string; recordedBy?: string };
/** An approved 延期: the domain's Extension plus why, when and by whom. */
export type DecisionClockExtension = Extension & { reason?: string; approvedAt?: string; approvedBy?: string };

export const LEAD_SOURCES = ['complaint', 'inspection', 'referral', 'assignment', 'other'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const penaltyCases = pgTable(
  'penalty_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => enforcementSubjects.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    powerId: uuid('power_id')
      .notNull()
      .references(() => powers.id),
    /** null until the lead is filed (general) or decided on the spot (simple). */
    procedure: text('procedure').$type<CaseProcedure>(),
    state: text('state').notNull().$type<CaseState>(),
    /** 立案 number once filed; the lead has only its id. */
    caseNumber: text('case_number'),
    decisionNumber: text('decision_number'),
    partyKind: text('party_kind', { enum: ['citizen', 'organisation'] }).notNull(),
    partyName: text('party_name').notNull(),
    /** ID-card number or 统一社会信用代码, SM4-sealed, with an HMAC-SM3 blind index for lookup. */
    partyIdSealed: text('party_id_sealed'),
    partyIdIndex: text('party_id_index'),
    partyAddress: text('party_address'),
    partyBirthDate: date('party_birth_date').$type<LocalDate>(),
    partyLackedCapacity: boolean('party_lacked_capacity').notNull().default(false),
    conduct: text('conduct', { enum: ['business', 'nonBusiness'] }).notNull(),
    leadSource: text('lead_source', { enum: LEAD_SOURCES }).notNull(),
    leadSummary: text('lead_summary').notNull(),
    leadReceivedAt: timestamp('lead_received_at', { withTimezone: true }).notNull(),
    violationStartedOn: date('violation_started_on').$type<LocalDate>(),
    violationEndedOn: date('violation_ended_on').$type<LocalDate>(),
    violationOngoing: boolean('violation_ongoing').notNull().default(false),
    violationSeriousHarm: boolean('violation_serious_harm').notNull().default(false),
    /** Citations of the basis entered for the case (labels; the legal-basis verdict is computed, not stored). */
    legalBasis: jsonb('legal_basis').notNull().$type<string[]>(),
    flags: jsonb('flags').notNull().$type<CaseFlags>(),
    /** Current proposal, money in fen. */
    proposedPenalty: jsonb('proposed_penalty').$type<Penalty>(),
    /** 中止 / 延期 of the 90-day decision clock (第六十条). */
    decisionClockSuspensions: jsonb('decision_clock_suspensions').notNull().default(sql`'[]'::jsonb`).$type<DecisionClockSuspension[]>(),
    decisionClockExtensions: jsonb('decision_clock_extensions').notNull().default(sql`'[]'::jsonb`).$type<DecisionClockExtension[]>(),
    registeredBy: uuid('registered_by')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('penalty_cases_dept_state_idx').on(t.bureauId, t.departmentId, t.state, t.leadReceivedAt, t.id),
    index('penalty_cases_bureau_received_idx').on(t.bureauId, t.leadReceivedAt, t.id),
    index('penalty_cases_state_idx').on(t.bureauId, t.state, t.leadReceivedAt),
    index('penalty_cases_party_idx').on(t.bureauId, t.partyIdIndex),
    // The list's search box: prefix of the case number, the decision number, the party's name (any collation).
    index('penalty_cases_case_number_prefix_idx').on(t.bureauId, t.caseNumber.op('text_pattern_ops')),
    index('penalty_cases_decision_number_prefix_idx').on(t.bureauId, t.decisionNumber.op('text_pattern_ops')),
    index('penalty_cases_party_name_prefix_idx').on(t.bureauId, t.partyName.op('text_pattern_ops')),
    index('penalty_cases_power_idx').on(t.powerId),
    index('penalty_cases_registered_by_idx').on(t.registeredBy),
    uniqueIndex('penalty_cases_decision_number_uq').on(t.bureauId, t.decisionNumber),
  ],
);

/** Every action taken on a case: the history the snapshot is built from. Appended, never updated. */
export const caseSteps = pgTable(
  'case_steps',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCases.id),
    action: text('action').notNull(),
    fromState: text('from_state').notNull().$type<CaseState>(),
    toState: text('to_state').notNull().$type<CaseState>(),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    payload: jsonb('payload').notNull().$type<Record<string, unknown>>(),
    /** "行政处罚法 第四十四条". */
    basis: text('basis').notNull(),
    /** Non-blocking alerts of the guard at the time (late service, provisional calendar …). */
    warnings: jsonb('warnings').notNull().default(sql`'[]'::jsonb`).$type<{ code: string; reason: string }[]>(),
  },
  (t) => [index('case_steps_case_idx').on(t.caseId, t.at, t.id)],
);

/** 承办人员: assignment is dated; taking someone off closes the row with a reason. */
export const caseOfficers = pgTable(
  'case_officers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCases.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    assignedBy: uuid('assigned_by').references(() => users.id),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedReason: text('removed_reason'),
  },
  (t) => [
    index('case_officers_case_idx').on(t.caseId),
    index('case_officers_officer_idx').on(t.officerId, t.caseId).where(sql`removed_at is null`),
    uniqueIndex('case_officers_active_uq').on(t.caseId, t.officerId).where(sql`removed_at is null`),
  ],
);

/** One row per bureau, document kind and year; locked while the next number is taken (unbroken sequence). */
export const documentNumberSeries = pgTable(
  'document_number_series',
  {
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'document_number_series_pk', columns: [t.bureauId, t.kind, t.year] })],
);

/**
 * 常用筛选: a user's saved filter set of the case list (the filters as the list query parses them). Soft-deleted;
 * `shared` offers the view to the owner's department (read-only for the others).
 */
export const caseListViews = pgTable(
  'case_list_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    /** The owner's department when saved (for shared views); null for users without one. */
    departmentId: uuid('department_id').references(() => departments.id),
    name: text('name').notNull(),
    filters: jsonb('filters').notNull().$type<Record<string, unknown>>(),
    shared: boolean('shared').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('case_list_views_owner_name_uq').on(t.ownerId, t.name).where(sql`deleted_at is null`),
    index('case_list_views_shared_idx').on(t.departmentId).where(sql`shared and deleted_at is null`),
  ],
);

/**
 * 回避申请 (第四十三条): the person (an investigator by officer, a presider or reviewer by account), the role, who asked
 * and why; decided by the head (granted / refused) — never deleted. A granted investigator is taken off the case.
 */
export const caseRecusals = pgTable(
  'case_recusals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCases.id),
    role: text('role', { enum: ['investigator', 'presider', 'reviewer'] }).notNull(),
    userId: uuid('user_id').references(() => users.id),
    officerId: uuid('officer_id').references(() => officers.id),
    personName: text('person_name').notNull(),
    requestedBy: text('requested_by', { enum: ['party', 'officer', 'self'] }).notNull(),
    reason: text('reason').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedByName: text('recorded_by_name').notNull(),
    status: text('status', { enum: ['pending', 'granted', 'refused'] }).notNull().default('pending'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedByName: text('decided_by_name'),
    decisionReason: text('decision_reason'),
  },
  (t) => [index('case_recusals_case_idx').on(t.caseId, t.requestedAt)],
);
