/**
 * 法制审核 (第五十八条, LAW.md §11 G8) and 集体讨论 (第五十七条, G9): when each is required, whether the one on
 * record still holds for the penalty now proposed, and the guards of the two steps themselves.
 * A review or discussion holds when it agreed, came after the last supplementary investigation and — for the
 * decision — after a hearing that was held (第五十八条第（二）项, 第六十五条), and approved a penalty at least as heavy.
 */
import type { Citation } from '../../citation.ts';
import type { HearingContext } from '../../penalties/hearing-thresholds.ts';
import { hearingRight } from '../../penalties/hearing-right.ts';
import { describePenalty, penaltyProblems, SANCTION_KIND_LABELS, type Penalty } from '../../penalties/penalty.ts';
import { exceedsPenalty } from '../../penalties/severity.ts';
import type { CaseSnapshot } from '../snapshot.ts';
import { actorRef, block, everInvestigated, recusalOf, samePerson, type Finding, type Guard, type GuardContext } from '../guard-kit.ts';
import {
  COLLECTIVE_CATALOGUE,
  COLLECTIVE_DISCUSSION,
  LEGAL_REVIEW,
  REVIEW_CATALOGUE,
  REVIEW_INDEPENDENCE,
  REVIEWER_QUALIFICATION,
} from '../sources.ts';

/** 'notice': before the prior notice (config decides whether review is due yet); 'decision': before deciding. */
export type ReviewPhase = 'notice' | 'decision';

/** Why a review or discussion is required: the fact and the article (or catalogue) that makes it so. */
export interface RequirementGround {
  reason: string;
  basis: Citation;
}

type Ground = RequirementGround;
/** What the requirement rules read: the case and the bureau's configuration (a GuardContext will do). */
type CaseAndConfig = Pick<GuardContext, 'snapshot' | 'config'>;

/** 第五十八条 binds reviewers who started after the law took effect. */
const REVIEWER_RULE_IN_FORCE = '2021-07-15';

export function hearingContextOf(snapshot: CaseSnapshot): HearingContext {
  return { party: snapshot.party.kind, conduct: snapshot.conduct, sector: snapshot.power.sector };
}

export function hearingWasHeld(snapshot: CaseSnapshot): boolean {
  return snapshot.steps.hearing?.outcome === 'held';
}

function catalogueGrounds(
  ctx: CaseAndConfig,
  penalty: Penalty,
  kinds: readonly string[],
  hearingEligible: boolean,
  basis: Citation,
): Ground[] {
  const grounds: Ground[] = [];
  const listed = penalty.filter((s) => kinds.includes(s.kind)).map((s) => SANCTION_KIND_LABELS[s.kind]);
  if (listed.length > 0) grounds.push({ reason: `拟${listed.join('、')}`, basis });
  if (hearingEligible && hearingRight(penalty, hearingContextOf(ctx.snapshot), ctx.config.penaltyRules.hearing).required) {
    grounds.push({ reason: '拟作出的处罚属于听证范围', basis });
  }
  return grounds;
}

export function legalReviewGrounds(ctx: CaseAndConfig, penalty: Penalty, phase: ReviewPhase): Ground[] {
  const { flags } = ctx.snapshot;
  const c = ctx.config.legalReview;
  const grounds: Ground[] = [];
  if (flags.majorPublicInterest) grounds.push({ reason: '涉及重大公共利益', basis: LEGAL_REVIEW });
  if (phase === 'decision' && hearingWasHeld(ctx.snapshot)) grounds.push({ reason: '经过听证程序', basis: LEGAL_REVIEW });
  if (flags.complex || flags.multipleLegalRelations) grounds.push({ reason: '案件情况疑难复杂、涉及多个法律关系', basis: LEGAL_REVIEW });
  if (flags.reviewRequiredByLaw) grounds.push({ reason: '法律、法规规定应当法制审核', basis: LEGAL_REVIEW });
  if (c.allGeneralCases) grounds.push({ reason: '本局规定普通程序案件一律法制审核', basis: REVIEW_CATALOGUE });
  grounds.push(...catalogueGrounds(ctx, penalty, c.sanctionKinds, c.hearingEligible, REVIEW_CATALOGUE));
  return grounds;
}

export function collectiveDiscussionGrounds(ctx: CaseAndConfig, penalty: Penalty): Ground[] {
  const { flags } = ctx.snapshot;
  const c = ctx.config.collectiveDiscussion;
  const grounds: Ground[] = [];
  if (flags.complex) grounds.push({ reason: '情节复杂', basis: COLLECTIVE_DISCUSSION });
  if (flags.majorViolation) grounds.push({ reason: '重大违法行为', basis: COLLECTIVE_DISCUSSION });
  grounds.push(...catalogueGrounds(ctx, penalty, c.sanctionKinds, c.hearingEligible, COLLECTIVE_CATALOGUE));
  return grounds;
}

const after = (a: Date, b: Date | null | undefined): boolean => b === null || b === undefined || a.getTime() > b.getTime();

/** Whether the review on record holds for `penalty` in `phase`; findings name what is missing. */
export function legalReviewFindings(ctx: GuardContext, penalty: Penalty, phase: ReviewPhase): Finding[] {
  if (phase === 'notice' && !ctx.config.legalReview.beforePriorNotice) return [];
  const grounds = legalReviewGrounds(ctx, penalty, phase);
  if (grounds.length === 0) return [];
  const why = grounds.map((g) => g.reason).join('、');
  const basis = grounds[0]?.basis ?? LEGAL_REVIEW;
  const { steps } = ctx.snapshot;
  const r = steps.legalReview;
  if (r === null || r.result !== 'agree') {
    return [block('LEGAL_REVIEW_REQUIRED', `本案${why}，须经法制审核通过${r ? '（上次审核未通过）' : ''}`, basis, 'completeLegalReview')];
  }
  if (!after(r.completedAt, steps.investigationReopenedAt)) {
    return [block('LEGAL_REVIEW_STALE', '法制审核后又补充调查，须重新审核', basis, 'completeLegalReview')];
  }
  if (phase === 'decision' && hearingWasHeld(ctx.snapshot) && !after(r.completedAt, steps.hearing?.endedAt)) {
    return [block('LEGAL_REVIEW_STALE', '经过听证程序的，听证后应当进行法制审核', LEGAL_REVIEW, 'completeLegalReview')];
  }
  if (exceedsPenalty(penalty, r.reviewedPenalty)) {
    return [
      block(
        'LEGAL_REVIEW_STALE',
        `拟处罚（${describePenalty(penalty)}）重于审核通过的（${describePenalty(r.reviewedPenalty)}），须重新审核`,
        basis,
        'completeLegalReview',
      ),
    ];
  }
  return [];
}

export function collectiveDiscussionFindings(ctx: GuardContext, penalty: Penalty, phase: ReviewPhase): Finding[] {
  if (phase === 'notice' && !ctx.config.collectiveDiscussion.beforePriorNotice) return [];
  const grounds = collectiveDiscussionGrounds(ctx, penalty);
  if (grounds.length === 0) return [];
  const why = grounds.map((g) => g.reason).join('、');
  const basis = grounds[0]?.basis ?? COLLECTIVE_DISCUSSION;
  const { steps } = ctx.snapshot;
  const d = steps.collectiveDiscussion;
  if (d === null)
    return [block('COLLECTIVE_DISCUSSION_REQUIRED', `本案${why}，应当由行政机关负责人集体讨论决定`, basis, 'recordCollectiveDiscussion')];
  if (!after(d.heldAt, steps.investigationReopenedAt)) {
    return [block('COLLECTIVE_DISCUSSION_STALE', '集体讨论后又补充调查，须重新集体讨论', basis, 'recordCollectiveDiscussion')];
  }
  if (phase === 'decision' && hearingWasHeld(ctx.snapshot) && !after(d.heldAt, steps.hearing?.endedAt)) {
    return [
      block(
        'COLLECTIVE_DISCUSSION_STALE',
        '听证结束后，应当根据听证笔录依照第五十七条作出决定（重新集体讨论）',
        COLLECTIVE_DISCUSSION,
        'recordCollectiveDiscussion',
      ),
    ];
  }
  if (exceedsPenalty(penalty, d.approvedPenalty)) {
    return [
      block(
        'COLLECTIVE_DISCUSSION_STALE',
        `拟处罚（${describePenalty(penalty)}）重于集体讨论决定的（${describePenalty(d.approvedPenalty)}）`,
        basis,
        'recordCollectiveDiscussion',
      ),
    ];
  }
  return [];
}

/** The reviewer: qualified (第五十八条第二款) and independent of the investigation (118号). */
function reviewerFindings(ctx: GuardContext): Finding[] {
  const { actor, snapshot, config } = ctx;
  const me = actorRef(actor);
  const findings: Finding[] = [];
  const grandfathered =
    config.legalReview.allowGrandfatheredReviewers && actor.firstReviewedOn !== null && actor.firstReviewedOn < REVIEWER_RULE_IN_FORCE;
  if (!actor.legalProfessionQualification && !grandfathered) {
    findings.push(block('REVIEWER_NOT_QUALIFIED', `${actor.name}未取得法律职业资格，不得从事法制审核`, REVIEWER_QUALIFICATION));
  }
  if (everInvestigated(snapshot, me))
    findings.push(block('REVIEWER_IS_INVESTIGATOR', `${actor.name}参与了本案调查，不得审核本案`, REVIEW_INDEPENDENCE));
  const recusal = recusalOf(snapshot, me, 'reviewer');
  if (recusal === 'granted' || recusal === 'pending') {
    findings.push(
      block('REVIEWER_RECUSED', `${actor.name}${recusal === 'granted' ? '已决定回避' : '的回避申请尚未决定'}`, REVIEW_INDEPENDENCE),
    );
  }
  return findings;
}

const proposalFindings = (ctx: GuardContext): Finding[] => {
  const p = ctx.snapshot.proposedPenalty;
  if (p === null || p.length === 0) return [block('PROPOSAL_MISSING', '尚无拟处罚内容可供审核', LEGAL_REVIEW)];
  return penaltyProblems(p).map((x) => block(x.code, x.reason, x.basis));
};

export const completeLegalReview: Guard = (ctx) => [...reviewerFindings(ctx), ...proposalFindings(ctx)];
export const returnLegalReview: Guard = (ctx) => reviewerFindings(ctx);

export const recordCollectiveDiscussion: Guard = (ctx) => {
  const d = ctx.snapshot.drafts.collectiveDiscussion;
  if (d === null || !d.minutesRecorded) return [block('COLLECTIVE_MINUTES_MISSING', '集体讨论须形成会议记录', COLLECTIVE_DISCUSSION)];
  const findings: Finding[] = penaltyProblems(d.approvedPenalty).map((x) => block(x.code, x.reason, x.basis));
  // A leader counts only when identified by an account (the server sets isLeader from the account's roles).
  const leaders = d.attendees
    .filter((a) => a.isLeader && a.person.userId !== null)
    .filter((a, i, all) => all.findIndex((b) => samePerson(a.person, b.person)) === i);
  const min = ctx.config.collectiveDiscussion.minLeaders;
  if (leaders.length < min) {
    findings.push(block('COLLECTIVE_QUORUM', `集体讨论须有至少${min}名行政机关负责人参加，实到${leaders.length}名`, COLLECTIVE_DISCUSSION));
  }
  const phase: ReviewPhase = ctx.snapshot.steps.priorNotice === null ? 'notice' : 'decision';
  findings.push(...legalReviewFindings(ctx, d.approvedPenalty, phase));
  return findings;
};
