import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { PowerBasisRef, SanctionRange, StatutoryTimeLimit } from '@quanze/domain';
import { users } from '../identity/identity.table.ts';
import { bureaus, departments, leadershipGroupMembers, posts } from '../org/org.table.ts';
import { enforcementSubjects } from '../subjects/subjects.table.ts';

export const POWER_CATEGORY_VALUES = ['penalty', 'license', 'inspection', 'coercion', 'levy', 'confirmation', 'reward', 'adjudication', 'other'] as const;

/**
 * A version of a subject's power list (权责清单): drafted → approved → published; publishing supersedes the one
 * before. Every version is kept with its items.
 */
export const powerLists = pgTable(
  'power_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => enforcementSubjects.id),
    versionNo: integer('version_no').notNull(),
    status: text('status', { enum: ['draft', 'approved', 'published', 'superseded', 'discarded'] }).notNull(),
    title: text('title').notNull(),
    note: text('note'),
    draftedBy: uuid('drafted_by')
      .notNull()
      .references(() => users.id),
    draftedByName: text('drafted_by_name'),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedByName: text('approved_by_name'),
    approvedOn: date('approved_on'),
    publishedOn: date('published_on'),
    statusReason: text('status_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('power_lists_version_uq').on(t.subjectId, t.versionNo), index('power_lists_bureau_idx').on(t.bureauId, t.status)],
);

/** The identity of a power across list versions: breakdown, targets and coverage refer to it. */
export const powers = pgTable(
  'powers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => enforcementSubjects.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('powers_bureau_idx').on(t.bureauId)],
);

/** A power item (执法事项) as one list version states it. Items of approved and later versions are frozen. */
export const powerListItems = pgTable(
  'power_list_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    listId: uuid('list_id')
      .notNull()
      .references(() => powerLists.id),
    powerId: uuid('power_id')
      .notNull()
      .references(() => powers.id),
    /** Against the version this draft was copied from; a removed item stays in the draft to show the change. */
    change: text('change', { enum: ['unchanged', 'added', 'modified', 'removed'] }).notNull(),
    changeReason: text('change_reason'),
    code: text('code').notNull(),
    catalogCode: text('catalog_code'),
    category: text('category', { enum: POWER_CATEGORY_VALUES }).notNull(),
    catalogType: text('catalog_type').notNull(),
    name: text('name').notNull(),
    target: text('target').notNull().default(''),
    basis: jsonb('basis').notNull().$type<PowerBasisRef[]>(),
    /** Every library article the basis links to, for "who cites this article" (GIN). */
    basisArticleIds: uuid('basis_article_ids').array().notNull().default(sql`'{}'::uuid[]`),
    departmentName: text('department_name').notNull().default(''),
    level: text('level').notNull().default(''),
    enforcementField: text('enforcement_field').notNull(),
    area: text('area').notNull(),
    sanctions: jsonb('sanctions').$type<SanctionRange>(),
    hearingEligible: boolean('hearing_eligible').notNull().default(false),
    hearingCondition: text('hearing_condition'),
    scope: text('scope'),
    authority: text('authority'),
    standard: text('standard'),
    procedure: text('procedure'),
    responsibility: text('responsibility'),
    accountabilityTriggers: text('accountability_triggers').array().notNull().default(sql`'{}'::text[]`),
    statutoryTimeLimit: jsonb('statutory_time_limit').$type<StatutoryTimeLimit>(),
    fees: text('fees'),
    supervisionChannel: text('supervision_channel'),
    verification: text('verification', { enum: ['verified', 'partial', 'unverified'] }).notNull().default('unverified'),
    verificationNote: text('verification_note'),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('power_list_items_power_uq').on(t.listId, t.powerId),
    uniqueIndex('power_list_items_code_uq').on(t.listId, t.code).where(sql`change <> 'removed'`),
    index('power_list_items_articles_gin').using('gin', t.basisArticleIds),
    index('power_list_items_power_idx').on(t.powerId),
  ],
);

/**
 * 职权分解: power → department → A/B posts (officers via officers.post_id), leader in charge, dated. A change closes
 * the row in force (effective_to = the day before the new one) and inserts a new one: history is never overwritten.
 * A row superseded before it took effect ends before it starts and is never in force.
 */
export const powerAssignments = pgTable(
  'power_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    powerId: uuid('power_id')
      .notNull()
      .references(() => powers.id),
    departmentId: uuid('department_id').references(() => departments.id),
    postIds: uuid('post_ids').array().notNull().default(sql`'{}'::uuid[]`),
    leaderInChargeId: uuid('leader_in_charge_id').references(() => leadershipGroupMembers.id),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    supersededBy: uuid('superseded_by'),
    reason: text('reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('power_assignments_power_idx').on(t.powerId, t.effectiveFrom),
    uniqueIndex('power_assignments_open_uq').on(t.powerId).where(sql`effective_to is null`),
    index('power_assignments_bureau_idx').on(t.bureauId),
  ],
);

/** 年度执法目标 per power, year, department (and post) and metric, kept for evaluation. */
export const powerTargets = pgTable(
  'power_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    powerId: uuid('power_id')
      .notNull()
      .references(() => powers.id),
    year: integer('year').notNull(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    postId: uuid('post_id').references(() => posts.id),
    metric: text('metric').notNull(),
    planned: integer('planned').notNull(),
    unit: text('unit').notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('power_targets_uq').on(t.powerId, t.year, t.departmentId, sql`coalesce(${t.postId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.metric),
    index('power_targets_bureau_idx').on(t.bureauId, t.year),
  ],
);

export interface CatalogImportError {
  row: number;
  field: string;
  message: string;
}

/** Catalogue imports (权责清单导入) into a draft list version: validated in the background, committed in one transaction. */
export const powerImports = pgTable(
  'power_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    listId: uuid('list_id')
      .notNull()
      .references(() => powerLists.id),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    fileName: text('file_name'),
    format: text('format', { enum: ['xlsx', 'json'] }).notNull(),
    status: text('status', { enum: ['validating', 'validated', 'committing', 'committed', 'failed'] }).notNull(),
    progress: doublePrecision('progress').notNull().default(0),
    total: integer('total').notNull().default(0),
    valid: integer('valid').notNull().default(0),
    errors: jsonb('errors').notNull().$type<CatalogImportError[]>().default([]),
    errorCount: integer('error_count').notNull().default(0),
    unlinkedBases: integer('unlinked_bases').notNull().default(0),
    /** Validated items (PowerInput with linked article ids) waiting for commit. */
    rows: jsonb('rows').$type<Record<string, unknown>[]>(),
    failureReason: text('failure_reason'),
    imported: integer('imported'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('power_imports_bureau_idx').on(t.bureauId, t.createdAt)],
);

/**
 * What changed, for the coverage cache: written by triggers (see migration coverage_change_log) on officers,
 * certificates, posts, departments, the library and the power tables, with the writing transaction's id. A reader
 * that remembers the snapshot it last read asks for the rows not visible in it (pg_visible_in_snapshot): no counter
 * to lock, and a transaction that commits late is still seen.
 */
export const coverageChanges = pgTable(
  'coverage_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    bureauId: uuid('bureau_id').notNull(),
    xid: bigint('xid', { mode: 'number' })
      .notNull()
      .default(sql`(pg_current_xact_id()::text::bigint)`),
    kind: text('kind').notNull(),
    refId: uuid('ref_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coverage_changes_xid_idx').on(t.bureauId, t.xid), index('coverage_changes_created_idx').on(t.createdAt)],
);
