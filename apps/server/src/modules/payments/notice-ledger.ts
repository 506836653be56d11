/** A notice row and its payment rows → the domain's terms, ledger, completeness and enforcement track. */
import {
  computeLedger,
  enforcementTrack,
  executionCompleteness,
  type Ledger,
  type LedgerPayment,
  type LocalDate,
  type PaymentTerms,
  type WorkdayCalendar,
} from '@quanze/domain';
import type { Tx } from '../../platform/db.ts';
import { appendExecutionCompleted, updateNotice, type NoticeRow, type PaymentRow } from './payments.repository.ts';

export function termsOf(n: NoticeRow): PaymentTerms {
  return {
    fineFen: n.fineFen,
    principalFen: n.principalFen,
    servedOn: n.servedOn,
    arrangement: n.arrangement?.arrangement ?? null,
    pauses: n.pauses.map((p) => ({ from: p.from, to: p.to })),
  };
}

export const ledgerPayments = (rows: readonly PaymentRow[]): LedgerPayment[] =>
  rows.map((p) => ({ paidOn: p.paidOn, amountFen: p.amountFen }));

export function ledgerOf(n: NoticeRow, rows: readonly PaymentRow[], today: LocalDate, calendar: WorkdayCalendar): Ledger {
  return computeLedger(termsOf(n), ledgerPayments(rows), today, calendar);
}

export function trackOf(n: NoticeRow, ledger: Ledger, today: LocalDate, calendar: WorkdayCalendar) {
  return enforcementTrack(
    {
      servedOn: n.servedOn,
      finalDueDate: ledger.finalDueDate,
      arranged: n.arrangement !== null,
      outstandingFen: ledger.outstandingFen,
      pauses: n.pauses.map((p) => ({ from: p.from, to: p.to })),
      reminderServedOn: n.reminder?.servedOn ?? null,
      courtAppliedOn: n.courtApplication?.appliedOn ?? null,
      today,
      reconsiderationFirst: n.onTheSpot,
    },
    calendar,
  );
}

/**
 * After payments or pauses changed a notice (inside that transaction): when the ledger now shows everything paid
 * and nothing else of the penalty is left, the notice is marked settled and the case gets its 执行完毕 step. Once.
 */
export async function settleIfPaid(
  tx: Tx,
  n: NoticeRow,
  rows: readonly PaymentRow[],
  today: LocalDate,
  calendar: WorkdayCalendar,
  now: Date,
  actor: { userId: string | null; name: string },
): Promise<{ settled: boolean; ledger: Ledger }> {
  const ledger = ledgerOf(n, rows, today, calendar);
  if (n.paidInFullOn !== null || ledger.paidInFullOn === null) return { settled: false, ledger };
  const done = executionCompleteness(n.penalty, ledger);
  await updateNotice(tx, n.id, {
    paidInFullOn: ledger.paidInFullOn,
    completedAt: done.complete ? now : null,
    updatedAt: now,
    version: n.version + 1,
  });
  if (done.complete) {
    await appendExecutionCompleted(tx, n.caseId, now, actor, {
      noticeId: n.id,
      reference: n.reference,
      paidInFullOn: ledger.paidInFullOn,
      principalFen: ledger.principalFen,
      surchargeFen: ledger.surchargeFen,
      paidFen: ledger.paidFen,
    });
  }
  return { settled: done.complete, ledger };
}
