/**
 * The complaint / petition lifecycle as a transition table (CONVENTIONS habit 5): for each action, the states it may
 * be taken from, the state it leads to (null = stays), who takes it, and the article it rests on.
 *
 *   received ─accept──────▶ accepted ─assign─▶ assigned ─reply─▶ replied ─close─▶ closed
 *            ├notAccept───▶ notAccepted                              │
 *            ├transfer────▶ transferred                              └requestReview─▶ reviewRequested ─answerReview─▶ reviewed
 *            └returnToSender▶ returned          reviewed ─requestReexamination─▶ reexaminationRequested ─answer─▶ reexamined
 */
import type { Citation } from '../citation.ts';
import * as S from './sources.ts';

export const COMPLAINT_STATES = [
  'received',
  'accepted',
  'notAccepted',
  'transferred',
  'returned',
  'assigned',
  'replied',
  'reviewRequested',
  'reviewed',
  'reexaminationRequested',
  'reexamined',
  'closed',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const COMPLAINT_STATE_LABELS: Record<ComplaintState, string> = {
  received: '已登记',
  accepted: '已受理',
  notAccepted: '不予受理',
  transferred: '已转送交办',
  returned: '已退回转送机关',
  assigned: '办理中',
  replied: '已答复',
  reviewRequested: '复查中',
  reviewed: '已复查',
  reexaminationRequested: '复核中',
  reexamined: '已复核',
  closed: '已办结',
};

/** 建议意见类 (第二十九条), 检举控告类 (第三十条), 申诉求决类 (第三十一条). */
export const COMPLAINT_CATEGORIES = ['suggestion', 'accusation', 'claim'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  suggestion: '建议意见类',
  accusation: '检举控告类',
  claim: '申诉求决类',
};

/**
 * How an accepted 申诉求决类 matter is handled (第三十一条第四至六项). Items (一)–(三) (litigation, arbitration,
 * party appeal) are not accepted as petitions: they are routed away (notAccept, ground statutoryProcedure).
 */
export const CLAIM_ROUTES = ['administrativeProcedure', 'enforcementDuty', 'petitionOpinion'] as const;
export type ClaimRoute = (typeof CLAIM_ROUTES)[number];
export const CLAIM_ROUTE_LABELS: Record<ClaimRoute, string> = {
  administrativeProcedure: '导入行政复议、行政处罚等行政程序（第三十一条第四项）',
  enforcementDuty: '申请查处违法行为或履行保护职责，依法履行或者答复（第三十一条第五项）',
  petitionOpinion: '调查核实并出具信访处理意见书（第三十一条第六项）',
};

export type ComplaintActor = 'intake' | 'departmentHead' | 'leader' | 'handler' | 'petitioner' | 'reviewBody';

export interface ComplaintActionDefinition {
  label: string;
  from: readonly ComplaintState[];
  to: ComplaintState | null;
  actor: ComplaintActor;
  basis: Citation;
}

export const COMPLAINT_ACTIONS = {
  accept: { label: '受理', from: ['received'], to: 'accepted', actor: 'intake', basis: S.XF_DIRECT_NOTICE },
  notAccept: { label: '不予受理', from: ['received'], to: 'notAccepted', actor: 'intake', basis: S.XF_LATE_NOTICE },
  transfer: { label: '转送、交办', from: ['received'], to: 'transferred', actor: 'intake', basis: S.XF_SCOPE },
  returnToSender: { label: '提出异议并退回', from: ['received'], to: 'returned', actor: 'intake', basis: S.XF_OBJECTION },
  assign: { label: '交办承办', from: ['accepted', 'assigned'], to: 'assigned', actor: 'departmentHead', basis: S.XF_RECUSAL },
  extend: { label: '延长办理期限', from: ['accepted', 'assigned'], to: null, actor: 'leader', basis: S.XF_CONCLUSION },
  openCaseLead: { label: '转为案件线索', from: ['accepted', 'assigned'], to: null, actor: 'handler', basis: S.XF_CLAIM_ROUTES },
  reply: { label: '书面答复', from: ['assigned'], to: 'replied', actor: 'handler', basis: S.XF_OPINION },
  requestReview: { label: '申请复查', from: ['replied', 'closed'], to: 'reviewRequested', actor: 'petitioner', basis: S.XF_REVIEW },
  answerReview: { label: '复查答复', from: ['reviewRequested'], to: 'reviewed', actor: 'reviewBody', basis: S.XF_REVIEW },
  requestReexamination: {
    label: '申请复核',
    from: ['reviewed', 'closed'],
    to: 'reexaminationRequested',
    actor: 'petitioner',
    basis: S.XF_REEXAMINATION,
  },
  answerReexamination: {
    label: '复核答复',
    from: ['reexaminationRequested'],
    to: 'reexamined',
    actor: 'reviewBody',
    basis: S.XF_REEXAMINATION,
  },
  close: { label: '办结', from: ['replied', 'reviewed', 'reexamined'], to: 'closed', actor: 'handler', basis: S.XF_OPINION },
} as const satisfies Record<string, ComplaintActionDefinition>;
export type ComplaintActionName = keyof typeof COMPLAINT_ACTIONS;
export const COMPLAINT_ACTION_NAMES = Object.keys(COMPLAINT_ACTIONS) as ComplaintActionName[];

export const TERMINAL_COMPLAINT_STATES: readonly ComplaintState[] = ['notAccepted', 'transferred', 'returned'];

export function complaintActionsFrom(state: ComplaintState): ComplaintActionName[] {
  return COMPLAINT_ACTION_NAMES.filter((a) => (COMPLAINT_ACTIONS[a].from as readonly ComplaintState[]).includes(state));
}
