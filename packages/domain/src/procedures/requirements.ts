/**
 * What the law asks of a case for a given penalty, for the case page ("本案须法制审核：拟停止执业"): the hearing
 * right (第六十三条), legal review (第五十八条) and collective discussion (第五十七条), each with its grounds.
 */
import { hearingRight, type HearingRight } from '../penalties/hearing-right.ts';
import type { Penalty } from '../penalties/penalty.ts';
import { DEFAULT_PROCEDURE_CONFIG, type ProcedureConfig } from './config.ts';
import { collectiveDiscussionGrounds, hearingContextOf, legalReviewGrounds, type RequirementGround } from './guards/review.ts';
import type { CaseSnapshot } from './snapshot.ts';

export interface CaseRequirements {
  hearingRight: HearingRight;
  /** Grounds for legal review before the decision; empty when none is required. */
  legalReview: RequirementGround[];
  collectiveDiscussion: RequirementGround[];
}

export function caseRequirements(
  snapshot: CaseSnapshot,
  penalty: Penalty,
  config: ProcedureConfig = DEFAULT_PROCEDURE_CONFIG,
): CaseRequirements {
  const on = { snapshot, config };
  return {
    hearingRight: hearingRight(penalty, hearingContextOf(snapshot), config.penaltyRules.hearing),
    legalReview: legalReviewGrounds(on, penalty, 'decision'),
    collectiveDiscussion: collectiveDiscussionGrounds(on, penalty),
  };
}
