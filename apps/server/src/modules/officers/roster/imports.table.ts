import { doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../identity/identity.table.ts';
import { bureaus } from '../../org/org.table.ts';

export interface ImportRowError {
  /** Excel row number as the user sees it (the header is row 1). */
  row: number;
  /** Column key (name, idCardNumber, departmentName …); the message names the column in Chinese. */
  field: string;
  message: string;
}

/**
 * A parsed row waiting for commit. The ID-card number is sealed with the field cipher (SM4 + HMAC-SM3) and
 * indexed with the blind index: the plain number is never stored here (SECURITY.md battery 18).
 */
export interface ImportRow {
  row: number;
  name: string;
  gender: 'male' | 'female';
  idCardSealed: string;
  idCardIndex: string;
  employmentType: 'civilServant' | 'civilServantManaged' | 'publicInstitution' | 'contract' | 'dispatched';
  departmentId: string;
  postId: string | null;
  legalProfessionQualification: boolean;
  legalProfessionCertificateNumber: string | null;
  education: string | null;
  certificate: {
    status: 'applied' | 'examPassed' | 'valid' | 'reviewFailed' | 'suspended' | 'revoked' | 'cancelled' | 'expired';
    number: string | null;
    issuingAuthority: string | null;
    categories: string[];
    areas: string[];
    validFrom: string | null;
    validTo: string | null;
    lastReviewedYear: number | null;
  } | null;
  /** false when the row has an error; only valid rows are ever committed. */
  valid: boolean;
}

/**
 * Roster imports (执法人员名册导入): validated in the background with progress stored here so that any app node can
 * answer the progress request; committed in one transaction. `rows` is cleared once committed.
 */
export const officerImports = pgTable(
  'officer_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    fileName: text('file_name'),
    status: text('status', { enum: ['validating', 'validated', 'committing', 'committed', 'failed'] }).notNull(),
    progress: doublePrecision('progress').notNull().default(0),
    total: integer('total').notNull().default(0),
    valid: integer('valid').notNull().default(0),
    /** The first MAX_STORED_ERRORS errors; errorCount counts them all. */
    errors: jsonb('errors').notNull().$type<ImportRowError[]>().default([]),
    errorCount: integer('error_count').notNull().default(0),
    rows: jsonb('rows').$type<ImportRow[]>(),
    failureReason: text('failure_reason'),
    imported: integer('imported'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('officer_imports_bureau_idx').on(t.bureauId, t.createdAt)],
);
