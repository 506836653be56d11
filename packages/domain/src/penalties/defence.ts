/**
 * 第四十五条: no heavier penalty because of the statement or defence (LAW.md §11 G6). The decision is compared with
 * the penalty the prior notice stated (第四十四条): whatever goes beyond it was never notified, whether or not the party
 * spoke, so the only lawful road to more is new facts, a supplementary investigation and a new notice.
 */
import type { Citation } from '../citation.ts';
import { describePenalty, penaltyProblems, type Penalty } from './penalty.ts';
import { refuse, RULE_OK, type RuleCheck } from './rule-check.ts';
import { describeExcess, exceedsPenalty } from './severity.ts';
import { NO_HEAVIER_AFTER_DEFENCE, PRIOR_NOTICE } from './sources.ts';

export type DefenceCheckCode = 'INCREASED_AFTER_DEFENCE' | 'INVALID_PENALTY';

export const DEFENCE_RULE_BASIS: Citation = {
  ...NO_HEAVIER_AFTER_DEFENCE,
  note: `${NO_HEAVIER_AFTER_DEFENCE.note ?? ''}；超出事先告知内容的部分未经告知（${PRIOR_NOTICE.article}）`,
};

export function checkNotIncreasedAfterDefence(noticePenalty: Penalty, decisionPenalty: Penalty): RuleCheck<DefenceCheckCode> {
  const problem = penaltyProblems(decisionPenalty)[0] ?? penaltyProblems(noticePenalty)[0];
  if (problem) return refuse('INVALID_PENALTY', problem.reason, problem.basis);
  if (!exceedsPenalty(decisionPenalty, noticePenalty)) return RULE_OK;
  const excess = describeExcess(decisionPenalty, noticePenalty).join('；');
  return refuse(
    'INCREASED_AFTER_DEFENCE',
    `处罚决定（${describePenalty(decisionPenalty)}）重于事先告知的处罚（${describePenalty(noticePenalty)}）：${excess}。` +
      '不得因当事人陈述、申辩而加重处罚；发现新的违法事实需加重的，应当补充调查并重新告知',
    DEFENCE_RULE_BASIS,
  );
}
