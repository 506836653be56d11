/**
 * What a party owes on a payment notice on a given day: the principal (fines + confiscated illegal income), the
 * 加处罚款 accrued since the payment deadline and what the recorded payments covered (LAW.md §11 T9, T10).
 * - The deadline is the finePayment clock (15 calendar days from service, 第六十七条; a last day on a rest day rolls
 *   over), or the approved deferral / instalment dates (第六十六条).
 * - From the day after a due date, each day adds 3 % of the part of the fine that is overdue and still unpaid
 *   (第七十二条); days while 复议 or 诉讼 is pending do not count (第七十三条); the total never exceeds the fine.
 *   Confiscated illegal income carries no surcharge. The rate is applied to the unpaid fine: a partial payment
 *   lowers the daily amount (the reading most favourable to the party; the law fixes only rate and cap).
 * - A payment covers the principal first (the fine before the confiscated income), then the surcharge; the
 *   payment day itself is counted like computeSurcharge counts `asOf`. Anything beyond is an overpayment.
 * Money is integer fen; rounding down to the fen happens once, on the total (SURCHARGE_RULE.rounding).
 */
import { toDayNumber, fromDayNumber, type LocalDate } from '../calendar/local-date.ts';
import type { WorkdayCalendar } from '../calendar/workday-calendar.ts';
import type { Citation } from '../citation.ts';
import type { Suspension } from '../deadlines/clock-changes.ts';
import { computeDeadline } from '../deadlines/compute-deadline.ts';
import { EXECUTION_CLOCKS } from '../deadlines/execution-clocks.ts';
import { SURCHARGE_RULE } from '../deadlines/surcharge.ts';
import { DEFERRAL, PAYMENT_SEPARATION, REMEDY_PENDING } from './sources.ts';

export interface Instalment {
  dueDate: LocalDate;
  amountFen: number;
}

/** An approved 暂缓缴纳 (one new date for everything) or 分期缴纳 (dates and amounts). */
export type PaymentArrangement = { kind: 'deferral'; until: LocalDate } | { kind: 'instalments'; instalments: readonly Instalment[] };

export interface PaymentTerms {
  /** The fine: base and cap of the surcharge. */
  fineFen: number;
  /** Fine + confiscated illegal income: what the notice asks for. */
  principalFen: number;
  /** Day the decision was served (start of the finePayment clock); null before service. */
  servedOn: LocalDate | null;
  arrangement: PaymentArrangement | null;
  /** 复议 / 诉讼 pending (inclusive; `to` null while still pending). */
  pauses: readonly Suspension[];
}

export interface LedgerPayment {
  paidOn: LocalDate;
  amountFen: number;
}

export interface PaymentAllocation {
  /** Index of the payment in the input array. */
  index: number;
  paidOn: LocalDate;
  amountFen: number;
  toPrincipalFen: number;
  toSurchargeFen: number;
  excessFen: number;
  /** Surcharge accrued by the payment day (whatever was paid before). */
  surchargeAccruedFen: number;
  /** Principal and surcharge still owed right after this payment. */
  outstandingAfterFen: number;
  /** Paid after a due date had passed with principal overdue. */
  late: boolean;
}

export interface Ledger {
  /** The statutory payment deadline (15 days after service), null before service. */
  statutoryDueDate: LocalDate | null;
  /** The dates that apply: the statutory one, or the approved arrangement's. */
  schedule: Instalment[];
  /** The last due date of the schedule. */
  finalDueDate: LocalDate | null;
  provisional: boolean;
  principalFen: number;
  principalPaidFen: number;
  surchargeFen: number;
  surchargePaidFen: number;
  surchargeCapped: boolean;
  /** Days on which surcharge accrued (not paused, something overdue). */
  surchargeDays: number;
  outstandingFen: number;
  /** Principal past its due date and unpaid as of `asOf`. */
  overdueFen: number;
  overpaidFen: number;
  paidFen: number;
  paidInFullOn: LocalDate | null;
  allocations: PaymentAllocation[];
  basis: Citation[];
}

export function paymentSchedule(
  terms: PaymentTerms,
  calendar: WorkdayCalendar,
): { statutory: LocalDate | null; schedule: Instalment[]; provisional: boolean } {
  if (terms.servedOn === null) return { statutory: null, schedule: [], provisional: false };
  const d = computeDeadline({ clock: EXECUTION_CLOCKS.finePayment, startDate: terms.servedOn, calendar });
  const statutory = d.dueDate!;
  const a = terms.arrangement;
  const schedule: Instalment[] =
    a === null
      ? [{ dueDate: statutory, amountFen: terms.principalFen }]
      : a.kind === 'deferral'
        ? [{ dueDate: a.until, amountFen: terms.principalFen }]
        : a.instalments.map((i) => ({ ...i }));
  return { statutory, schedule, provisional: d.provisional };
}

export function computeLedger(terms: PaymentTerms, payments: readonly LedgerPayment[], asOf: LocalDate, calendar: WorkdayCalendar): Ledger {
  const { fineFen, principalFen } = terms;
  if (!Number.isSafeInteger(fineFen) || fineFen < 0 || !Number.isSafeInteger(principalFen) || principalFen < fineFen) {
    throw new RangeError('罚款与应缴金额应为非负整数（分），且应缴金额不小于罚款');
  }
  const { statutory, schedule, provisional } = paymentSchedule(terms, calendar);
  const dues = schedule.map((i) => ({ day: toDayNumber(i.dueDate), amount: i.amountFen })).sort((a, b) => a.day - b.day);
  const pauses = terms.pauses.map((p) => ({ from: toDayNumber(p.from), to: p.to ? toDayNumber(p.to) : Infinity }));
  const order = payments
    .map((p, index) => ({ ...p, index, day: toDayNumber(p.paidOn) }))
    .sort((a, b) => a.day - b.day || a.index - b.index);
  const asOfDay = toDayNumber(asOf);
  const lastPaymentDay = order.length ? order[order.length - 1]!.day : -Infinity;
  const firstDueDay = dues.length ? dues[0]!.day : Infinity;
  const start = Math.min(firstDueDay + 1, order.length ? order[0]!.day : Infinity);
  const end = Math.max(asOfDay, lastPaymentDay);

  let accrued = 0; // fen × percent
  let surchargeDays = 0;
  let principalPaid = 0;
  let surchargePaid = 0;
  let overpaid = 0;
  let paidInFullOn: number | null = null;
  const allocations: PaymentAllocation[] = [];
  const surchargeNow = () => Math.min(Math.floor(accrued / 100), fineFen);
  let next = 0;
  for (let d = start; d <= end && Number.isFinite(start); d++) {
    // Surcharge for day d, on what stood unpaid when the day began — counted only up to asOf.
    if (d <= asOfDay && d > firstDueDay && surchargeNow() < fineFen && !pauses.some((p) => p.from <= d && d <= p.to)) {
      const dueBefore = dues.filter((x) => x.day < d).reduce((s, x) => s + x.amount, 0);
      const base = Math.min(Math.max(0, fineFen - principalPaid), Math.max(0, dueBefore - principalPaid));
      if (base > 0) {
        accrued += base * SURCHARGE_RULE.percentPerDay;
        surchargeDays++;
      }
    }
    while (next < order.length && order[next]!.day === d) {
      const p = order[next++]!;
      const overdueAtPayment =
        dues.some((x) => x.day < d) && dues.filter((x) => x.day < d).reduce((s, x) => s + x.amount, 0) > principalPaid;
      const toPrincipal = Math.min(p.amountFen, principalFen - principalPaid);
      principalPaid += toPrincipal;
      const surcharge = surchargeNow();
      const toSurcharge = Math.min(p.amountFen - toPrincipal, surcharge - surchargePaid);
      surchargePaid += toSurcharge;
      const excess = p.amountFen - toPrincipal - toSurcharge;
      overpaid += excess;
      const outstandingAfter = principalFen - principalPaid + (surcharge - surchargePaid);
      if (outstandingAfter === 0 && paidInFullOn === null) paidInFullOn = d;
      allocations.push({
        index: p.index,
        paidOn: p.paidOn,
        amountFen: p.amountFen,
        toPrincipalFen: toPrincipal,
        toSurchargeFen: toSurcharge,
        excessFen: excess,
        surchargeAccruedFen: surcharge,
        outstandingAfterFen: outstandingAfter,
        late: overdueAtPayment || surcharge > 0,
      });
    }
    // Nothing more can change once everything is paid and no payment is left to place.
    if (next >= order.length && d >= firstDueDay && (principalPaid === principalFen || surchargeNow() >= fineFen)) break;
  }
  const surchargeFen = surchargeNow();
  const dueByAsOf = dues.filter((x) => x.day < asOfDay).reduce((s, x) => s + x.amount, 0);
  const basis: Citation[] = [PAYMENT_SEPARATION, SURCHARGE_RULE.basis, SURCHARGE_RULE.noticeBasis];
  if (terms.arrangement) basis.push(DEFERRAL);
  if (pauses.length) basis.push(REMEDY_PENDING);
  return {
    statutoryDueDate: statutory,
    schedule,
    finalDueDate: dues.length ? fromDayNumber(dues[dues.length - 1]!.day) : null,
    provisional,
    principalFen,
    principalPaidFen: principalPaid,
    surchargeFen,
    surchargePaidFen: surchargePaid,
    surchargeCapped: fineFen > 0 && Math.floor(accrued / 100) >= fineFen,
    surchargeDays,
    outstandingFen: principalFen - principalPaid + surchargeFen - surchargePaid,
    overdueFen: Math.max(0, dueByAsOf - principalPaid),
    overpaidFen: overpaid,
    paidFen: principalPaid + surchargePaid + overpaid,
    paidInFullOn: paidInFullOn === null ? null : fromDayNumber(paidInFullOn),
    allocations: allocations.sort((a, b) => a.index - b.index),
    basis,
  };
}
