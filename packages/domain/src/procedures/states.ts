/**
 * States of a penalty case. A state names the last step completed (立案已批准, 告知书已送达 …); what is in progress
 * is in the snapshot. The general procedure (普通程序, with 听证 as its branch) and the simple one (简易程序) share
 * execution, closing and archiving.
 */
export const CASE_STATES = [
  'lead',
  'filed',
  'investigating',
  'investigationReported',
  'legalReview',
  'collectiveDiscussion',
  'priorNoticeServed',
  'statementAndDefence',
  'hearingRequested',
  'hearingNoticed',
  'heard',
  'decided',
  'served',
  'simpleDecided',
  'simpleRecorded',
  'executing',
  'closed',
  'archived',
  'noPenalty',
  'transferred',
  'withdrawn',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_STATE_LABELS: Record<CaseState, string> = {
  lead: '案源登记',
  filed: '已立案',
  investigating: '调查取证',
  investigationReported: '调查终结',
  legalReview: '法制审核通过',
  collectiveDiscussion: '集体讨论完毕',
  priorNoticeServed: '已告知',
  statementAndDefence: '陈述申辩',
  hearingRequested: '已申请听证',
  hearingNoticed: '已通知听证',
  heard: '听证结束',
  decided: '已作出决定',
  served: '已送达',
  simpleDecided: '当场处罚（已交付）',
  simpleRecorded: '当场处罚已备案',
  executing: '执行中',
  closed: '已结案',
  archived: '已归档',
  noPenalty: '不予行政处罚',
  transferred: '已移送',
  withdrawn: '已撤销',
};

/** Outcomes that end the case before a penalty decision; only archiving follows. */
export const OUTCOME_STATES = ['noPenalty', 'transferred', 'withdrawn'] as const satisfies readonly CaseState[];

/** No action leaves these. */
export const TERMINAL_STATES = ['archived'] as const satisfies readonly CaseState[];

export function isTerminalState(state: CaseState): boolean {
  return (TERMINAL_STATES as readonly CaseState[]).includes(state);
}

/** `procedure` of GLOSSARY: 简易程序 simple / 普通程序 general; a lead has none until an officer chooses. */
export type CaseProcedure = 'simple' | 'general';
export const PROCEDURE_LABELS: Record<CaseProcedure, string> = { simple: '简易程序', general: '普通程序' };

/** States reached only under each procedure (shared states are in neither list). */
export const GENERAL_ONLY_STATES: readonly CaseState[] = [
  'filed',
  'investigating',
  'investigationReported',
  'legalReview',
  'collectiveDiscussion',
  'priorNoticeServed',
  'statementAndDefence',
  'hearingRequested',
  'hearingNoticed',
  'heard',
  'decided',
  'served',
  'noPenalty',
  'transferred',
];
export const SIMPLE_ONLY_STATES: readonly CaseState[] = ['simpleDecided', 'simpleRecorded'];
