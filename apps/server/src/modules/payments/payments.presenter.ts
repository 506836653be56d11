/** Notice, ledger, payments and reconciliation rows → DTOs (money in fen, dates as YYYY-MM-DD). */
import type { CasePaymentsDto, PaymentDto, PaymentNoticeDto, ReconciliationDto } from '@quanze/contracts';
import {
  cashHandoverStatus,
  executionCompleteness,
  groupPaymentReference,
  type Ledger,
  type LocalDate,
  type WorkdayCalendar,
} from '@quanze/domain';
import { trackOf } from './notice-ledger.ts';
import type { NoticeRow, PaymentRow, ReconciliationRow } from './payments.repository.ts';

export function presentNotice(n: NoticeRow, ledger: Ledger, today: LocalDate, calendar: WorkdayCalendar): PaymentNoticeDto {
  const t = trackOf(n, ledger, today, calendar);
  const a = n.arrangement;
  return {
    id: n.id,
    caseId: n.caseId,
    reference: n.reference,
    referenceGrouped: groupPaymentReference(n.reference),
    decisionNumber: n.decisionNumber,
    partyName: n.partyName,
    fineFen: n.fineFen,
    confiscatedIncomeFen: n.confiscatedIncomeFen,
    principalFen: n.principalFen,
    issuedAt: n.issuedAt.toISOString(),
    servedOn: n.servedOn,
    statutoryDueDate: ledger.statutoryDueDate,
    finalDueDate: ledger.finalDueDate,
    schedule: ledger.schedule,
    arrangement: a
      ? {
          kind: a.arrangement.kind,
          until: a.arrangement.kind === 'deferral' ? a.arrangement.until : null,
          instalments: a.arrangement.kind === 'instalments' ? [...a.arrangement.instalments] : [],
          appliedOn: a.appliedOn,
          reason: a.reason,
          approvedByName: a.approvedByName,
          approvedAt: a.approvedAt,
        }
      : null,
    pauses: n.pauses.map((p) => ({ kind: p.kind, from: p.from, to: p.to, note: p.note })),
    ledger: {
      principalPaidFen: ledger.principalPaidFen,
      surchargeFen: ledger.surchargeFen,
      surchargePaidFen: ledger.surchargePaidFen,
      surchargeCapped: ledger.surchargeCapped,
      surchargeDays: ledger.surchargeDays,
      outstandingFen: ledger.outstandingFen,
      overdueFen: ledger.overdueFen,
      overpaidFen: ledger.overpaidFen,
      paidFen: ledger.paidFen,
      paidInFullOn: ledger.paidInFullOn,
      provisional: ledger.provisional,
    },
    enforcement: {
      remedyPeriodEndsOn: t.remedyPeriodEndsOn,
      remedyPending: t.remedyPending,
      reminder: n.reminder ? { servedOn: n.reminder.servedOn, method: n.reminder.method, amountFen: n.reminder.amountFen } : null,
      reminderWaitEndsOn: t.reminderWaitEndsOn,
      windowStartsAfter: t.windowStartsAfter,
      windowClosesOn: t.windowClosesOn,
      windowDaysLeft: t.windowDaysLeft,
      windowStatus: t.windowStatus,
      courtApplication: n.courtApplication
        ? { appliedOn: n.courtApplication.appliedOn, court: n.courtApplication.court, note: n.courtApplication.note }
        : null,
      reminderBlock: t.reminderBlock,
      applicationBlock: t.applicationBlock,
      provisional: t.provisional,
    },
    completeness: executionCompleteness(n.penalty, ledger),
    basis: [...ledger.basis, ...t.basis],
    version: n.version,
  };
}

export function presentPayments(
  rows: readonly PaymentRow[],
  ledger: Ledger | null,
  today: LocalDate,
  calendar: WorkdayCalendar,
): PaymentDto[] {
  return rows.map((p, i) => {
    const a = ledger?.allocations.find((x) => x.index === i);
    return {
      id: p.id,
      source: p.source,
      amountFen: p.amountFen,
      paidAt: p.paidAt.toISOString(),
      paidOn: p.paidOn,
      payerName: p.payerName,
      bankSerial: p.bankSerial,
      reconciliationId: p.reconciliationId,
      receiptNumber: p.receiptNumber,
      recordedByName: p.recordedByName,
      toPrincipalFen: a?.toPrincipalFen ?? 0,
      toSurchargeFen: a?.toSurchargeFen ?? 0,
      excessFen: a?.excessFen ?? 0,
      late: a?.late ?? false,
      cash:
        p.source === 'cash'
          ? {
              collectedOn: p.paidOn,
              onWater: p.onWater,
              landedOn: p.landedOn,
              ...cashHandoverStatus(
                {
                  collectedOn: p.paidOn,
                  onWater: p.onWater,
                  landedOn: p.landedOn,
                  handedToAgencyOn: p.handedToAgencyOn,
                  depositedToBankOn: p.depositedToBankOn,
                  today,
                },
                calendar,
              ),
            }
          : null,
    };
  });
}

export function presentCasePayments(
  notice: PaymentNoticeDto | null,
  payments: PaymentDto[],
  canManage: boolean,
  canApprove: boolean,
): CasePaymentsDto {
  return { notice, payments, canManage, canApprove };
}

const emptySummary = { total: 0, matched: 0, partial: 0, overpaid: 0, duplicate: 0, unmatched: 0, late: 0, appliedFen: 0 };

export function presentReconciliation(r: ReconciliationRow): ReconciliationDto {
  return {
    id: r.id,
    status: r.status,
    fileName: r.fileName,
    encoding: r.encoding,
    failureReason: r.failureReason,
    createdAt: r.createdAt.toISOString(),
    actorName: r.actorName,
    committedAt: r.committedAt?.toISOString() ?? null,
    summary: r.report?.summary ?? emptySummary,
    errors: r.errors,
    errorCount: r.errorCount,
    rows: (r.report?.rows ?? []).map((x) => ({
      line: x.line,
      serial: x.serial,
      reference: x.reference,
      payer: x.payer,
      amountFen: x.amountFen,
      paidAt: x.paidAt,
      outcome: x.outcome,
      late: x.late,
      surchargeFen: x.surchargeFen,
      excessFen: x.excessFen,
      outstandingAfterFen: x.outstandingAfterFen,
      message: x.message,
      caseId: x.caseId,
      decisionNumber: x.decisionNumber,
    })),
  };
}
