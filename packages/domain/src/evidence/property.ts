/**
 * 罚没财物 / 涉案财物 register: an item is held until it is returned, auctioned, destroyed or handed to the
 * treasury — each end final. Auction, destruction and hand-over need the head's disposal approval for that very
 * disposal; auction proceeds are recorded in fen and go to the treasury (第七十四条).
 */
import { allowed, refuse, type EvidenceCheck } from './result.ts';
import { PROPERTY_DISPOSAL, PROPERTY_DISPOSAL_APPROVAL } from './sources.ts';

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

export const isFinalPropertyStatus = (s: PropertyStatus) => s !== 'held';

export interface PropertyTransition {
  from: PropertyStatus;
  to: PropertyStatus;
  /** The disposal the head approved (pending on the item), if any. */
  approvedDisposal: PropertyDisposal | null;
  proceedsFen: number | null;
  note: string;
}

export function checkPropertyTransition(t: PropertyTransition): EvidenceCheck {
  if (isFinalPropertyStatus(t.from)) {
    return refuse('PROPERTY_TRANSITION', `该财物已${PROPERTY_STATUS_LABELS[t.from].replace(/^已/, '')}，处置已完成，不能再变更状态`, PROPERTY_DISPOSAL);
  }
  if (t.to === 'held') return refuse('PROPERTY_TRANSITION', '财物已在库保管', PROPERTY_DISPOSAL);
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

/** May the head approve this disposal now? Only for an item still held. */
export function checkDisposalApproval(status: PropertyStatus, disposal: PropertyDisposal): EvidenceCheck {
  if (isFinalPropertyStatus(status)) return refuse('PROPERTY_TRANSITION', `该财物已${PROPERTY_STATUS_LABELS[status].replace(/^已/, '')}，无需审批处置`, PROPERTY_DISPOSAL);
  if (!(APPROVED_DISPOSALS as readonly PropertyStatus[]).includes(disposal)) {
    return refuse('PROPERTY_TRANSITION', `“${PROPERTY_STATUS_LABELS[disposal]}”无需单独审批`, PROPERTY_DISPOSAL_APPROVAL);
  }
  return allowed;
}
