/**
 * 当场收缴罚款的交付时限 (行政处罚法 第七十一条, LAW.md §11 T1): the officer hands the cash to the agency within 2
 * working days of collecting it (on water: of landing), the agency pays it into the designated bank within 2 working
 * days of receiving it. Overdue is an alert, not a block: the hand-over is recorded late, with the delay visible.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { WorkdayCalendar } from '../calendar/workday-calendar.ts';
import type { Citation } from '../citation.ts';
import { computeDeadline } from '../deadlines/compute-deadline.ts';
import { EXECUTION_CLOCKS } from '../deadlines/execution-clocks.ts';

export interface CashHandoverInput {
  collectedOn: LocalDate;
  onWater: boolean;
  /** 抵岸日期 for cash collected on water; null while still afloat. */
  landedOn: LocalDate | null;
  handedToAgencyOn: LocalDate | null;
  depositedToBankOn: LocalDate | null;
  today: LocalDate;
}

export interface HandoverStage {
  /** The clock has started (collection, landing or receipt by the agency recorded). */
  started: boolean;
  dueDate: LocalDate | null;
  doneOn: LocalDate | null;
  /** Working days left after today (negative = overdue); null when done or not started. */
  daysLeft: number | null;
  overdue: boolean;
  provisional: boolean;
  basis: Citation;
}

export interface CashHandoverStatus {
  toAgency: HandoverStage;
  toBank: HandoverStage;
}

function stage(
  clock: (typeof EXECUTION_CLOCKS)[keyof typeof EXECUTION_CLOCKS],
  start: LocalDate | null,
  doneOn: LocalDate | null,
  today: LocalDate,
  calendar: WorkdayCalendar,
): HandoverStage {
  const basis = clock.basis;
  if (start === null) return { started: false, dueDate: null, doneOn, daysLeft: null, overdue: false, provisional: false, basis };
  const d = computeDeadline({ clock, startDate: start, calendar });
  const due = d.dueDate!;
  const overdue = doneOn !== null ? doneOn > due : today > due;
  return {
    started: true,
    dueDate: due,
    doneOn,
    daysLeft: doneOn === null ? d.daysLeft(today) : null,
    overdue,
    provisional: d.provisional,
    basis,
  };
}

export function cashHandoverStatus(input: CashHandoverInput, calendar: WorkdayCalendar): CashHandoverStatus {
  const agencyClock = input.onWater ? EXECUTION_CLOCKS.cashHandoverAfterLanding : EXECUTION_CLOCKS.cashHandoverToAgency;
  const agencyStart = input.onWater ? input.landedOn : input.collectedOn;
  return {
    toAgency: stage(agencyClock, agencyStart, input.handedToAgencyOn, input.today, calendar),
    toBank: stage(EXECUTION_CLOCKS.cashDepositToBank, input.handedToAgencyOn, input.depositedToBankOn, input.today, calendar),
  };
}

export type HandoverCheck = { ok: true } | { ok: false; reason: string; basis: Citation };

/** Recording a hand-over: in order, not before the earlier step, not in the future. */
export function checkHandover(input: CashHandoverInput, stageName: 'agency' | 'bank', on: LocalDate): HandoverCheck {
  const basis = EXECUTION_CLOCKS.cashHandoverToAgency.basis;
  if (on > input.today) return { ok: false, reason: '交付日期不得晚于今天', basis };
  if (stageName === 'agency') {
    if (input.handedToAgencyOn !== null) return { ok: false, reason: '已登记交至行政机关', basis };
    const from = input.onWater ? input.landedOn : input.collectedOn;
    if (from === null) return { ok: false, reason: '水上收缴的罚款须先登记抵岸日期', basis };
    if (on < input.collectedOn) return { ok: false, reason: '交付日期不得早于收缴日期', basis };
    return { ok: true };
  }
  if (input.handedToAgencyOn === null)
    return { ok: false, reason: '须先登记执法人员将罚款交至行政机关', basis: EXECUTION_CLOCKS.cashDepositToBank.basis };
  if (input.depositedToBankOn !== null) return { ok: false, reason: '已登记缴付银行', basis: EXECUTION_CLOCKS.cashDepositToBank.basis };
  if (on < input.handedToAgencyOn)
    return { ok: false, reason: '缴付银行日期不得早于交至行政机关的日期', basis: EXECUTION_CLOCKS.cashDepositToBank.basis };
  return { ok: true };
}
