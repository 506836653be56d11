/**
 * 罚缴分离 and execution: the payment notice of a case with its ledger, payments, cash hand-overs, deferral /
 * instalments, 复议/诉讼 pauses, 催告 and the court-enforcement window; the bank reconciliation import.
 * Money is integer fen; dates YYYY-MM-DD; instants ISO strings.
 *
 * Reconciliation CSV (UTF-8 with or without BOM, or GBK): a header row naming the columns
 *   流水号,缴款码,缴款人,金额,到账时间
 * (order free, other columns ignored); 金额 in yuan with at most two decimals; 到账时间 'YYYY-MM-DD HH:mm:ss'
 * Beijing time (a date alone is read as 00:00).
 */
import { z } from 'zod';

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const citation = z.object({ law: z.string(), article: z.string(), note: z.string().optional() });
const version = z.number().int().min(1);
const amountFen = z.number().int('金额以分为单位，应为整数').min(1, '金额应大于0').max(100_000_000_000);
const text = (max: number, label: string) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过 ${max} 个字`);

/** 当场收缴罚款 (第六十八条、第六十九条, receipt 第七十条): the body of the case action collectCashOnTheSpot. */
export const CollectCashBody = z.object({
  version,
  amountFen,
  receiptNumber: text(64, '专用票据号码'),
  receiptIssuer: z.enum(['ministryOfFinance', 'provincialFinance', 'other']),
  hardToEnforceLater: z.boolean().default(false),
  remoteArea: z.boolean().default(false),
  bankPaymentDifficult: z.boolean().default(false),
  partyRequested: z.boolean().default(false),
  /** Collected on water: the hand-over clock runs from landing (第七十一条). */
  onWater: z.boolean().default(false),
  payerName: z.string().trim().max(200).default(''),
});

export const RemedyPauseRequest = z.object({
  version,
  kind: z.enum(['reconsideration', 'litigation']),
  from: isoDate,
  note: z.string().trim().max(2000).default(''),
});
export const EndRemedyPauseRequest = z.object({ version, to: isoDate, note: z.string().trim().max(2000).default('') });

export const InstalmentDto = z.object({ dueDate: isoDate, amountFen });
export const ArrangementRequest = z.discriminatedUnion('kind', [
  z.object({ version, kind: z.literal('deferral'), until: isoDate, appliedOn: isoDate, reason: text(2000, '经济困难情况') }),
  z.object({
    version,
    kind: z.literal('instalments'),
    instalments: z.array(InstalmentDto).min(2, '分期缴纳至少两期').max(36),
    appliedOn: isoDate,
    reason: text(2000, '经济困难情况'),
  }),
]);
export type ArrangementRequest = z.infer<typeof ArrangementRequest>;

export const ReminderRequest = z.object({
  version,
  servedOn: isoDate,
  method: z.enum(['direct', 'leftAtResidence', 'entrusted', 'mail', 'electronic', 'publicNotice']),
  note: z.string().trim().max(2000).default(''),
});
export const CourtApplicationRequest = z.object({
  version,
  appliedOn: isoDate,
  court: text(200, '受理法院'),
  note: z.string().trim().max(2000).default(''),
});

export const HandoverRequest = z.object({ stage: z.enum(['agency', 'bank']), on: isoDate, note: z.string().trim().max(500).default('') });
export const LandingRequest = z.object({ landedOn: isoDate });

const stage = z.object({
  started: z.boolean(),
  dueDate: z.string().nullable(),
  doneOn: z.string().nullable(),
  daysLeft: z.number().nullable(),
  overdue: z.boolean(),
  provisional: z.boolean(),
  basis: citation,
});
const block = z.object({ code: z.string(), reason: z.string(), basis: citation }).nullable();

export const PaymentDto = z.object({
  id: z.string(),
  source: z.enum(['bank', 'cash']),
  amountFen: z.number(),
  paidAt: z.string(),
  paidOn: z.string(),
  payerName: z.string(),
  bankSerial: z.string().nullable(),
  reconciliationId: z.string().nullable(),
  receiptNumber: z.string().nullable(),
  recordedByName: z.string(),
  toPrincipalFen: z.number(),
  toSurchargeFen: z.number(),
  excessFen: z.number(),
  late: z.boolean(),
  cash: z
    .object({
      collectedOn: z.string(),
      onWater: z.boolean(),
      landedOn: z.string().nullable(),
      toAgency: stage,
      toBank: stage,
    })
    .nullable(),
});
export type PaymentDto = z.infer<typeof PaymentDto>;

export const PaymentNoticeDto = z.object({
  id: z.string(),
  caseId: z.string(),
  reference: z.string(),
  referenceGrouped: z.string(),
  decisionNumber: z.string().nullable(),
  partyName: z.string(),
  fineFen: z.number(),
  confiscatedIncomeFen: z.number(),
  principalFen: z.number(),
  issuedAt: z.string(),
  servedOn: z.string().nullable(),
  statutoryDueDate: z.string().nullable(),
  finalDueDate: z.string().nullable(),
  schedule: z.array(z.object({ dueDate: z.string(), amountFen: z.number() })),
  arrangement: z
    .object({
      kind: z.enum(['deferral', 'instalments']),
      until: z.string().nullable(),
      instalments: z.array(z.object({ dueDate: z.string(), amountFen: z.number() })),
      appliedOn: z.string(),
      reason: z.string(),
      approvedByName: z.string(),
      approvedAt: z.string(),
    })
    .nullable(),
  pauses: z.array(
    z.object({ kind: z.enum(['reconsideration', 'litigation']), from: z.string(), to: z.string().nullable(), note: z.string() }),
  ),
  ledger: z.object({
    principalPaidFen: z.number(),
    surchargeFen: z.number(),
    surchargePaidFen: z.number(),
    surchargeCapped: z.boolean(),
    surchargeDays: z.number(),
    outstandingFen: z.number(),
    overdueFen: z.number(),
    overpaidFen: z.number(),
    paidFen: z.number(),
    paidInFullOn: z.string().nullable(),
    provisional: z.boolean(),
  }),
  enforcement: z.object({
    remedyPeriodEndsOn: z.string().nullable(),
    remedyPending: z.boolean(),
    reminder: z.object({ servedOn: z.string(), method: z.string(), amountFen: z.number() }).nullable(),
    reminderWaitEndsOn: z.string().nullable(),
    windowStartsAfter: z.string().nullable(),
    windowClosesOn: z.string().nullable(),
    windowDaysLeft: z.number().nullable(),
    windowStatus: z.enum(['notApplicable', 'notYetOpen', 'open', 'closed', 'applied']),
    courtApplication: z.object({ appliedOn: z.string(), court: z.string(), note: z.string() }).nullable(),
    reminderBlock: block,
    applicationBlock: block,
    provisional: z.boolean(),
  }),
  completeness: z.object({ complete: z.boolean(), paidInFullOn: z.string().nullable(), otherSanctions: z.array(z.string()) }),
  basis: z.array(citation),
  version: z.number(),
});
export type PaymentNoticeDto = z.infer<typeof PaymentNoticeDto>;

export const CasePaymentsDto = z.object({
  notice: PaymentNoticeDto.nullable(),
  payments: z.array(PaymentDto),
  /** May record pauses, 催告, court application and hand-overs. */
  canManage: z.boolean(),
  /** May approve deferral / instalments (leader). */
  canApprove: z.boolean(),
});
export type CasePaymentsDto = z.infer<typeof CasePaymentsDto>;

export const ReconciliationRowDto = z.object({
  line: z.number(),
  serial: z.string(),
  reference: z.string(),
  payer: z.string(),
  amountFen: z.number(),
  paidAt: z.string(),
  outcome: z.enum(['matched', 'partial', 'overpaid', 'duplicate', 'unmatched']),
  late: z.boolean(),
  surchargeFen: z.number(),
  excessFen: z.number(),
  outstandingAfterFen: z.number(),
  message: z.string(),
  caseId: z.string().nullable(),
  decisionNumber: z.string().nullable(),
});
export const ReconciliationSummaryDto = z.object({
  total: z.number(),
  matched: z.number(),
  partial: z.number(),
  overpaid: z.number(),
  duplicate: z.number(),
  unmatched: z.number(),
  late: z.number(),
  appliedFen: z.number(),
});
export const ReconciliationDto = z.object({
  id: z.string(),
  status: z.enum(['previewed', 'committed', 'failed']),
  fileName: z.string().nullable(),
  encoding: z.string().nullable(),
  failureReason: z.string().nullable(),
  createdAt: z.string(),
  actorName: z.string(),
  committedAt: z.string().nullable(),
  summary: ReconciliationSummaryDto,
  errors: z.array(z.object({ line: z.number(), field: z.string(), message: z.string() })),
  errorCount: z.number(),
  rows: z.array(ReconciliationRowDto),
});
export type ReconciliationDto = z.infer<typeof ReconciliationDto>;
export const ReconciliationListResponse = z.object({ items: z.array(ReconciliationDto.omit({ rows: true, errors: true })) });
export const CommitReconciliationResponse = z.object({ id: z.string(), applied: z.number(), summary: ReconciliationSummaryDto });
