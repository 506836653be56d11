/**
 * Open clocks kept by other modules' records, for the deadline view and the scan — computed with those modules' own
 * domain functions, not re-derived here:
 * - 先行登记保存 disposal, 7 working days (行政处罚法 第五十六条): evidence_preservations in force, through
 *   preservationDisposalDeadline (packages/domain/src/evidence);
 * - 当场收缴罚款 hand-over, officer → agency and agency → bank, 2 working days each (第七十一条): cash payments not yet
 *   handed over / deposited, through cashHandoverStatus (packages/domain/src/payments) for which stage is open.
 * - 催告 and the application to the court (行政强制法 第五十四条 10 working days after the reminder is served, a waiting
 *   period; 第五十三条 three months after the remedy periods end): unpaid, served payment notices without a court
 *   application, through the payments module's ledgerOf / trackOf (the enforcement track its tab shows).
 * They are few (pending records only), so they are computed on every read rather than stored.
 */
import { and, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { cashHandoverStatus, clockById, computeDeadline, EXECUTION_CLOCKS, preservationDisposalDeadline, type LocalDate, type WorkdayCalendar } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { penaltyCases } from '../cases/cases.table.ts';
import { evidencePreservations } from '../evidence/evidence.table.ts';
import { departments } from '../org/org.table.ts';
import { ledgerOf, trackOf } from '../payments/core.ts';
import { paymentNotices, payments } from '../payments/payments.table.ts';
import { clockCaseColumns, type OpenClock } from './open-clocks.ts';

/** `conds` are on penalty_cases (the actor's data scope). */
export async function otherOpenClocks(db: Executor, conds: SQL[], calendar: WorkdayCalendar, today: LocalDate): Promise<OpenClock[]> {
  const [preservations, cash, notices] = await Promise.all([
    db
      .select({ p: evidencePreservations, ...clockCaseColumns })
      .from(evidencePreservations)
      .innerJoin(penaltyCases, eq(penaltyCases.id, evidencePreservations.caseId))
      .leftJoin(departments, eq(departments.id, penaltyCases.departmentId))
      .where(and(inArray(evidencePreservations.status, ['approved', 'emergency']), ...conds)),
    db
      .select({ pay: payments, ...clockCaseColumns })
      .from(payments)
      .innerJoin(penaltyCases, eq(penaltyCases.id, payments.caseId))
      .leftJoin(departments, eq(departments.id, penaltyCases.departmentId))
      .where(and(eq(payments.source, 'cash'), or(isNull(payments.handedToAgencyOn), isNull(payments.depositedToBankOn)), ...conds)),
    db
      .select({ n: paymentNotices, ...clockCaseColumns })
      .from(paymentNotices)
      .innerJoin(penaltyCases, eq(penaltyCases.id, paymentNotices.caseId))
      .leftJoin(departments, eq(departments.id, penaltyCases.departmentId))
      .where(and(isNotNull(paymentNotices.servedOn), isNull(paymentNotices.completedAt), sql`${paymentNotices.courtApplication} is null`, ...conds)),
  ]);
  const out: OpenClock[] = [];
  for (const { p, ...row } of preservations) {
    const deadline = preservationDisposalDeadline(p, calendar);
    if (deadline) out.push({ clockId: 'evidencePreservationDisposal', refId: p.id, deadline, row, clock: clockById('evidencePreservationDisposal') });
  }
  for (const { pay, ...row } of cash) {
    const input = { collectedOn: pay.paidOn, onWater: pay.onWater, landedOn: pay.landedOn, handedToAgencyOn: pay.handedToAgencyOn, depositedToBankOn: pay.depositedToBankOn, today };
    const status = cashHandoverStatus(input, calendar);
    // The stage that is open (started, not done), with the same clock and start date cashHandoverStatus counted from.
    const agencyClock = pay.onWater ? 'cashHandoverAfterLanding' : 'cashHandoverToAgency';
    const agencyStart = pay.onWater ? pay.landedOn : pay.paidOn;
    if (status.toAgency.started && status.toAgency.doneOn === null && agencyStart) {
      out.push({ clockId: agencyClock, refId: pay.id, deadline: computeDeadline({ clock: EXECUTION_CLOCKS[agencyClock], startDate: agencyStart, calendar }), row, clock: clockById(agencyClock) });
    }
    if (status.toBank.started && status.toBank.doneOn === null && pay.handedToAgencyOn) {
      out.push({ clockId: 'cashDepositToBank', refId: pay.id, deadline: computeDeadline({ clock: EXECUTION_CLOCKS.cashDepositToBank, startDate: pay.handedToAgencyOn, calendar }), row, clock: clockById('cashDepositToBank') });
    }
  }
  const paid = notices.length === 0 ? [] : await db.select().from(payments).where(inArray(payments.noticeId, notices.map((r) => r.n.id)));
  for (const { n, ...row } of notices) {
    const track = trackOf(n, ledgerOf(n, paid.filter((p) => p.noticeId === n.id), today, calendar), today, calendar);
    // Paid, applied or not applicable: no clock. A closed window stays, overdue (第五十三条: the court route is lost).
    if (track.windowStatus === 'applied' || track.windowStatus === 'notApplicable') continue;
    if (track.reminderServedOn && track.reminderWaitEndsOn && today <= track.reminderWaitEndsOn) {
      const deadline = computeDeadline({ clock: EXECUTION_CLOCKS.reminderWaitingPeriod, startDate: track.reminderServedOn, calendar });
      out.push({ clockId: 'reminderWaitingPeriod', refId: n.id, deadline, row, clock: clockById('reminderWaitingPeriod') });
    }
    if (track.windowStartsAfter) {
      const deadline = computeDeadline({ clock: EXECUTION_CLOCKS.courtEnforcementApplication, startDate: track.windowStartsAfter, calendar });
      out.push({ clockId: 'courtEnforcementApplication', refId: n.id, deadline, row, clock: clockById('courtEnforcementApplication') });
    }
  }
  return out;
}
