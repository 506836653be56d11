/**
 * checkComplaintAction(complaint, command, config) → ok (next state, warnings to record) | { code, reason, basis }.
 * The table (states.ts) says whether the action belongs to the state; the guard below says whether the article
 * allows it with these facts. Lateness that the law sanctions but cannot undo (a late notice, a late reply:
 * 第四十四、四十五条) is a warning, not a block — the notice or reply is still owed.
 */
import { compareLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { Citation } from '../citation.ts';
import { checkEventClockExtensions } from '../disclosure/event-clock.ts';
import { complaintDeadline, type ComplaintClockDefinition } from './clocks.ts';
import {
  DEFAULT_COMPLAINT_CONFIG,
  type ComplaintCommand,
  type ComplaintConfig,
  type ComplaintSnapshot,
  type NotAcceptedGround,
} from './snapshot.ts';
import { recusalIssue } from './recusal.ts';
import * as S from './sources.ts';
import { COMPLAINT_ACTIONS, COMPLAINT_STATE_LABELS, type ComplaintState } from './states.ts';

/** Every refusal code of the complaint guards (the server maps them all to 422 with the article). */
export const COMPLAINT_CODES = [
  'COMPLAINT_ACTION_OUT_OF_ORDER',
  'COMPLAINT_DATE_INVALID',
  'NOTICE_REQUIRED',
  'NOTICE_LATE',
  'ROUTE_REQUIRED',
  'REDIRECT_REQUIRED',
  'EXPLANATION_REQUIRED',
  'NOT_TRANSFERRED',
  'OBJECTION_OUT_OF_TIME',
  'ASSIGNEE_REQUIRED',
  'HANDLER_HAS_INTEREST',
  'EXTENSION_NOT_APPROVED',
  'EXTENSION_REASON_REQUIRED',
  'PETITIONER_NOT_INFORMED',
  'EXTENSION_LIMIT',
  'EXTENSION_TOO_LATE',
  'REPLY_INCOMPLETE',
  'CONCLUSION_LATE',
  'REVIEW_NOT_AVAILABLE',
  'REPLY_NOT_SERVED',
  'REVIEW_ALREADY_REQUESTED',
  'REVIEW_WINDOW_CLOSED',
  'ANSWER_REQUIRED',
  'ANSWER_LATE',
] as const;
export type ComplaintCode = (typeof COMPLAINT_CODES)[number];

export interface ComplaintIssue {
  code: ComplaintCode;
  reason: string;
  basis: Citation;
}
export type ComplaintCheck = { ok: true; to: ComplaintState; warnings: ComplaintIssue[] } | ({ ok: false } & ComplaintIssue);

type Guard<A extends ComplaintCommand['action']> = (
  c: ComplaintSnapshot,
  cmd: Extract<ComplaintCommand, { action: A }>,
  config: ComplaintConfig,
  warn: (issue: ComplaintIssue) => void,
) => ComplaintIssue | null;

const issue = (code: ComplaintCode, reason: string, basis: Citation): ComplaintIssue => ({ code, reason, basis });
const blank = (s: string): boolean => s.trim().length === 0;
const after = (a: LocalDate, b: LocalDate): boolean => compareLocalDate(a, b) > 0;

function dueDate(clock: ComplaintClockDefinition, start: LocalDate, config: ComplaintConfig, c?: ComplaintSnapshot): LocalDate | null {
  const extensions = clock.extendable && c ? c.extensions : [];
  const suspensions = clock.suspendable && c ? c.reexaminationHearings : [];
  return complaintDeadline({ clock, startDate: start, calendar: config.calendar, extensions, suspensions }).dueDate;
}

/** 第三十四条 binds 第三十一条第六项 matters; other complaints run on the bureau's configured period. */
export function conclusionClockId(c: Pick<ComplaintSnapshot, 'route'>): 'petitionConclusion' | 'complaintConclusion' {
  return c.route === 'petitionOpinion' ? 'petitionConclusion' : 'complaintConclusion';
}

export function conclusionClock(c: Pick<ComplaintSnapshot, 'route'>, config: ComplaintConfig): ComplaintClockDefinition {
  return config.clocks[conclusionClockId(c)];
}

/** The written notice owed on receipt (第二十三条第二、三款): given unless the contact is unclear, late is a warning. */
function notice(c: ComplaintSnapshot, servedOn: LocalDate | null, config: ComplaintConfig, warn: (i: ComplaintIssue) => void) {
  const clock = c.via === 'direct' ? config.clocks.directNotice : config.clocks.transferredNotice;
  if (servedOn === null) {
    return c.contactKnown ? issue('NOTICE_REQUIRED', '应当书面告知信访人（能够当场告知的当场告知）', clock.basis) : null;
  }
  if (after(c.receivedOn, servedOn)) return issue('COMPLAINT_DATE_INVALID', '告知日期早于收到日期', clock.basis);
  const due = dueDate(clock, c.receivedOn, config);
  if (due && after(servedOn, due)) warn(issue('NOTICE_LATE', `书面告知应于${due}前送达，已逾期`, S.XF_LATE_NOTICE));
  return null;
}

const REDIRECT_GROUNDS: Record<NotAcceptedGround, { basis: Citation; redirect: boolean }> = {
  notCompetent: { basis: S.XF_SCOPE, redirect: true },
  statutoryProcedure: { basis: S.XF_CLAIM_ROUTES, redirect: true },
  duplicateUnderHandling: { basis: S.XF_DUPLICATE, redirect: false },
  finalAfterReexamination: { basis: S.XF_FINAL, redirect: false },
};

function reviewAvailable(c: ComplaintSnapshot, config: ComplaintConfig): boolean {
  return c.route === 'petitionOpinion' || config.reviewForAllRoutes;
}

const GUARDS: { [A in ComplaintCommand['action']]: Guard<A> } = {
  accept: (c, cmd, config, warn) => {
    if (c.category === 'claim' && cmd.route === null) {
      return issue('ROUTE_REQUIRED', '申诉求决类事项受理时应确定办理途径（第三十一条第四至六项）', S.XF_CLAIM_ROUTES);
    }
    return notice(c, cmd.noticeServedOn, config, warn);
  },
  notAccept: (c, cmd, config, warn) => {
    const ground = REDIRECT_GROUNDS[cmd.ground];
    if (ground.redirect && blank(cmd.redirectTo))
      return issue('REDIRECT_REQUIRED', '应告知信访人向有权处理的机关或依法定途径提出', ground.basis);
    if (blank(cmd.explanation)) return issue('EXPLANATION_REQUIRED', '不予受理应说明理由', ground.basis);
    return notice(c, cmd.noticeServedOn, config, warn);
  },
  transfer: (c, cmd, config, warn) => {
    if (blank(cmd.to)) return issue('REDIRECT_REQUIRED', '转送、交办应写明承办机关，并告知信访人去向', S.XF_SCOPE);
    return notice(c, cmd.noticeServedOn, config, warn);
  },
  returnToSender: (c, cmd, config) => {
    if (c.via !== 'transferred') return issue('NOT_TRANSFERRED', '只有转送、交办来的事项可以提出异议退回', S.XF_OBJECTION);
    if (blank(cmd.reason)) return issue('EXPLANATION_REQUIRED', '提出异议应详细说明理由', S.XF_OBJECTION);
    const due = dueDate(config.clocks.transferObjection, c.receivedOn, config);
    if (due && after(cmd.on, due)) return issue('OBJECTION_OUT_OF_TIME', `异议应于${due}前（收到之日起5个工作日内）提出`, S.XF_OBJECTION);
    return null;
  },
  assign: (c, cmd) => {
    if (blank(cmd.departmentId) || cmd.officerIds.length === 0) return issue('ASSIGNEE_REQUIRED', '应指定承办部门和承办人', S.XF_RECUSAL);
    return recusalIssue(c.subjectOfficerIds, cmd.officerIds, 'assignee');
  },
  extend: (c, cmd, config) => {
    const clock = conclusionClock(c, config);
    const basis = clock.extendable ? clock.extendable.basis : clock.basis;
    if (!cmd.approvedByLeader) return issue('EXTENSION_NOT_APPROVED', '延长办理期限须经本机关负责人批准', basis);
    if (blank(cmd.reason)) return issue('EXTENSION_REASON_REQUIRED', '延长办理期限应写明理由（情况复杂）', basis);
    if (!cmd.petitionerInformed) return issue('PETITIONER_NOT_INFORMED', '延长办理期限应告知信访人延期理由', basis);
    const limit = checkEventClockExtensions(clock, [...c.extensions, { days: cmd.days }]);
    if (!limit.ok) return issue(limit.code === 'EXTENSION_LIMIT' ? 'EXTENSION_LIMIT' : 'COMPLAINT_DATE_INVALID', limit.reason, limit.basis);
    const due = c.acceptedOn ? dueDate(clock, c.acceptedOn, config, c) : null;
    if (due && after(cmd.on, due)) return issue('EXTENSION_TOO_LATE', `办理期限已于${due}届满，不能再延长`, basis);
    return null;
  },
  openCaseLead: () => null,
  reply: (c, cmd, config, warn) => {
    if ([...cmd.text.trim()].length < config.minReplyLength) {
      return issue('REPLY_INCOMPLETE', `书面答复应载明投诉请求、事实和理由、处理意见（不少于${config.minReplyLength}字）`, S.XF_OPINION);
    }
    if (c.route === 'petitionOpinion' && blank(cmd.legalBasis)) {
      return issue('REPLY_INCOMPLETE', '信访处理意见书应载明处理意见的法律法规依据', S.XF_OPINION);
    }
    const clock = conclusionClock(c, config);
    const due = c.acceptedOn ? dueDate(clock, c.acceptedOn, config, c) : null;
    if (due && after(cmd.on, due)) warn(issue('CONCLUSION_LATE', `应于${due}前办结，已逾期`, S.XF_LATE_CONCLUSION));
    return null;
  },
  requestReview: (c, cmd, config) => {
    if (!reviewAvailable(c, config))
      return issue('REVIEW_NOT_AVAILABLE', '复查针对信访处理意见（第三十一条第六项）；本事项请依所导入的程序救济', S.XF_REVIEW);
    if (c.review) return issue('REVIEW_ALREADY_REQUESTED', '已经申请过复查', S.XF_REVIEW);
    if (!c.replyReceivedOn) return issue('REPLY_NOT_SERVED', '书面答复送达后方可申请复查', S.XF_REVIEW);
    const due = dueDate(config.clocks.reviewRequestWindow, c.replyReceivedOn, config);
    if (due && after(cmd.on, due)) return issue('REVIEW_WINDOW_CLOSED', `复查应于${due}前（收到书面答复之日起30日内）申请`, S.XF_REVIEW);
    return null;
  },
  answerReview: (c, cmd, config, warn) => answer(c.review, cmd.on, cmd.text, config.clocks.reviewAnswer, config, warn),
  requestReexamination: (c, cmd, config) => {
    if (!c.review?.answeredOn) return issue('REVIEW_NOT_AVAILABLE', '复查意见作出后方可申请复核', S.XF_REEXAMINATION);
    if (c.reexamination) return issue('REVIEW_ALREADY_REQUESTED', '已经申请过复核；对复核意见不服的不再受理', S.XF_FINAL);
    if (!c.review.answerReceivedOn) return issue('REPLY_NOT_SERVED', '复查意见送达后方可申请复核', S.XF_REEXAMINATION);
    const due = dueDate(config.clocks.reexaminationRequestWindow, c.review.answerReceivedOn, config);
    if (due && after(cmd.on, due))
      return issue('REVIEW_WINDOW_CLOSED', `复核应于${due}前（收到复查意见之日起30日内）申请`, S.XF_REEXAMINATION);
    return null;
  },
  answerReexamination: (c, cmd, config, warn) =>
    answer(c.reexamination, cmd.on, cmd.text, config.clocks.reexaminationAnswer, config, warn, c.reexaminationHearings),
  close: () => null,
};

function answer(
  stage: ComplaintSnapshot['review'],
  on: LocalDate,
  text: string,
  clock: ComplaintClockDefinition,
  config: ComplaintConfig,
  warn: (i: ComplaintIssue) => void,
  hearings: ComplaintSnapshot['reexaminationHearings'] = [],
): ComplaintIssue | null {
  if (!stage) return issue('COMPLAINT_ACTION_OUT_OF_ORDER', '没有待答复的请求', clock.basis);
  if (after(stage.requestedOn, on)) return issue('COMPLAINT_DATE_INVALID', '答复日期早于收到请求日期', clock.basis);
  if (blank(text)) return issue('ANSWER_REQUIRED', '应当提出书面意见', clock.basis);
  const due = complaintDeadline({ clock, startDate: stage.requestedOn, calendar: config.calendar, suspensions: hearings }).dueDate;
  if (due && after(on, due)) warn(issue('ANSWER_LATE', `应于${due}前提出意见，已逾期`, clock.basis));
  return null;
}

export function checkComplaintAction(
  complaint: ComplaintSnapshot,
  command: ComplaintCommand,
  config: ComplaintConfig = DEFAULT_COMPLAINT_CONFIG,
): ComplaintCheck {
  const def = COMPLAINT_ACTIONS[command.action];
  if (!(def.from as readonly ComplaintState[]).includes(complaint.state)) {
    const reason = `当前状态（${COMPLAINT_STATE_LABELS[complaint.state]}）不能${def.label}`;
    return { ok: false, ...issue('COMPLAINT_ACTION_OUT_OF_ORDER', reason, def.basis) };
  }
  if (after(complaint.receivedOn, command.on)) {
    return { ok: false, ...issue('COMPLAINT_DATE_INVALID', '办理日期早于收到日期', def.basis) };
  }
  // 回避 (第二十八条第三款): the person complained about takes no step on the matter — not even the acceptance that
  // names them.
  if (command.by) {
    const named = command.action === 'accept' ? (command.subjectIds ?? []) : [];
    const subjects = [...complaint.subjectOfficerIds, ...named];
    const recusal = recusalIssue(subjects, command.by, 'actor');
    if (recusal) return { ok: false, ...recusal };
  }
  const warnings: ComplaintIssue[] = [];
  // TypeScript cannot correlate GUARDS[command.action] with command's own type; the map is keyed so they match.
  const guard = GUARDS[command.action] as Guard<ComplaintCommand['action']>;
  const refusal = guard(complaint, command, config, (w) => warnings.push(w));
  if (refusal) return { ok: false, ...refusal };
  return { ok: true, to: def.to ?? complaint.state, warnings };
}
