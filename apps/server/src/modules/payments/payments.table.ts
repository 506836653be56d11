/**
 * 罚缴分离: the payment notice of each decision with a fine (缴款通知, one per case, its 缴款码 unique), the payments
 * recorded against it — imported bank rows (流水号 unique per bureau) and on-the-spot cash with its fiscal receipt
 * (票据号码 unique per bureau) and hand-over dates — the reconciliation imports, and the yearly reference series.
 * Nothing is deleted; a payment is never edited except to record the cash hand-over steps.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalDate, PaymentArrangement, Penalty } from '@quanze/domain';
import { users } from '../identity/identity.table.ts';
import { bureaus } from '../org/org.table.ts';
import { penaltyCases } from '../cases/cases.table.ts';

const fen = (name: string) => bigint(name, { mode: 'number' });

export interface RemedyPause {
  kind: 'reconsideration' | 'litigation';
  from: LocalDate;
  to: LocalDate | null;
  note: string;
}
export interface ArrangementRecord {
  arrangement: PaymentArrangement;
  appliedOn: LocalDate;
  reason: string;
  approvedBy: string;
  approvedByName: string;
  approvedAt: string;
}
export interface ReminderRecord {
  servedOn: LocalDate;
  method: string;
  amountFen: number;
  note: string;
  recordedByName: string;
}
export interface CourtApplicationRecord {
  appliedOn: LocalDate;
  court: string;
  note: string;
  recordedByName: string;
}

export const paymentNotices = pgTable(
  'payment_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCases.id),
    /** 缴款码: 20 characters with its check character (packages/domain/payments/payment-reference.ts). */
    reference: text('reference').notNull(),
    decisionNumber: text('decision_number'),
    partyName: text('party_name').notNull(),
    penalty: jsonb('penalty').notNull().$type<Penalty>(),
    fineFen: fen('fine_fen').notNull(),
    confiscatedIncomeFen: fen('confiscated_income_fen').notNull(),
    principalFen: fen('principal_fen').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** 当场作出的处罚决定: 复议前置 (行政复议法 第二十三条), so the court window follows the 60-day 复议 period only. */
    onTheSpot: boolean('on_the_spot').notNull().default(false),
    /** Day the decision was served: the finePayment clock (15 days) starts here. */
    servedOn: date('served_on').$type<LocalDate>(),
    arrangement: jsonb('arrangement').$type<ArrangementRecord>(),
    pauses: jsonb('pauses')
      .notNull()
      .default(sql`'[]'::jsonb`)
      .$type<RemedyPause[]>(),
    reminder: jsonb('reminder').$type<ReminderRecord>(),
    courtApplication: jsonb('court_application').$type<CourtApplicationRecord>(),
    /** Day the ledger first showed everything paid, and when that was recorded (execution complete). */
    paidInFullOn: date('paid_in_full_on').$type<LocalDate>(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('payment_notices_reference_uq').on(t.reference),
    uniqueIndex('payment_notices_case_uq').on(t.caseId),
    index('payment_notices_bureau_idx').on(t.bureauId, t.issuedAt),
  ],
);

export const paymentReconciliations = pgTable(
  'payment_reconciliations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    actorName: text('actor_name').notNull(),
    fileName: text('file_name'),
    encoding: text('encoding'),
    sha256: text('sha256').notNull(),
    status: text('status', { enum: ['previewed', 'committed', 'failed'] }).notNull(),
    failureReason: text('failure_reason'),
    /** The readable rows as parsed (instants as ISO strings); matched again at commit. */
    rows: jsonb('rows')
      .notNull()
      .default(sql`'[]'::jsonb`)
      .$type<StoredRow[]>(),
    errors: jsonb('errors')
      .notNull()
      .default(sql`'[]'::jsonb`)
      .$type<{ line: number; field: string; message: string }[]>(),
    errorCount: integer('error_count').notNull().default(0),
    /** The matching report: at preview, replaced by the final one at commit. */
    report: jsonb('report').$type<StoredReport>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    committedBy: uuid('committed_by').references(() => users.id),
  },
  (t) => [index('payment_reconciliations_bureau_idx').on(t.bureauId, t.createdAt)],
);

export interface StoredRow {
  line: number;
  serial: string;
  reference: string;
  payer: string;
  amountFen: number;
  paidAt: string;
  paidOn: LocalDate;
  /** The 缴款码 fails its format or check character: reported as unmatched (the bank's record is not corrected). */
  referenceProblem?: string;
}
export interface StoredReport {
  summary: {
    total: number;
    matched: number;
    partial: number;
    overpaid: number;
    duplicate: number;
    unmatched: number;
    late: number;
    appliedFen: number;
  };
  rows: (StoredRow & {
    outcome: 'matched' | 'partial' | 'overpaid' | 'duplicate' | 'unmatched';
    late: boolean;
    surchargeFen: number;
    excessFen: number;
    outstandingAfterFen: number;
    message: string;
    noticeId: string | null;
    caseId: string | null;
    decisionNumber: string | null;
  })[];
}

export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => paymentNotices.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCases.id),
    source: text('source', { enum: ['bank', 'cash'] }).notNull(),
    amountFen: fen('amount_fen').notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }).notNull(),
    paidOn: date('paid_on').notNull().$type<LocalDate>(),
    payerName: text('payer_name').notNull().default(''),
    /** Bank rows: the bank's serial, unique per bureau (a second import of the same row is a duplicate). */
    bankSerial: text('bank_serial'),
    reconciliationId: uuid('reconciliation_id').references(() => paymentReconciliations.id),
    /** Cash: the fiscal receipt (第七十条), unique per bureau. */
    receiptNumber: text('receipt_number'),
    receiptIssuer: text('receipt_issuer'),
    cashGround: text('cash_ground'),
    onWater: boolean('on_water').notNull().default(false),
    landedOn: date('landed_on').$type<LocalDate>(),
    handedToAgencyOn: date('handed_to_agency_on').$type<LocalDate>(),
    handedToAgencyBy: uuid('handed_to_agency_by').references(() => users.id),
    depositedToBankOn: date('deposited_to_bank_on').$type<LocalDate>(),
    depositedBy: uuid('deposited_by').references(() => users.id),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('payments_notice_idx').on(t.noticeId, t.paidAt),
    uniqueIndex('payments_bank_serial_uq')
      .on(t.bureauId, t.bankSerial)
      .where(sql`bank_serial is not null`),
    uniqueIndex('payments_receipt_uq')
      .on(t.bureauId, t.receiptNumber)
      .where(sql`receipt_number is not null`),
    index('payments_cash_open_idx')
      .on(t.bureauId)
      .where(sql`source = 'cash' and deposited_to_bank_on is null`),
  ],
);

/** 缴款码 series: one row per year, locked while the next number is taken. */
export const paymentReferenceSeries = pgTable(
  'payment_reference_series',
  {
    year: integer('year').notNull(),
    lastNumber: bigint('last_number', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ name: 'payment_reference_series_pk', columns: [t.year] })],
);
