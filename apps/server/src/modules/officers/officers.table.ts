import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.table.ts';
import { bureaus, departments, posts } from '../org/org.table.ts';
import { enforcementSubjects } from '../subjects/subjects.table.ts';

/** 执法人员档案. Changes are kept in officer_history, not overwritten silently; leaving is a status. */
export const officers = pgTable(
  'officers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => enforcementSubjects.id),
    departmentId: uuid('department_id').references(() => departments.id),
    postId: uuid('post_id').references(() => posts.id),
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }).notNull(),
    idCardSealed: text('id_card_sealed').notNull(),
    idCardIndex: text('id_card_index').notNull(),
    employmentType: text('employment_type', { enum: ['civilServant', 'civilServantManaged', 'publicInstitution', 'contract', 'dispatched'] }).notNull(),
    legalProfessionQualification: boolean('legal_profession_qualification').notNull().default(false),
    legalProfessionCertificateNumber: text('legal_profession_certificate_number'),
    education: text('education'),
    photoFileId: text('photo_file_id'),
    status: text('status', { enum: ['active', 'left'] }).notNull().default('active'),
    statusReason: text('status_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('officers_scope_idx').on(t.bureauId, t.departmentId, t.status),
    uniqueIndex('officers_id_card_uq').on(t.bureauId, t.idCardIndex),
    index('officers_user_idx').on(t.userId),
  ],
);

export const officerHistory = pgTable(
  'officer_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    action: text('action').notNull(),
    /** field → { before, after }; personal numbers are named, never stored in clear. */
    changes: jsonb('changes').notNull().$type<Record<string, unknown>>(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('officer_history_officer_idx').on(t.officerId, t.at)],
);

export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    number: text('number'),
    issuingAuthority: text('issuing_authority'),
    status: text('status', { enum: ['applied', 'examPassed', 'valid', 'reviewFailed', 'suspended', 'revoked', 'cancelled', 'expired'] }).notNull(),
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    areas: text('areas').array().notNull().default(sql`'{}'::text[]`),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    lastReviewedYear: integer('last_reviewed_year'),
    /** Printed in the QR URL next to the number; random, so it cannot be derived from the number. */
    checkCode: text('check_code').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('certificates_officer_idx').on(t.officerId),
    uniqueIndex('certificates_number_uq').on(t.number),
    index('certificates_expiry_idx').on(t.bureauId, t.status, t.validTo),
  ],
);

export const certificateEvents = pgTable(
  'certificate_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('certificate_events_cert_idx').on(t.certificateId, t.at)],
);

export const trainings = pgTable(
  'officer_trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    course: text('course').notNull(),
    hours: numeric('hours', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    trainedOn: date('trained_on').notNull(),
    examScore: numeric('exam_score', { precision: 5, scale: 1, mode: 'number' }),
    provider: text('provider'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('officer_trainings_officer_idx').on(t.officerId, t.trainedOn)],
);

/** Rewards and disciplinary records; a rescinded discipline is marked, not removed. */
export const officerRecords = pgTable(
  'officer_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    type: text('type', { enum: ['reward', 'discipline'] }).notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    decidedOn: date('decided_on').notNull(),
    endsOn: date('ends_on'),
    issuedBy: text('issued_by'),
    rescinded: boolean('rescinded').notNull().default(false),
    rescindReason: text('rescind_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('officer_records_officer_idx').on(t.officerId)],
);

/** 廉政承诺 signed by the officer, one or more a year. */
export const integrityCommitments = pgTable(
  'integrity_commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    year: integer('year').notNull(),
    signedOn: date('signed_on').notNull(),
    content: text('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('integrity_commitments_officer_idx').on(t.officerId, t.year)],
);
