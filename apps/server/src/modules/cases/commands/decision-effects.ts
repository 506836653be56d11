/**
 * What a penalty decision sets off in other contexts, inside the decision's own transaction: the payment notice with
 * its payment reference (罚缴分离, payments module) and the entry in the publication queue with its clock (执法公示,
 * disclosure module). Each context adds one call here; the case module does not know their tables.
 */
import type { Penalty, WorkdayCalendar } from '@quanze/domain';
import type { Tx } from '../../../platform/db.ts';
import { enqueueDecisionForPublication } from '../../disclosure/index.ts';
import { issuePaymentNotice } from '../../payments/index.ts';

export interface DecisionMade {
  caseId: string;
  bureauId: string;
  departmentId: string;
  powerId: string;
  decisionNumber: string;
  decidedAt: Date;
  penalty: Penalty;
  party: { kind: 'citizen' | 'organisation'; name: string };
  actorUserId: string | null;
}

/**
 * `calendar` is the case action's own (ActionContext.config.calendar, from procedureConfigOf): the bureau's database
 * calendar, so a clock started here counts the same working days — a year just entered, a correction — as the case's
 * own clocks, not the calendar compiled into the build.
 */
export async function decisionEffects(tx: Tx, decision: DecisionMade, calendar: WorkdayCalendar): Promise<void> {
  await issuePaymentNotice(tx, decision); // payments: the 缴款通知 with its 缴款码 when the penalty carries money
  await enqueueDecisionForPublication(tx, decision, calendar); // disclosure: the publication queue with its 7-WD clock
}
