/**
 * The transition table (CONVENTIONS habit 5): for each action, the states it may be taken from, the state it leads to
 * (null = the case stays where it is), who may take it, and the article it rests on. Guards (guards/) say why an
 * action listed for the current state is refused; an action not listed for the state is refused as out of order.
 * Some actions are listed from states where the law then refuses them (a decision from 调查终结 before 告知) so
 * that the refusal names the article instead of "wrong state".
 */
import type { Citation } from '../citation.ts';
import * as S from './sources.ts';
import type { CaseProcedure, CaseState } from './states.ts';

/** Who may take an action (checked in actors.ts). */
export type ActorRequirement =
  | 'leaderInCharge' // 局长, or the 分管领导 of the case's department
  | 'investigator' // an assigned officer of this case, eligible today
  | 'caseManager' // an assigned investigator, the department head, or the leader in charge
  | 'assigner' // the department head or the leader in charge (who assigns and replaces investigators)
  | 'legalReviewer' // 法制审核员 with 法律职业资格, not an investigator of the case
  | 'hearingOrganiser' // 法制审核员 (法制工作部门 organises hearings), department head or leader in charge
  | 'presider'; // the designated presider of the hearing

export interface ActionDefinition {
  label: string;
  /** The procedure the action belongs to; 'either' for a lead and for shared execution steps. */
  procedure: CaseProcedure | 'either';
  from: readonly CaseState[];
  to: CaseState | null;
  actor: ActorRequirement;
  basis: Citation;
}

const BEFORE_NOTICE = ['investigationReported', 'legalReview', 'collectiveDiscussion'] as const satisfies readonly CaseState[];
const AFTER_NOTICE = ['priorNoticeServed', 'statementAndDefence', 'heard'] as const satisfies readonly CaseState[];
const HEARING_OPEN = ['hearingRequested', 'hearingNoticed'] as const satisfies readonly CaseState[];
const OPEN_GENERAL: readonly CaseState[] = ['filed', 'investigating', ...BEFORE_NOTICE, ...AFTER_NOTICE, ...HEARING_OPEN];
/** After the investigation started and while investigators still act (service, execution). */
const TEAM_STATES: readonly CaseState[] = ['investigating', ...BEFORE_NOTICE, ...AFTER_NOTICE, ...HEARING_OPEN, 'decided', 'served', 'executing'];

export const CASE_ACTIONS = {
  fileCase: { label: '立案', procedure: 'either', from: ['lead'], to: 'filed', actor: 'leaderInCharge', basis: S.FILING },
  declineFiling: { label: '不予立案', procedure: 'either', from: ['lead'], to: 'withdrawn', actor: 'leaderInCharge', basis: S.WITHDRAWAL },
  decideOnTheSpot: {
    label: '当场处罚',
    procedure: 'either',
    from: ['lead'],
    to: 'simpleDecided',
    actor: 'investigator',
    basis: S.SIMPLE_FORM,
  },
  startInvestigation: {
    label: '开始调查',
    procedure: 'general',
    from: ['filed'],
    to: 'investigating',
    actor: 'caseManager',
    basis: S.ENFORCING_OFFICERS,
  },
  submitInvestigationReport: {
    label: '提交调查终结报告',
    procedure: 'general',
    from: ['investigating'],
    to: 'investigationReported',
    actor: 'investigator',
    basis: S.INVESTIGATION_END,
  },
  reopenInvestigation: {
    label: '补充调查',
    procedure: 'general',
    from: [...BEFORE_NOTICE, ...AFTER_NOTICE],
    to: 'investigating',
    actor: 'caseManager',
    basis: S.RECHECK_DEFENCE,
  },
  completeLegalReview: {
    label: '法制审核通过',
    procedure: 'general',
    from: ['investigationReported', ...AFTER_NOTICE],
    to: 'legalReview',
    actor: 'legalReviewer',
    basis: S.LEGAL_REVIEW,
  },
  returnLegalReview: {
    label: '法制审核退回',
    procedure: 'general',
    from: ['investigationReported', ...AFTER_NOTICE],
    to: 'investigating',
    actor: 'legalReviewer',
    basis: S.LEGAL_REVIEW,
  },
  recordCollectiveDiscussion: {
    label: '集体讨论',
    procedure: 'general',
    from: ['investigationReported', 'legalReview', ...AFTER_NOTICE],
    to: 'collectiveDiscussion',
    actor: 'leaderInCharge',
    basis: S.COLLECTIVE_DISCUSSION,
  },
  servePriorNotice: {
    label: '送达事先告知书',
    procedure: 'general',
    from: BEFORE_NOTICE,
    to: 'priorNoticeServed',
    actor: 'investigator',
    basis: S.PRIOR_NOTICE,
  },
  recordStatementAndDefence: {
    label: '记录陈述申辩',
    procedure: 'general',
    from: ['priorNoticeServed', 'statementAndDefence'],
    to: 'statementAndDefence',
    actor: 'investigator',
    basis: S.RECHECK_DEFENCE,
  },
  recordStatementWaiver: {
    label: '记录放弃陈述申辩',
    procedure: 'general',
    from: ['priorNoticeServed', 'statementAndDefence'],
    to: null,
    actor: 'caseManager',
    basis: S.NO_DECISION_WITHOUT_HEARING_PARTY,
  },
  requestHearing: {
    label: '登记听证申请',
    procedure: 'general',
    from: ['priorNoticeServed', 'statementAndDefence'],
    to: 'hearingRequested',
    actor: 'caseManager',
    basis: S.HEARING_REQUEST,
  },
  recordHearingWaiver: {
    label: '记录放弃听证',
    procedure: 'general',
    from: ['priorNoticeServed', 'statementAndDefence'],
    to: null,
    actor: 'caseManager',
    basis: S.HEARING_REQUEST,
  },
  serveHearingNotice: {
    label: '送达听证通知书',
    procedure: 'general',
    from: ['hearingRequested'],
    to: 'hearingNoticed',
    actor: 'hearingOrganiser',
    basis: S.HEARING_NOTICE,
  },
  /** After the presider's recusal was granted (第四十三条、第六十四条), the organiser names another; the date stands. */
  replaceHearingPresider: {
    label: '另行指定听证主持人',
    procedure: 'general',
    from: ['hearingNoticed'],
    to: null,
    actor: 'hearingOrganiser',
    basis: S.HEARING_PRESIDER,
  },
  holdHearing: {
    label: '举行听证',
    procedure: 'general',
    from: ['hearingNoticed'],
    to: 'heard',
    actor: 'presider',
    basis: S.HEARING_RECORD,
  },
  recordHearingWithdrawal: {
    label: '撤回听证申请',
    procedure: 'general',
    from: HEARING_OPEN,
    to: 'heard',
    actor: 'hearingOrganiser',
    basis: S.HEARING_WAIVED,
  },
  decide: {
    label: '作出处罚决定',
    procedure: 'general',
    from: [...BEFORE_NOTICE, ...AFTER_NOTICE, ...HEARING_OPEN],
    to: 'decided',
    actor: 'leaderInCharge',
    basis: S.INVESTIGATION_END,
  },
  decideNoPenalty: {
    label: '不予行政处罚',
    procedure: 'general',
    from: [...BEFORE_NOTICE, ...AFTER_NOTICE],
    to: 'noPenalty',
    actor: 'leaderInCharge',
    basis: S.INVESTIGATION_END,
  },
  transfer: {
    label: '移送司法机关',
    procedure: 'general',
    from: OPEN_GENERAL,
    to: 'transferred',
    actor: 'leaderInCharge',
    basis: S.TRANSFER,
  },
  withdraw: {
    label: '撤销立案',
    procedure: 'general',
    from: ['filed', 'investigating', 'investigationReported'],
    to: 'withdrawn',
    actor: 'leaderInCharge',
    basis: S.WITHDRAWAL,
  },
  requestRecusal: { label: '登记回避申请', procedure: 'general', from: OPEN_GENERAL, to: null, actor: 'caseManager', basis: S.RECUSAL },
  decideRecusal: { label: '作出回避决定', procedure: 'general', from: OPEN_GENERAL, to: null, actor: 'leaderInCharge', basis: S.RECUSAL },
  assignInvestigators: {
    label: '调整承办人员',
    procedure: 'general',
    from: TEAM_STATES,
    to: null,
    actor: 'assigner',
    basis: S.ENFORCING_OFFICERS,
  },
  suspendDecisionClock: {
    label: '中止办案期限',
    procedure: 'general',
    from: OPEN_GENERAL,
    to: null,
    actor: 'leaderInCharge',
    basis: S.DECISION_CLOCK_SUSPENSION,
  },
  resumeDecisionClock: {
    label: '恢复办案期限',
    procedure: 'general',
    from: OPEN_GENERAL,
    to: null,
    actor: 'caseManager',
    basis: S.DECISION_CLOCK_SUSPENSION,
  },
  extendDecisionClock: {
    label: '延长办案期限',
    procedure: 'general',
    from: OPEN_GENERAL,
    to: null,
    actor: 'leaderInCharge',
    basis: S.DECISION_CLOCK_EXTENSION,
  },
  serveDecision: { label: '送达决定书', procedure: 'general', from: ['decided'], to: 'served', actor: 'caseManager', basis: S.SERVICE },
  fileWithAgency: {
    label: '当场处罚备案',
    procedure: 'simple',
    from: ['simpleDecided'],
    to: 'simpleRecorded',
    actor: 'investigator',
    basis: S.SIMPLE_FILING,
  },
  collectCashOnTheSpot: {
    label: '当场收缴罚款',
    procedure: 'either',
    from: ['simpleDecided', 'simpleRecorded', 'served', 'executing'],
    to: null,
    actor: 'investigator',
    basis: S.EXECUTION,
  },
  startExecution: {
    label: '进入执行',
    procedure: 'either',
    from: ['served', 'simpleRecorded'],
    to: 'executing',
    actor: 'caseManager',
    basis: S.EXECUTION,
  },
  close: {
    label: '结案',
    procedure: 'either',
    from: ['served', 'simpleRecorded', 'executing'],
    to: 'closed',
    actor: 'leaderInCharge',
    basis: S.CLOSING,
  },
  archive: {
    label: '归档',
    procedure: 'either',
    from: ['closed', 'noPenalty', 'transferred', 'withdrawn'],
    to: 'archived',
    actor: 'caseManager',
    basis: S.ARCHIVING,
  },
} as const satisfies Record<string, ActionDefinition>;

export type CaseActionName = keyof typeof CASE_ACTIONS;
export const CASE_ACTION_NAMES = Object.keys(CASE_ACTIONS) as CaseActionName[];

export function isCaseActionName(value: string): value is CaseActionName {
  return Object.hasOwn(CASE_ACTIONS, value);
}

export function actionDefinition(action: CaseActionName): ActionDefinition {
  return CASE_ACTIONS[action];
}

/** The actions the table lists for a state and procedure, in table order. */
export function actionsFrom(state: CaseState, procedure: CaseProcedure | null): CaseActionName[] {
  return CASE_ACTION_NAMES.filter((a) => {
    const d = actionDefinition(a);
    return d.from.includes(state) && (d.procedure === 'either' || procedure === null || d.procedure === procedure);
  });
}
