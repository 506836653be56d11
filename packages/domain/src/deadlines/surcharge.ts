/**
 * 加处罚款 (surcharge, LAW.md §11 T10): from the day after the payment deadline, 3 % of the fine for every
 * calendar day, never more than the fine (行政处罚法 第七十二条); days while 复议 or 诉讼 is pending are not
 * counted (第七十三条). Money is integer fen.
 */
import type { Citation } from '../citation.ts';
import { toDayNumber, type LocalDate } from '../calendar/local-date.ts';
import type { Suspension } from './clock-changes.ts';

export const SURCHARGE_RULE = {
  percentPerDay: 3,
  basis: { law: '行政处罚法', article: '第七十二条', note: '到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，不得超出罚款数额' },
  noticeBasis: { law: '行政强制法', article: '第四十五条', note: '加处罚款的标准应当告知当事人' },
  pauseBasis: { law: '行政处罚法', article: '第七十三条', note: '加处罚款的数额在行政复议或者行政诉讼期间不予计算' },
  // The law sets no rounding; rounding down to the fen never charges the party more than the rate allows.
  rounding: '向下取整到分',
} as const satisfies { percentPerDay: number; basis: Citation; noticeBasis: Citation; pauseBasis: Citation; rounding: string };

export interface SurchargeInput {
  fineFen: number;
  /** The payment clock's due date (computeDeadline on finePayment, after any approved deferral). */
  paymentDueDate: LocalDate;
  /** The day payment was made, or today for a fine still unpaid. */
  asOf: LocalDate;
  /** 复议 / 诉讼 periods (inclusive; an open one runs through asOf). */
  pauses?: readonly Suspension[];
}

export interface Surcharge {
  accruedDays: number;
  amountFen: number;
  capped: boolean;
  basis: Citation[];
}

export function computeSurcharge(input: SurchargeInput): Surcharge {
  const { fineFen } = input;
  if (!Number.isSafeInteger(fineFen) || fineFen < 0 || fineFen > Number.MAX_SAFE_INTEGER / 102)
    throw new RangeError('罚款金额应为非负整数（分）');
  const due = toDayNumber(input.paymentDueDate);
  const asOf = toDayNumber(input.asOf);
  const pauses = (input.pauses ?? []).map((p) => ({ from: toDayNumber(p.from), to: p.to ? toDayNumber(p.to) : Infinity }));
  let accruedDays = 0;
  for (let d = due + 1; d <= asOf; d++) if (!pauses.some((p) => p.from <= d && d <= p.to)) accruedDays++;
  // 34 days × 3 % already exceeds the fine, so capping the days first keeps the product a safe integer.
  const chargeableDays = Math.min(accruedDays, Math.ceil(100 / SURCHARGE_RULE.percentPerDay));
  const uncapped = Math.floor((fineFen * SURCHARGE_RULE.percentPerDay * chargeableDays) / 100);
  const amountFen = Math.min(uncapped, fineFen);
  const basis: Citation[] = [SURCHARGE_RULE.basis, SURCHARGE_RULE.noticeBasis];
  if (pauses.length > 0) basis.push(SURCHARGE_RULE.pauseBasis);
  return { accruedDays, amountFen, capped: fineFen > 0 && uncapped >= fineFen, basis };
}
