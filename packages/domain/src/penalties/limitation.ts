/**
 * 追责时效 — 第三十六条, LAW.md §11 T2: an act not discovered within 2 years (5 years where citizens' life, health or
 * financial safety is involved and harm followed) is no longer punished. The period runs from the act, or from its end
 * when it is continuing; an act still going on has not started the period. The clocks themselves (limitationGeneral,
 * limitationSerious) live in deadlines/; this only applies them.
 */
import { compareLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { WorkdayCalendar } from '../calendar/workday-calendar.ts';
import { computeDeadline, type Deadline } from '../deadlines/compute-deadline.ts';
import { PENALTY_CASE_CLOCKS } from '../deadlines/clock-table.ts';
import { refuse, type RuleRefusal } from './rule-check.ts';
import { LIMITATION } from './sources.ts';

export interface ViolationPeriod {
  /** The day the act was committed (its first day when continuing). */
  startedOn: LocalDate;
  /** The last day of a continuing act (连续或者继续状态); null for a single act or one still going on. */
  endedOn: LocalDate | null;
  /** The act is still going on when discovered. */
  ongoing: boolean;
  /** 涉及公民生命健康安全、金融安全且有危害后果 → 5 years. */
  seriousHarm: boolean;
}

export type LimitationCode = 'LIMITATION_EXPIRED' | 'INVALID_VIOLATION_DATES';
export type LimitationCheck = { ok: true; deadline: Deadline | null } | (RuleRefusal<LimitationCode> & { deadline: Deadline | null });

/** The day the period starts from, or null while the act is still going on. */
export function limitationStart(v: ViolationPeriod): LocalDate | null {
  if (v.ongoing) return null;
  return v.endedOn ?? v.startedOn;
}

export function limitationDeadline(v: ViolationPeriod, calendar: WorkdayCalendar): Deadline | null {
  const start = limitationStart(v);
  if (start === null) return null;
  const clock = v.seriousHarm ? PENALTY_CASE_CLOCKS.limitationSerious : PENALTY_CASE_CLOCKS.limitationGeneral;
  return computeDeadline({ clock, startDate: start, calendar });
}

/** Whether an act discovered on `discoveredOn` may still be punished. */
export function checkLimitation(v: ViolationPeriod, discoveredOn: LocalDate, calendar: WorkdayCalendar): LimitationCheck {
  if (v.endedOn !== null && compareLocalDate(v.endedOn, v.startedOn) < 0) {
    return { ...refuse('INVALID_VIOLATION_DATES', '违法行为终了日期早于发生日期', LIMITATION), deadline: null };
  }
  if (compareLocalDate(discoveredOn, v.startedOn) < 0) {
    return { ...refuse('INVALID_VIOLATION_DATES', '发现日期早于违法行为发生日期', LIMITATION), deadline: null };
  }
  const deadline = limitationDeadline(v, calendar);
  if (deadline === null || deadline.dueDate === null || compareLocalDate(discoveredOn, deadline.dueDate) <= 0) {
    return { ok: true, deadline };
  }
  const years = v.seriousHarm ? '五' : '二';
  const from = v.endedOn ? `行为终了之日${v.endedOn}` : `违法行为发生之日${v.startedOn}`;
  return {
    ...refuse(
      'LIMITATION_EXPIRED',
      `违法行为自${from}起${years}年内（至${deadline.dueDate}）未被发现，${discoveredOn}发现时已超过追责时效，不再给予行政处罚`,
      LIMITATION,
    ),
    deadline,
  };
}
