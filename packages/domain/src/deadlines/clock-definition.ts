/**
 * What a statutory clock (期限) is, and the counting rules every clock shares.
 * The table of clocks is in procedure-clocks.ts and execution-clocks.ts; the arithmetic in compute-deadline.ts.
 */
import type { Citation } from '../citation.ts';

export type DayType = 'workingDays' | 'calendarDays';
export type PeriodUnit = 'days' | 'months' | 'years';
export interface ClockLength {
  value: number;
  unit: PeriodUnit;
}

/** How sure we are of a number: LAW.md / JIANGSU.md tags (V checked text, S secondary source, U unverified). */
export type Verification = 'V' | 'S' | 'U';

/** Who must act before the clock runs out. */
export type Obligor = 'agency' | 'officer' | 'party';

/** What the platform does when the clock runs out (LAW.md §11 "On breach"). */
export type BreachEffect =
  | 'alert' // remind and show overdue in red
  | 'block' // the guarded action is refused
  | 'closeRight' // the party's window closes (right deemed waived)
  | 'flag' // shown to supervision
  | 'startSurcharge' // 加处罚款 starts accruing
  | 'loseCourtRoute' // the court-enforcement application is out of time
  | 'noPenalty'; // limitation: no penalty may be given

export const START_EVENTS = {
  violationEnded: '违法行为发生之日（连续或继续状态的，行为终了之日）',
  leadReceived: '发现线索或收到材料',
  filing: '立案',
  evidencePreservationApproved: '先行登记保存经批准',
  priorNoticeServed: '行政处罚事先告知书送达',
  hearingDate: '举行听证之日',
  decisionMade: '作出行政处罚决定',
  decisionServed: '当事人收到行政处罚决定书',
  decisionKnown: '当事人知道或应当知道行政处罚决定',
  reconsiderationDecisionServed: '收到行政复议决定书',
  cashCollected: '当场收缴罚款',
  landedAfterCollectionOnWater: '水上当场收缴后抵岸',
  cashReceivedByAgency: '行政机关收到执法人员交来的罚款',
  publishedDecisionAltered: '已公开的处罚决定被变更、撤销、确认违法或确认无效',
  reminderServed: '催告书送达',
  remedyPeriodExpired: '申请复议、提起诉讼的期限届满（或批准的暂缓、分期缴纳期限结束）',
  seizureDecided: '作出查封、扣押决定',
} as const;
export type StartEvent = keyof typeof START_EVENTS;

export interface ClockExtension {
  /** Ceiling on the total approved extension, in the clock's day type; null when no ceiling is set. */
  maxDays: number | null;
  approval: string;
  basis: Citation;
}

/** A number a province or sector may set differently: the configuration key and how sure the default is. */
export interface ClockParameter {
  key: string;
  verified: Verification;
  note: string;
}

export interface ClockDefinition {
  id: string;
  label: string;
  /** Row of LAW.md §11 this clock implements. */
  lawTableRef: string;
  startEvent: StartEvent;
  /** 'after': the period runs from the event; 'before': the act must precede the event by the period. */
  direction: 'after' | 'before';
  /** 'deadline': act on or before the due date; 'waitingPeriod': act only after it. */
  kind: 'deadline' | 'waitingPeriod';
  obligor: Obligor;
  length: ClockLength;
  dayType: DayType;
  /** A calendar-day period whose last day is a rest day ends on the next working day (COUNTING_RULES.lastDayRollsOver). */
  rollsOverRestDay: boolean;
  /** false, or the rule allowing time to be left out (中止, 检测期间 …). */
  suspendable: false | { basis: Citation };
  extendable: false | ClockExtension;
  parameter?: ClockParameter;
  onBreach: BreachEffect;
  /** The article that sets the period. */
  basis: Citation;
  verified: Verification;
}

/** Rules that hold for every clock; each deadline lists the ones it used as its basis. */
export const COUNTING_RULES = {
  startDayExcluded: {
    law: '民法典',
    article: '第二百零一条',
    note: '开始的当日不计入，自下一日开始计算；民事诉讼法第八十五条同。行政处罚法无期间计算条款，参照适用',
  },
  monthEnd: {
    law: '民法典',
    article: '第二百零二条',
    note: '按年、月计算的，到期月的对应日为最后一日；没有对应日的，月末日为最后一日',
  },
  lastDayRollsOver: {
    law: '民法典',
    article: '第二百零三条',
    note: '期间的最后一日是法定休假日的，以法定休假日结束的次日为最后一日；民事诉讼法第八十五条同',
  },
  calendarDaysByDefault: {
    law: '民法典',
    article: '第二百条',
    note: '期间按照公历年、月、日计算；法律未将该期间规定为工作日的，按自然日计算',
  },
  wordedAsWorkingDays: {
    law: '（依据条文）',
    article: '—',
    note: '条文明定"个工作日"的，按工作日计算',
  },
} as const satisfies Record<string, Citation>;

/**
 * Laws that turn some of their day periods into working days (LAW.md §0). A period of a law not listed, or a
 * length the rule does not name, is counted in calendar days unless its own wording says "工作日".
 */
export const WORKING_DAY_RULES: readonly { law: string; appliesTo: (days: number) => boolean; basis: Citation }[] = [
  { law: '行政处罚法', appliesTo: (d) => [2, 3, 5, 7].includes(d), basis: { law: '行政处罚法', article: '第八十五条' } },
  { law: '行政复议法', appliesTo: (d) => [3, 5, 7, 10].includes(d), basis: { law: '行政复议法', article: '第八十八条' } },
  { law: '行政强制法', appliesTo: (d) => d <= 10, basis: { law: '行政强制法', article: '第六十九条' } },
  { law: '行政许可法', appliesTo: () => true, basis: { law: '行政许可法', article: '第八十二条' } },
];

/** The day type a statute prescribes for a period written as "N日" in `law`, with the article that says so. */
export function statutoryDayType(law: string, length: ClockLength): { dayType: DayType; basis: Citation } {
  const rule = WORKING_DAY_RULES.find((r) => r.law === law);
  if (rule && length.unit === 'days' && rule.appliesTo(length.value)) return { dayType: 'workingDays', basis: rule.basis };
  if (rule) return { dayType: 'calendarDays', basis: { ...rule.basis, note: '该条未列的期间按自然日计算' } };
  return { dayType: 'calendarDays', basis: COUNTING_RULES.calendarDaysByDefault };
}

/** The citation for why this clock counts the days it counts. */
export function dayTypeBasis(clock: ClockDefinition): Citation {
  const statutory = statutoryDayType(clock.basis.law, clock.length);
  if (statutory.dayType === clock.dayType) return statutory.basis;
  if (clock.dayType === 'workingDays') return { ...COUNTING_RULES.wordedAsWorkingDays, law: clock.basis.law, article: clock.basis.article };
  return statutory.basis;
}

/**
 * A clock with a locally configured length (a province or sector rule), keeping the source on record.
 * Only clocks marked with a `parameter` may be reconfigured; a statutory number is not configuration.
 */
export function configureClock(
  clock: ClockDefinition,
  override: { length: ClockLength; dayType?: DayType; source: Citation; verified?: Verification },
): ClockDefinition {
  if (!clock.parameter) throw new RangeError(`${clock.label}的期限由法律规定，不能配置`);
  if (!Number.isInteger(override.length.value) || override.length.value < 1) throw new RangeError('期限长度应为正整数');
  const dayType = override.dayType ?? clock.dayType;
  return {
    ...clock,
    length: override.length,
    dayType,
    // Every configurable calendar-day clock is an ordinary period to act in, so the rest-day rollover applies.
    rollsOverRestDay: dayType === 'calendarDays',
    basis: override.source,
    verified: override.verified ?? clock.verified,
  };
}
