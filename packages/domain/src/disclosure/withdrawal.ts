/**
 * Withdrawal of a published decision (行政处罚法 第四十八条): when it is changed, revoked, confirmed illegal or
 * confirmed void, it is withdrawn within three (working) days AND the reason is made public. The page then answers
 * 410 with that reason; search, listings, sitemap and exports drop it (server). Expiry of the publication period is
 * not a withdrawal and needs no public reason (expiry.ts).
 */
import { refuse, RULE_OK, type RuleCheck } from '../penalties/rule-check.ts';
import type { PublicationResultType } from './publication-clocks.ts';
import { TAKE_DOWN_REVOKED, WITHDRAW_ALTERED } from './sources.ts';

export const PUBLICATION_WITHDRAWAL_GROUNDS = ['changed', 'revoked', 'confirmedIllegal', 'confirmedVoid', 'redoOrdered'] as const;
export type PublicationWithdrawalGround = (typeof PUBLICATION_WITHDRAWAL_GROUNDS)[number];
export const PUBLICATION_WITHDRAWAL_GROUND_LABELS: Record<PublicationWithdrawalGround, string> = {
  changed: '被依法变更',
  revoked: '被依法撤销',
  confirmedIllegal: '被确认违法',
  confirmedVoid: '被确认无效',
  redoOrdered: '被要求重新作出',
};

/** The grounds 第四十八条 names; 'redoOrdered' comes from 118号 [S] and applies to other results only. */
const PENALTY_GROUNDS: readonly PublicationWithdrawalGround[] = ['changed', 'revoked', 'confirmedIllegal', 'confirmedVoid'];

export const MIN_PUBLIC_REASON_LENGTH = 10;

export type WithdrawalCheckCode = 'WITHDRAWAL_GROUND_INVALID' | 'WITHDRAWAL_REASON_REQUIRED';

export interface WithdrawalRequest {
  resultType: PublicationResultType;
  ground: PublicationWithdrawalGround;
  /** The reason shown on the withdrawn page (公开说明理由). It is public: it must itself pass the leak scan. */
  publicReason: string;
}

export function checkWithdrawal(request: WithdrawalRequest): RuleCheck<WithdrawalCheckCode> {
  const basis = request.resultType === 'penalty' ? WITHDRAW_ALTERED : TAKE_DOWN_REVOKED;
  if (!PUBLICATION_WITHDRAWAL_GROUNDS.includes(request.ground)) {
    return refuse('WITHDRAWAL_GROUND_INVALID', '撤回事由无效', basis);
  }
  if (request.resultType === 'penalty' && !PENALTY_GROUNDS.includes(request.ground)) {
    return refuse(
      'WITHDRAWAL_GROUND_INVALID',
      '行政处罚决定信息的撤回事由为被依法变更、撤销、确认违法或者确认无效；"要求重新作出"须以撤销或确认违法撤回',
      basis,
    );
  }
  if ([...request.publicReason.trim()].length < MIN_PUBLIC_REASON_LENGTH) {
    return refuse('WITHDRAWAL_REASON_REQUIRED', `撤回须公开说明理由（不少于${MIN_PUBLIC_REASON_LENGTH}字）`, basis);
  }
  return RULE_OK;
}
