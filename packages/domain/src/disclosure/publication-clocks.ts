/**
 * Publication and withdrawal clocks (LAW.md §2 and §11 T11–T12). Penalty decisions reuse deadlines' own clocks
 * (decisionPublication 7 WD, publicationWithdrawal 3 WD under 第四十八条); licences and other results are defined
 * here. All are working-day clocks: 118号 and 政府信息公开条例 write "个工作日", 行政处罚法 第八十五条 makes its
 * "三日" working days.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { WorkdayCalendar } from '../calendar/workday-calendar.ts';
import type { Deadline } from '../deadlines/compute-deadline.ts';
import { PENALTY_CASE_CLOCKS } from '../deadlines/clock-table.ts';
import { START_EVENTS } from '../deadlines/clock-definition.ts';
import { computeEventDeadline, type EventClockDefinition } from './event-clock.ts';
import { PROACTIVE_DISCLOSURE_20WD, PUBLICATION_7WD, TAKE_DOWN_REVOKED } from './sources.ts';

/** 许可/处罚 decisions (7 WD) and other enforcement results such as inspection conclusions (20 WD). */
export const PUBLICATION_RESULT_TYPES = ['penalty', 'licence', 'other'] as const;
export type PublicationResultType = (typeof PUBLICATION_RESULT_TYPES)[number];
export const PUBLICATION_RESULT_TYPE_LABELS: Record<PublicationResultType, string> = {
  penalty: '行政处罚决定',
  licence: '行政许可决定',
  other: '其他执法结果（检查结论等）',
};

export const PUBLICATION_START_EVENTS = {
  decisionMade: START_EVENTS.decisionMade,
  publishedDecisionAltered: START_EVENTS.publishedDecisionAltered,
  licenceDecided: '作出行政许可决定',
  resultDecided: '作出执法决定（检查结论等）',
  publishedResultAltered: '已公开的执法决定被撤销、确认违法或者要求重新作出',
} as const;
export type PublicationStartEvent = keyof typeof PUBLICATION_START_EVENTS;

const workingDayAlert = {
  direction: 'after',
  kind: 'deadline',
  obligor: 'agency',
  dayType: 'workingDays',
  rollsOverRestDay: false,
  suspendable: false,
  extendable: false,
  onBreach: 'alert',
} as const;

export const PUBLICATION_CLOCKS = {
  penaltyPublication: PENALTY_CASE_CLOCKS.decisionPublication,
  licencePublication: {
    ...workingDayAlert,
    id: 'licencePublication',
    label: '行政许可决定公示',
    lawTableRef: 'T11',
    startEvent: 'licenceDecided',
    length: { value: 7, unit: 'days' },
    parameter: {
      key: 'publicity.licence_publish_within',
      verified: 'S',
      note: '"7个工作日"出自国办发〔2018〕118号的二手转述；法律、行政法规另有规定的从其规定',
    },
    basis: PUBLICATION_7WD,
    verified: 'S',
  },
  otherResultPublication: {
    ...workingDayAlert,
    id: 'otherResultPublication',
    label: '其他执法结果公示',
    lawTableRef: 'T11',
    startEvent: 'resultDecided',
    length: { value: 20, unit: 'days' },
    parameter: {
      key: 'publicity.result_publish_within',
      verified: 'V',
      note: '国办发〔2018〕118号：执法决定作出之日起20个工作日内公示 [S]；政府信息公开条例第二十六条同为20个工作日 [V]',
    },
    basis: PROACTIVE_DISCLOSURE_20WD,
    verified: 'V',
  },
  penaltyWithdrawal: PENALTY_CASE_CLOCKS.publicationWithdrawal,
  otherWithdrawal: {
    ...workingDayAlert,
    id: 'otherWithdrawal',
    label: '撤下已公开的其他执法决定信息',
    lawTableRef: 'T12',
    startEvent: 'publishedResultAltered',
    length: { value: 3, unit: 'days' },
    parameter: {
      key: 'publicity.result_withdraw_within',
      verified: 'U',
      note: '118号只要求"及时撤下" [S]；默认参照行政处罚法第四十八条的三日（工作日）',
    },
    basis: TAKE_DOWN_REVOKED,
    verified: 'U',
  },
} as const satisfies Record<string, EventClockDefinition>;
export type PublicationClockId = keyof typeof PUBLICATION_CLOCKS;
export type PublicationClocks = Record<PublicationClockId, EventClockDefinition>;

export function publicationClockId(type: PublicationResultType): PublicationClockId {
  if (type === 'penalty') return 'penaltyPublication';
  return type === 'licence' ? 'licencePublication' : 'otherResultPublication';
}

/** Penalty decisions fall under 第四十八条; licences and other results under 118号 (the same 3 WD by default). */
export function withdrawalClockId(type: PublicationResultType): PublicationClockId {
  return type === 'penalty' ? 'penaltyWithdrawal' : 'otherWithdrawal';
}

export interface PublicationClockInput {
  resultType: PublicationResultType;
  calendar: WorkdayCalendar;
  /** A bureau's configured clocks (configureEventClock); the national defaults otherwise. */
  clocks?: PublicationClocks;
}

/** When a decision made on `decidedOn` must be on the portal. */
export function publicationDeadline(input: PublicationClockInput & { decidedOn: LocalDate }): Deadline {
  const clock = (input.clocks ?? PUBLICATION_CLOCKS)[publicationClockId(input.resultType)];
  return computeEventDeadline({ clock, startDate: input.decidedOn, calendar: input.calendar });
}

/** When a published decision altered on `alteredOn` (变更、撤销、确认违法、确认无效) must be withdrawn. */
export function withdrawalDeadline(input: PublicationClockInput & { alteredOn: LocalDate }): Deadline {
  const clock = (input.clocks ?? PUBLICATION_CLOCKS)[withdrawalClockId(input.resultType)];
  return computeEventDeadline({ clock, startDate: input.alteredOn, calendar: input.calendar });
}
