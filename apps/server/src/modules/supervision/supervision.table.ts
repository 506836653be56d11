/**
 * 社会监督员 (socialSupervisor): the registry of appointed members of the public, their portal accounts and sessions
 * (separate from console users and sessions, so a public-facing account can never carry a console permission), and
 * their observations in the supervision queue. Nothing here is deleted: supervisors are suspended or ended,
 * observations closed.
 */
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalDate } from '@quanze/domain';
import { users } from '../identity/identity.table.ts';
import { bureaus, departments } from '../org/org.table.ts';

export const socialSupervisors = pgTable(
  'social_supervisors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    name: text('name').notNull(),
    /** Personal fields sealed with the FieldCipher (SM4 + HMAC-SM3); the index allows exact lookup. */
    mobileSealed: text('mobile_sealed'),
    mobileIndex: text('mobile_index'),
    idCardSealed: text('id_card_sealed'),
    idCardIndex: text('id_card_index'),
    /** 工作单位 and 界别 / 行业 (e.g. 人大代表, 政协委员, 律师, 企业, 社区). */
    employer: text('employer').notNull(),
    sector: text('sector').notNull(),
    /** 聘书编号: the letter of appointment the term rests on. */
    documentNumber: text('document_number').notNull(),
    termStart: date('term_start').notNull().$type<LocalDate>(),
    termEnd: date('term_end').notNull().$type<LocalDate>(),
    status: text('status', { enum: ['active', 'suspended', 'ended'] }).notNull().default('active'),
    statusReason: text('status_reason'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('social_supervisors_bureau_idx').on(t.bureauId, t.status, t.termEnd),
    uniqueIndex('social_supervisors_document_uq').on(t.bureauId, t.documentNumber),
    index('social_supervisors_id_card_idx').on(t.idCardIndex),
  ],
);

export const supervisorAccounts = pgTable(
  'supervisor_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    supervisorId: uuid('supervisor_id')
      .notNull()
      .references(() => socialSupervisors.id),
    loginName: text('login_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('supervisor_accounts_login_uq').on(sql`lower(${t.loginName})`), uniqueIndex('supervisor_accounts_supervisor_uq').on(t.supervisorId)],
);

/** Portal sessions of supervisors: the cookie carries a random token, the row only its SM3 hash (as console sessions). */
export const supervisorSessions = pgTable(
  'supervisor_sessions',
  {
    id: text('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => supervisorAccounts.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
  },
  (t) => [index('supervisor_sessions_account_idx').on(t.accountId)],
);

export const supervisionObservations = pgTable(
  'supervision_observations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    supervisorId: uuid('supervisor_id')
      .notNull()
      .references(() => socialSupervisors.id),
    state: text('state', { enum: ['submitted', 'underReview', 'answered', 'closed'] }).notNull().default('submitted'),
    category: text('category').notNull(),
    /** What it is about, as the supervisor wrote it: the unit / department, optionally a case number and an officer. */
    aboutUnit: text('about_unit').notNull(),
    caseNumber: text('case_number'),
    officerName: text('officer_name'),
    occurredOn: date('occurred_on').$type<LocalDate>(),
    content: text('content').notNull(),
    /** The department the bureau routed it to (交办), inside the bureau. */
    departmentId: uuid('department_id').references(() => departments.id),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by').references(() => users.id),
    closeReason: text('close_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('supervision_observations_queue_idx').on(t.bureauId, t.state, t.submittedAt),
    index('supervision_observations_supervisor_idx').on(t.supervisorId, t.submittedAt),
    index('supervision_observations_department_idx').on(t.departmentId),
  ],
);

export type SocialSupervisorRow = typeof socialSupervisors.$inferSelect;
export type SupervisorAccountRow = typeof supervisorAccounts.$inferSelect;
export type ObservationRow = typeof supervisionObservations.$inferSelect;
