/**
 * 暂缓或者分期缴纳 (行政处罚法 第六十六条): on the party's application, because of real economic hardship, approved by
 * the agency's leader. Checked before the approval is recorded; once approved, the schedule replaces the 15-day
 * deadline for the surcharge (ledger.ts) and moves the start of the court-enforcement window (第七十二条).
 */
import { isLocalDate, type LocalDate } from '../calendar/local-date.ts';
import { refuse, type RuleRefusal } from '../penalties/rule-check.ts';
import type { PaymentArrangement } from './ledger.ts';
import { DEFERRAL } from './sources.ts';

export const MAX_INSTALMENTS = 36;

export interface ArrangementInput {
  arrangement: PaymentArrangement;
  /** 当事人申请日期 (第六十六条: 经当事人申请). */
  appliedOn: LocalDate | null;
  /** The hardship stated in the application. */
  reason: string;
  /** Principal still unpaid when the plan is approved. */
  outstandingPrincipalFen: number;
  /** The deadline that applies now (statutory or an earlier arrangement's last date). */
  currentDueDate: LocalDate | null;
  approverIsLeader: boolean;
  today: LocalDate;
}

export type ArrangementCode =
  'NOT_LEADER' | 'NOT_SERVED' | 'NOTHING_OUTSTANDING' | 'APPLICATION_MISSING' | 'APPLICATION_LATE' | 'INVALID_ARRANGEMENT';
export type ArrangementCheck = { ok: true } | RuleRefusal<ArrangementCode>;

export function checkArrangement(input: ArrangementInput): ArrangementCheck {
  const { arrangement: a, today } = input;
  if (!input.approverIsLeader) return refuse('NOT_LEADER', '暂缓或者分期缴纳罚款须经行政机关负责人批准', DEFERRAL);
  if (input.currentDueDate === null) return refuse('NOT_SERVED', '处罚决定书送达后方可批准暂缓或者分期缴纳', DEFERRAL);
  if (input.outstandingPrincipalFen <= 0) return refuse('NOTHING_OUTSTANDING', '罚没款已缴清，无需暂缓或者分期缴纳', DEFERRAL);
  if (input.appliedOn === null || !isLocalDate(input.appliedOn) || input.appliedOn > today || input.reason.trim() === '') {
    return refuse('APPLICATION_MISSING', '须有当事人的书面申请（申请日期不晚于今天）并写明确有经济困难的情况', DEFERRAL);
  }
  // Design choice (not statute): the application must come within the deadline in force, so that an approval never
  // wipes out a surcharge that had already accrued (第七十二条).
  if (input.appliedOn > input.currentDueDate) {
    return refuse(
      'APPLICATION_LATE',
      `当事人应在缴款期限（${input.currentDueDate}）届满前申请暂缓或者分期缴纳；逾期已产生的加处罚款不因事后批准而免除`,
      DEFERRAL,
    );
  }
  if (a.kind === 'deferral') {
    if (!isLocalDate(a.until) || a.until <= today) return refuse('INVALID_ARRANGEMENT', '暂缓缴纳的期限应晚于今天', DEFERRAL);
    if (a.until <= input.currentDueDate)
      return refuse('INVALID_ARRANGEMENT', `暂缓缴纳的期限应晚于现行缴款期限（${input.currentDueDate}）`, DEFERRAL);
    return { ok: true };
  }
  const list = a.instalments;
  if (list.length < 2 || list.length > MAX_INSTALMENTS)
    return refuse('INVALID_ARRANGEMENT', `分期缴纳应分为2至${MAX_INSTALMENTS}期`, DEFERRAL);
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    if (!isLocalDate(x.dueDate) || !Number.isSafeInteger(x.amountFen) || x.amountFen <= 0) {
      return refuse('INVALID_ARRANGEMENT', `第${i + 1}期的日期或金额无效`, DEFERRAL);
    }
    if (x.dueDate < today) return refuse('INVALID_ARRANGEMENT', `第${i + 1}期的缴款期限不得早于今天`, DEFERRAL);
    if (i > 0 && x.dueDate <= list[i - 1]!.dueDate) return refuse('INVALID_ARRANGEMENT', '各期缴款期限应逐期推后', DEFERRAL);
  }
  const sum = list.reduce((s, x) => s + x.amountFen, 0);
  if (sum !== input.outstandingPrincipalFen) {
    return refuse(
      'INVALID_ARRANGEMENT',
      `各期金额合计应等于尚未缴纳的罚没款（${(input.outstandingPrincipalFen / 100).toFixed(2)}元）`,
      DEFERRAL,
    );
  }
  return { ok: true };
}
