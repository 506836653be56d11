/**
 * Complaint and petition clocks (LAW.md §11 T24–T26), in the ClockDefinition shape and counted by deadlines'
 * engine. 信访工作条例 writes "15日", "60日", "30日" (calendar days: 民法典 第二百条; a last day on a rest day rolls
 * over, 第二百零三条) and "5个工作日" (working days by its own wording).
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { WorkdayCalendar } from '../calendar/workday-calendar.ts';
import type { Extension, Suspension } from '../deadlines/clock-changes.ts';
import type { Deadline } from '../deadlines/compute-deadline.ts';
import { computeEventDeadline, type EventClockDefinition } from '../disclosure/event-clock.ts';
import * as S from './sources.ts';

export const COMPLAINT_START_EVENTS = {
  petitionReceived: '收到信访人直接提出的信访事项（投诉举报）',
  transferReceived: '收到转送、交办的信访事项',
  petitionAccepted: '受理信访事项',
  replyReceived: '信访人收到书面答复（处理意见）',
  reviewRequestReceived: '收到复查请求',
  reviewAnswerReceived: '信访人收到复查意见',
  reexaminationRequestReceived: '收到复核请求',
} as const;
export type ComplaintStartEvent = keyof typeof COMPLAINT_START_EVENTS;
export type ComplaintClockDefinition = EventClockDefinition<ComplaintStartEvent>;

const days = (value: number) => ({ length: { value, unit: 'days' }, dayType: 'calendarDays', rollsOverRestDay: true }) as const;
const common = { direction: 'after', kind: 'deadline', suspendable: false, extendable: false } as const;

const conclusionExtension = {
  maxDays: 30,
  approval: '情况复杂的，经本机关、单位负责人批准，并告知信访人延期理由',
  basis: S.XF_CONCLUSION,
} as const;

export const COMPLAINT_CLOCKS = {
  directNotice: {
    ...common,
    ...days(15),
    id: 'directNotice',
    label: '书面告知是否受理（直接提出）',
    lawTableRef: 'T24',
    startEvent: 'petitionReceived',
    obligor: 'agency',
    onBreach: 'alert',
    basis: S.XF_DIRECT_NOTICE,
    verified: 'V',
  },
  transferredNotice: {
    ...common,
    ...days(15),
    id: 'transferredNotice',
    label: '书面告知接收情况（转送、交办）',
    lawTableRef: 'T24',
    startEvent: 'transferReceived',
    obligor: 'agency',
    onBreach: 'alert',
    basis: S.XF_TRANSFERRED_NOTICE,
    verified: 'V',
  },
  transferObjection: {
    ...common,
    id: 'transferObjection',
    label: '对转送、交办事项提出异议',
    lawTableRef: 'T24',
    startEvent: 'transferReceived',
    obligor: 'agency',
    length: { value: 5, unit: 'days' },
    dayType: 'workingDays',
    rollsOverRestDay: false,
    onBreach: 'closeRight',
    basis: S.XF_OBJECTION,
    verified: 'V',
  },
  petitionConclusion: {
    ...common,
    ...days(60),
    extendable: conclusionExtension,
    id: 'petitionConclusion',
    label: '信访事项办结（第三十一条第六项）',
    lawTableRef: 'T25',
    startEvent: 'petitionAccepted',
    obligor: 'agency',
    onBreach: 'alert',
    basis: S.XF_CONCLUSION,
    verified: 'V',
  },
  complaintConclusion: {
    ...common,
    ...days(60),
    extendable: { ...conclusionExtension, basis: S.COMPLAINT_PERIOD_POLICY },
    id: 'complaintConclusion',
    label: '投诉举报办结',
    lawTableRef: 'T25',
    startEvent: 'petitionAccepted',
    obligor: 'agency',
    parameter: {
      key: 'complaints.conclude_within',
      verified: 'U',
      note: '无全国统一期限；默认比照信访工作条例第三十四条60日（+30），由本局配置',
    },
    onBreach: 'alert',
    basis: S.COMPLAINT_PERIOD_POLICY,
    verified: 'U',
  },
  reviewRequestWindow: {
    ...common,
    ...days(30),
    id: 'reviewRequestWindow',
    label: '申请复查期限',
    lawTableRef: 'T26',
    startEvent: 'replyReceived',
    obligor: 'party',
    onBreach: 'closeRight',
    basis: S.XF_REVIEW,
    verified: 'V',
  },
  reviewAnswer: {
    ...common,
    ...days(30),
    id: 'reviewAnswer',
    label: '提出复查意见',
    lawTableRef: 'T26',
    startEvent: 'reviewRequestReceived',
    obligor: 'agency',
    onBreach: 'alert',
    basis: S.XF_REVIEW,
    verified: 'V',
  },
  reexaminationRequestWindow: {
    ...common,
    ...days(30),
    id: 'reexaminationRequestWindow',
    label: '申请复核期限',
    lawTableRef: 'T26',
    startEvent: 'reviewAnswerReceived',
    obligor: 'party',
    onBreach: 'closeRight',
    basis: S.XF_REEXAMINATION,
    verified: 'V',
  },
  reexaminationAnswer: {
    ...common,
    ...days(30),
    suspendable: { basis: { ...S.XF_REEXAMINATION, article: '第三十六条第二款', note: '复核听证所需时间不计算在期限内' } },
    id: 'reexaminationAnswer',
    label: '提出复核意见',
    lawTableRef: 'T26',
    startEvent: 'reexaminationRequestReceived',
    obligor: 'agency',
    onBreach: 'alert',
    basis: S.XF_REEXAMINATION,
    verified: 'V',
  },
} as const satisfies Record<string, ComplaintClockDefinition>;
export type ComplaintClockId = keyof typeof COMPLAINT_CLOCKS;
export type ComplaintClocks = Record<ComplaintClockId, ComplaintClockDefinition>;

export function complaintDeadline(input: {
  clock: ComplaintClockDefinition;
  startDate: LocalDate;
  calendar: WorkdayCalendar;
  extensions?: readonly Extension[];
  suspensions?: readonly Suspension[];
}): Deadline {
  return computeEventDeadline(input);
}
