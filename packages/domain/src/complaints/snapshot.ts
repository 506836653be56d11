/**
 * What the server knows of a complaint when it asks the guards, the commands it may run, and the configuration.
 * Dates are Asia/Shanghai calendar dates; the domain reads no clock.
 */
import { CN_WORKDAY_CALENDAR } from '../calendar/cn-workday-calendar.data.ts';
import type { LocalDate } from '../calendar/local-date.ts';
import type { WorkdayCalendar } from '../calendar/workday-calendar.ts';
import type { Extension, Suspension } from '../deadlines/clock-changes.ts';
import { COMPLAINT_CLOCKS, type ComplaintClocks } from './clocks.ts';
import type { ClaimRoute, ComplaintCategory, ComplaintState } from './states.ts';

export interface ReviewStage {
  requestedOn: LocalDate;
  answeredOn: LocalDate | null;
  /** When the petitioner received the written answer (starts the next window). */
  answerReceivedOn: LocalDate | null;
}

export interface ComplaintSnapshot {
  state: ComplaintState;
  category: ComplaintCategory;
  /** For an accepted 申诉求决类 matter: how it is handled (第三十一条). */
  route: ClaimRoute | null;
  /** Filed with the bureau directly, or transferred to it by a 信访 office or a superior (第二十三条第二、三款). */
  via: 'direct' | 'transferred';
  /** 姓名（名称）、住址清楚: without them no written notice is owed (第二十三条第二款 但书). */
  contactKnown: boolean;
  receivedOn: LocalDate;
  acceptedOn: LocalDate | null;
  /**
   * The staff the complaint is about (被反映人), by officers.id or users.id: they may not handle it or take any step
   * on it (第二十八条第三款, recusal.ts).
   */
  subjectOfficerIds: readonly string[];
  assignee: { departmentId: string; officerIds: readonly string[] } | null;
  /** Approved extensions of the conclusion period, in days. */
  extensions: readonly Extension[];
  repliedOn: LocalDate | null;
  replyReceivedOn: LocalDate | null;
  review: ReviewStage | null;
  reexamination: ReviewStage | null;
  /** Hearing time in the reexamination, not counted (第三十六条第二款). */
  reexaminationHearings: readonly Suspension[];
}

export type ReplyOpinion = 'support' | 'explain' | 'notSupport';
export const REPLY_OPINION_LABELS: Record<ReplyOpinion, string> = {
  support: '予以支持',
  explain: '作出解释说明',
  notSupport: '不予支持',
};

export type NotAcceptedGround = 'notCompetent' | 'statutoryProcedure' | 'duplicateUnderHandling' | 'finalAfterReexamination';

/**
 * `by`: every id (users.id, officers.id) of the staff member taking the step, when the server knows them: a person
 * the complaint is about may take no step on it (回避, recusal.ts).
 */
export type ComplaintCommand = ComplaintCommandFields & { by?: readonly string[] };

type ComplaintCommandFields =
  | {
      action: 'accept';
      on: LocalDate;
      noticeServedOn: LocalDate | null;
      route: ClaimRoute | null;
      /** 被反映人 confirmed at acceptance (replaces the list); undefined keeps it. */
      subjectIds?: readonly string[];
    }
  | {
      action: 'notAccept';
      on: LocalDate;
      ground: NotAcceptedGround;
      noticeServedOn: LocalDate | null;
      redirectTo: string;
      explanation: string;
    }
  | { action: 'transfer'; on: LocalDate; to: string; noticeServedOn: LocalDate | null }
  | { action: 'returnToSender'; on: LocalDate; reason: string }
  | { action: 'assign'; on: LocalDate; departmentId: string; officerIds: readonly string[] }
  | { action: 'extend'; on: LocalDate; days: number; approvedByLeader: boolean; reason: string; petitionerInformed: boolean }
  | { action: 'openCaseLead'; on: LocalDate }
  | { action: 'reply'; on: LocalDate; opinion: ReplyOpinion; text: string; legalBasis: string }
  | { action: 'requestReview'; on: LocalDate }
  | { action: 'answerReview'; on: LocalDate; text: string }
  | { action: 'requestReexamination'; on: LocalDate }
  | { action: 'answerReexamination'; on: LocalDate; text: string }
  | { action: 'close'; on: LocalDate };

export interface ComplaintConfig {
  calendar: WorkdayCalendar;
  clocks: ComplaintClocks;
  /**
   * 复查/复核 (第三十五、三十六条) lie against a 信访处理意见 (第三十一条第六项). true: offer them after any reply
   * (a bureau's own choice for complaints about enforcement conduct).
   */
  reviewForAllRoutes: boolean;
  /** Shortest reply text accepted (a reply must answer the request, its facts and reasons: 第三十二条). */
  minReplyLength: number;
}

export const DEFAULT_COMPLAINT_CONFIG: ComplaintConfig = {
  calendar: CN_WORKDAY_CALENDAR,
  clocks: COMPLAINT_CLOCKS,
  reviewForAllRoutes: false,
  minReplyLength: 20,
};
