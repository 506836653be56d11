/**
 * 罚没财物 / 涉案财物 register: an item is held until it is returned, auctioned, destroyed or handed to the
 * treasury — each end final. Auction, destruction and hand-over need the head's disposal approval for that very
 * disposal; auction proceeds are recorded in fen and go to the treasury (第七十四条).
 */
import type { Penalty } from '../penalties/penalty.ts';
import type { CaseState } from '../procedures/states.ts';
import { allowed, refuse, type EvidenceCheck } from './result.ts';
import { PRESERVATION_DISPOSAL, PROPERTY_DISPOSAL, PROPERTY_DISPOSAL_APPROVAL } from './sources.ts';

export const PROPERTY_STATUSES = ['held', 'returned', 'auctioned', 'destroyed', 'handedToTreasury'] as const;
export type PropertyStatus = (typeof PROPERTY_STATUSES)[number];
export const PROPERTY_STATUS_LABELS: Record<PropertyStatus, string> = {
  held: '在库保管',
  returned: '已退还',
  auctioned: '已拍卖',
  destroyed: '已销毁',
  handedToTreasury: '已上缴国库',
};

export type PropertyDisposal = Exclude<PropertyStatus, 'held'>;
/** Disposals that need the head's approval first. */
export const APPROVED_DISPOSALS = ['auctioned', 'destroyed', 'handedToTreasury'] as const satisfies readonly PropertyDisposal[];

/**
 * Disposals open only to property 依法没收 (第七十四条): a served decision that confiscates. Returning (退还) is always
 * open; destruction rests on its own ground (除依法应当予以销毁的物品外) and only needs the head's approval.
 */
export const CONFISCATION_DISPOSALS = ['auctioned', 'handedToTreasury'] as const satisfies readonly PropertyDisposal[];

/** Where the case stands on confiscation: no decision yet, a decision without confiscation, not served, or served. */
export type ConfiscationStatus = 'noDecision' | 'noConfiscation' | 'notServed' | 'confiscated';

/** States in which the decision has been served (第六十一条) and stands to be executed. */
const SERVED_STATES: readonly CaseState[] = ['served', 'executing', 'closed', 'archived'];

/**
 * The case's confiscation, from its latest decision (null when none) and its state. On-the-spot decisions (第五十一条)
 * cannot confiscate, so the simple procedure never yields 'confiscated'.
 */
export function confiscationStatus(decidedPenalty: Penalty | null, state: CaseState): ConfiscationStatus {
  if (decidedPenalty === null) return 'noDecision';
  if (!decidedPenalty.some((s) => s.kind === 'confiscateIllegalIncome' || s.kind === 'confiscateIllegalProperty')) return 'noConfiscation';
  return SERVED_STATES.includes(state) ? 'confiscated' : 'notServed';
}

const NOT_CONFISCATED_REASON: Record<Exclude<ConfiscationStatus, 'confiscated'>, string> = {
  noDecision: '本案尚未作出行政处罚决定',
  noConfiscation: '本案处罚决定未没收违法所得或者非法财物',
  notServed: '本案没收决定尚未送达当事人',
};

/** Auction and hand-over to the treasury only for property confiscated by a served decision (第七十四条). */
export function checkConfiscated(to: PropertyStatus, status: ConfiscationStatus): EvidenceCheck {
  if (!(CONFISCATION_DISPOSALS as readonly PropertyStatus[]).includes(to) || status === 'confiscated') return allowed;
  const preservedHint =
    status === 'noDecision'
      ? `；先行登记保存的证据应当在七个工作日内作出处理决定（${PRESERVATION_DISPOSAL.law}${PRESERVATION_DISPOSAL.article}），不予没收的应当退还`
      : '；不予没收的财物应当退还';
  return refuse(
    'PROPERTY_NOT_CONFISCATED',
    `只有依法没收的财物才能${PROPERTY_STATUS_LABELS[to].replace(/^已/, '')}：${NOT_CONFISCATED_REASON[status]}${preservedHint}`,
    PROPERTY_DISPOSAL,
  );
}

export const isFinalPropertyStatus = (s: PropertyStatus) => s !== 'held';

export interface PropertyTransition {
  from: PropertyStatus;
  to: PropertyStatus;
  /** The disposal the head approved (pending on the item), if any. */
  approvedDisposal: PropertyDisposal | null;
  proceedsFen: number | null;
  note: string;
  /** Whether the case's served decision confiscated (auction and treasury need it). */
  confiscation: ConfiscationStatus;
}

export function checkPropertyTransition(t: PropertyTransition): EvidenceCheck {
  if (isFinalPropertyStatus(t.from)) {
    return refuse('PROPERTY_TRANSITION', `该财物已${PROPERTY_STATUS_LABELS[t.from].replace(/^已/, '')}，处置已完成，不能再变更状态`, PROPERTY_DISPOSAL);
  }
  if (t.to === 'held') return refuse('PROPERTY_TRANSITION', '财物已在库保管', PROPERTY_DISPOSAL);
  const confiscated = checkConfiscated(t.to, t.confiscation);
  if (!confiscated.ok) return confiscated;
  if ((APPROVED_DISPOSALS as readonly PropertyStatus[]).includes(t.to) && t.approvedDisposal !== t.to) {
    return refuse('PROPERTY_APPROVAL_REQUIRED', `“${PROPERTY_STATUS_LABELS[t.to]}”须先经局领导批准该处置方式`, PROPERTY_DISPOSAL_APPROVAL);
  }
  if (t.to === 'auctioned') {
    if (t.proceedsFen === null || !Number.isSafeInteger(t.proceedsFen) || t.proceedsFen < 0) {
      return refuse('PROPERTY_PROCEEDS', '拍卖应登记拍卖款（以分计的非负整数），款项全部上缴国库', PROPERTY_DISPOSAL);
    }
  } else if (t.proceedsFen !== null && t.proceedsFen !== 0) {
    return refuse('PROPERTY_PROCEEDS', '只有拍卖才登记处置款项', PROPERTY_DISPOSAL);
  }
  if (t.note.trim() === '') return refuse('PROPERTY_TRANSITION', '请填写处置说明（如退还对象、销毁方式、入库凭证号）', PROPERTY_DISPOSAL);
  return allowed;
}

/** May the head approve this disposal now? Only for an item still held, and auction/treasury only once confiscated. */
export function checkDisposalApproval(status: PropertyStatus, disposal: PropertyDisposal, confiscation: ConfiscationStatus): EvidenceCheck {
  if (isFinalPropertyStatus(status)) return refuse('PROPERTY_TRANSITION', `该财物已${PROPERTY_STATUS_LABELS[status].replace(/^已/, '')}，无需审批处置`, PROPERTY_DISPOSAL);
  if (!(APPROVED_DISPOSALS as readonly PropertyStatus[]).includes(disposal)) {
    return refuse('PROPERTY_TRANSITION', `“${PROPERTY_STATUS_LABELS[disposal]}”无需单独审批`, PROPERTY_DISPOSAL_APPROVAL);
  }
  return checkConfiscated(disposal, confiscation);
}
