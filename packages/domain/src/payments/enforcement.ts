/**
 * From an unpaid fine to the court (行政强制法 第五十三条、第五十四条, LAW.md §11 T13). The bureau has no power of
 * forced execution of its own, so it applies to the people's court:
 * - the remedy periods must have run out: 60 days for 复议 (行政复议法 第二十条) and 6 months for 诉讼 (行政诉讼法
 *   第四十六条) after service, and no 复议/诉讼 may still be pending. An on-the-spot decision may not be taken to court
 *   before 复议 (复议前置, 行政复议法 第二十三条第一款第（一）项): the only period is the 60-day 复议 period;
 *   once it has run out unused the decision is final and the 3 months start;
 * - 催告书 (written reminder stating the amount and how to pay, 第三十五条) served, then 10 working days waited
 *   (第五十四条; ≤10-day periods are working days, 第六十九条);
 * - the application lies within 3 months after the remedy periods expire (第五十三条), counted from the end of an
 *   approved deferral or instalment plan when that is later (行政处罚法 第七十二条). After that the court route is lost.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { WorkdayCalendar } from '../calendar/workday-calendar.ts';
import type { Citation } from '../citation.ts';
import type { Suspension } from '../deadlines/clock-changes.ts';
import { computeDeadline } from '../deadlines/compute-deadline.ts';
import { EXECUTION_CLOCKS } from '../deadlines/execution-clocks.ts';
import { COURT_AFTER_DEFERRAL, COURT_APPLICATION, RECONSIDERATION_FIRST, REMEDY_PENDING, REMINDER, REMINDER_WAIT } from './sources.ts';

export interface EnforcementInput {
  servedOn: LocalDate | null;
  /** The last due date of the schedule in force (statutory, deferred or last instalment). */
  finalDueDate: LocalDate | null;
  /** Whether an approved deferral / instalment plan set finalDueDate. */
  arranged: boolean;
  outstandingFen: number;
  pauses: readonly Suspension[];
  reminderServedOn: LocalDate | null;
  courtAppliedOn: LocalDate | null;
  today: LocalDate;
  /** 当场作出的处罚决定: 复议前置, no 6-month direct-suit period (行政复议法 第二十三条). */
  reconsiderationFirst?: boolean;
}

export type EnforcementCode =
  | 'NOTHING_OUTSTANDING'
  | 'NOT_YET_DUE'
  | 'REMEDY_PENDING'
  | 'REMINDER_MISSING'
  | 'REMINDER_WAITING'
  | 'REMEDY_PERIOD_RUNNING'
  | 'COURT_WINDOW_CLOSED'
  | 'ALREADY_APPLIED'
  | 'ALREADY_REMINDED';
export interface EnforcementBlock {
  code: EnforcementCode;
  reason: string;
  basis: Citation;
}

export interface EnforcementTrack {
  /** The later end of the 复议 and 诉讼 periods — for 复议前置 the 复议 period alone (null before service or while one is pending). */
  remedyPeriodEndsOn: LocalDate | null;
  remedyPending: boolean;
  reminderServedOn: LocalDate | null;
  /** Last day of the 10-WD wait after the reminder. */
  reminderWaitEndsOn: LocalDate | null;
  /** The 3-month window: from the day after `windowStartsAfter` to `windowClosesOn`. */
  windowStartsAfter: LocalDate | null;
  windowClosesOn: LocalDate | null;
  windowDaysLeft: number | null;
  windowStatus: 'notApplicable' | 'notYetOpen' | 'open' | 'closed' | 'applied';
  courtAppliedOn: LocalDate | null;
  /** Why a reminder cannot be recorded today (null = it can). */
  reminderBlock: EnforcementBlock | null;
  /** Why the court application cannot be recorded today (null = it can). */
  applicationBlock: EnforcementBlock | null;
  provisional: boolean;
  basis: Citation[];
}

export function enforcementTrack(input: EnforcementInput, calendar: WorkdayCalendar): EnforcementTrack {
  const { today } = input;
  const remedyPending = input.pauses.some((p) => !p.to);
  let provisional = false;
  let remedyEnd: LocalDate | null = null;
  if (input.servedOn !== null && !remedyPending) {
    const recon = computeDeadline({ clock: EXECUTION_CLOCKS.reconsiderationWindow, startDate: input.servedOn, calendar });
    // 复议前置: no suit lies before 复议, so the 6-month direct-suit period never runs (行政复议法 第二十三条).
    const suit = input.reconsiderationFirst ? null : computeDeadline({ clock: EXECUTION_CLOCKS.litigationWindow, startDate: input.servedOn, calendar });
    provisional = recon.provisional || (suit?.provisional ?? false);
    const ends = [recon.dueDate!, ...(suit ? [suit.dueDate!] : []), ...input.pauses.flatMap((p) => (p.to ? [p.to] : []))];
    remedyEnd = ends.sort().at(-1)!;
  }
  const windowStartsAfter =
    remedyEnd === null
      ? null
      : input.arranged && input.finalDueDate !== null && input.finalDueDate > remedyEnd
        ? input.finalDueDate
        : remedyEnd;
  let windowClosesOn: LocalDate | null = null;
  let windowDaysLeft: number | null = null;
  if (windowStartsAfter !== null) {
    const w = computeDeadline({ clock: EXECUTION_CLOCKS.courtEnforcementApplication, startDate: windowStartsAfter, calendar });
    windowClosesOn = w.dueDate;
    windowDaysLeft = w.daysLeft(today);
    provisional ||= w.provisional;
  }
  let reminderWaitEndsOn: LocalDate | null = null;
  if (input.reminderServedOn !== null) {
    const r = computeDeadline({ clock: EXECUTION_CLOCKS.reminderWaitingPeriod, startDate: input.reminderServedOn, calendar });
    reminderWaitEndsOn = r.dueDate;
    provisional ||= r.provisional;
  }
  const unpaid = input.outstandingFen > 0;
  const windowStatus: EnforcementTrack['windowStatus'] =
    input.courtAppliedOn !== null
      ? 'applied'
      : !unpaid || input.servedOn === null
        ? 'notApplicable'
        : windowStartsAfter === null || today <= windowStartsAfter
          ? 'notYetOpen'
          : windowClosesOn !== null && today > windowClosesOn
            ? 'closed'
            : 'open';

  const b = (code: EnforcementCode, reason: string, basis: Citation): EnforcementBlock => ({ code, reason, basis });
  let reminderBlock: EnforcementBlock | null = null;
  if (!unpaid) reminderBlock = b('NOTHING_OUTSTANDING', '罚没款及加处罚款已缴清，无需催告', REMINDER);
  else if (input.finalDueDate === null || today <= input.finalDueDate)
    reminderBlock = b(
      'NOT_YET_DUE',
      `缴款期限${input.finalDueDate ? `（${input.finalDueDate}）` : ''}届满后当事人仍未缴纳的，方可催告`,
      REMINDER,
    );
  else if (input.reminderServedOn !== null) reminderBlock = b('ALREADY_REMINDED', `已于${input.reminderServedOn}送达催告书`, REMINDER);

  let applicationBlock: EnforcementBlock | null = null;
  if (input.courtAppliedOn !== null)
    applicationBlock = b('ALREADY_APPLIED', `已于${input.courtAppliedOn}申请人民法院强制执行`, COURT_APPLICATION);
  else if (!unpaid) applicationBlock = b('NOTHING_OUTSTANDING', '罚没款及加处罚款已缴清，无需申请强制执行', COURT_APPLICATION);
  else if (remedyPending) applicationBlock = b('REMEDY_PENDING', '行政复议或者行政诉讼尚未终结', REMEDY_PENDING);
  else if (input.reminderServedOn === null)
    applicationBlock = b('REMINDER_MISSING', '申请人民法院强制执行前，应当催告当事人履行义务', REMINDER_WAIT);
  else if (reminderWaitEndsOn !== null && today <= reminderWaitEndsOn)
    applicationBlock = b('REMINDER_WAITING', `催告书送达十日（至${reminderWaitEndsOn}）后当事人仍未履行的，方可申请`, REMINDER_WAIT);
  else if (windowStatus === 'notYetOpen')
    applicationBlock = b(
      'REMEDY_PERIOD_RUNNING',
      `${input.reconsiderationFirst ? '申请行政复议的期限（当场处罚决定复议前置）' : '申请行政复议、提起行政诉讼的期限'}${input.arranged ? '或者暂缓、分期缴纳期限' : ''}（至${windowStartsAfter ?? '—'}）届满后方可申请`,
      input.arranged ? COURT_AFTER_DEFERRAL : COURT_APPLICATION,
    );
  else if (windowStatus === 'closed')
    applicationBlock = b('COURT_WINDOW_CLOSED', `申请期限已于${windowClosesOn}届满，不能再申请人民法院强制执行`, COURT_APPLICATION);

  const basis = [REMINDER, REMINDER_WAIT, COURT_APPLICATION];
  if (input.arranged) basis.push(COURT_AFTER_DEFERRAL);
  if (input.reconsiderationFirst) basis.push(RECONSIDERATION_FIRST);
  return {
    remedyPeriodEndsOn: remedyEnd,
    remedyPending,
    reminderServedOn: input.reminderServedOn,
    reminderWaitEndsOn,
    windowStartsAfter,
    windowClosesOn,
    windowDaysLeft,
    windowStatus,
    courtAppliedOn: input.courtAppliedOn,
    reminderBlock,
    applicationBlock,
    provisional,
    basis,
  };
}
