/**
 * Prior notice (第四十四条), statement and defence (第四十五条、第六十二条) and the hearing request (第六十三条、
 * 第六十四条; LAW.md §11 G5, G7, T5). The request window is the statutory 5 WD clock of deadlines/.
 */
import { PENALTY_CASE_CLOCKS } from '../../deadlines/clock-table.ts';
import { hearingRight } from '../../penalties/hearing-right.ts';
import { describePenalty, penaltyProblems } from '../../penalties/penalty.ts';
import { exceedsPenalty } from '../../penalties/severity.ts';
import type { ProcedureConfig } from '../config.ts';
import { block, dayOf, deadlineOf, isBlank, provisionalWarning, twoOfficerFinding, type Finding, type Guard } from '../guard-kit.ts';
import type { CaseSnapshot } from '../snapshot.ts';
import { HEARING_REQUEST, HEARING_RIGHT_NOTICE, NO_DECISION_WITHOUT_HEARING_PARTY, PRIOR_NOTICE, RECHECK_DEFENCE } from '../sources.ts';
import { partyFindings } from './case-facts.ts';
import { collectiveDiscussionFindings, hearingContextOf, legalReviewFindings } from './review.ts';

/** The party has a hearing right on the notice served: by law (第六十三条) or because the notice granted one. */
export function noticeGivesHearingRight(snapshot: CaseSnapshot, config: ProcedureConfig): boolean {
  const n = snapshot.steps.priorNotice;
  if (n === null) return false;
  return n.statesHearingRight || hearingRight(n.penalty, hearingContextOf(snapshot), config.penaltyRules.hearing).required;
}

export const servePriorNotice: Guard = (ctx) => {
  const draft = ctx.snapshot.drafts.priorNotice;
  if (draft === null) return [block('PRIOR_NOTICE_DRAFT_MISSING', '尚未制作行政处罚事先告知书', PRIOR_NOTICE)];
  const findings: Finding[] = [];
  const team = twoOfficerFinding(ctx);
  if (team) findings.push(team);
  if (draft.penalty.length === 0)
    findings.push(
      block('PROPOSAL_MISSING', '告知书须载明拟作出的行政处罚内容；拟不予处罚的，应作出不予处罚决定', PRIOR_NOTICE, 'decideNoPenalty'),
    );
  findings.push(...penaltyProblems(draft.penalty).map((p) => block(p.code, p.reason, p.basis)));
  const missing: string[] = [];
  if (isBlank(draft.facts)) missing.push('违法事实');
  if (isBlank(draft.reasons)) missing.push('理由');
  if (draft.legalBasis.length === 0) missing.push('依据');
  if (!draft.statesStatementRight) missing.push('陈述、申辩的权利');
  if (missing.length > 0) findings.push(block('PRIOR_NOTICE_INCOMPLETE', `告知书缺少：${missing.join('、')}`, PRIOR_NOTICE));
  const right = hearingRight(draft.penalty, hearingContextOf(ctx.snapshot), ctx.config.penaltyRules.hearing);
  if (right.required && !draft.statesHearingRight) {
    const why = right.triggers.map((t) => t.reason).join('；');
    findings.push(
      block('HEARING_RIGHT_NOT_STATED', `${why}，告知书应当告知当事人有要求听证的权利`, right.triggers[0]?.basis ?? HEARING_RIGHT_NOTICE),
    );
  }
  const previous = ctx.snapshot.steps.priorNotice;
  const reopened = ctx.snapshot.steps.investigationReopenedAt;
  if (previous && exceedsPenalty(draft.penalty, previous.penalty) && !(reopened && reopened.getTime() > previous.servedAt.getTime())) {
    findings.push(
      block(
        'NOTICE_INCREASED_WITHOUT_NEW_FACTS',
        `重新告知的处罚（${describePenalty(draft.penalty)}）重于原告知（${describePenalty(previous.penalty)}），但原告知后未补充调查；不得因陈述、申辩加重处罚`,
        RECHECK_DEFENCE,
        'reopenInvestigation',
      ),
    );
  }
  findings.push(...partyFindings(ctx, null).filter((f) => f.code !== 'MITIGATION_REQUIRED'));
  findings.push(...legalReviewFindings(ctx, draft.penalty, 'notice'), ...collectiveDiscussionFindings(ctx, draft.penalty, 'notice'));
  return findings;
};

export const recordStatementAndDefence: Guard = () => [];

export const recordStatementWaiver: Guard = (ctx) =>
  ctx.snapshot.steps.statementWaivedAt ? [block('STATEMENT_WAIVED', '已记录当事人放弃陈述、申辩', NO_DECISION_WITHOUT_HEARING_PARTY)] : [];

export const requestHearing: Guard = (ctx) => {
  const notice = ctx.snapshot.steps.priorNotice;
  if (notice === null) return [block('PRIOR_NOTICE_REQUIRED', '尚未告知', PRIOR_NOTICE)];
  if (!noticeGivesHearingRight(ctx.snapshot, ctx.config)) {
    return [
      block('NO_HEARING_RIGHT', `拟作出的处罚（${describePenalty(notice.penalty)}）不属于第六十三条规定的听证范围`, HEARING_RIGHT_NOTICE),
    ];
  }
  if (ctx.snapshot.steps.hearingWaivedAt) return [block('HEARING_WAIVED', '当事人已明确放弃听证', HEARING_REQUEST)];
  const window = deadlineOf(PENALTY_CASE_CLOCKS.hearingRequest, dayOf(notice.servedAt), ctx.config);
  const receivedOn = ctx.snapshot.drafts.hearingRequestReceivedOn ?? ctx.today;
  if (window.dueDate !== null && receivedOn > window.dueDate) {
    return [
      block(
        'HEARING_REQUEST_LATE',
        `告知书于${window.startDate}送达，听证申请应于${window.dueDate}前提出，${receivedOn}提出已逾期`,
        HEARING_REQUEST,
      ),
    ];
  }
  return provisionalWarning(window);
};

export const recordHearingWaiver: Guard = (ctx) => {
  if (!noticeGivesHearingRight(ctx.snapshot, ctx.config))
    return [block('NO_HEARING_RIGHT', '本案当事人没有听证权利，无须记录放弃', HEARING_RIGHT_NOTICE)];
  return ctx.snapshot.steps.hearingWaivedAt ? [block('HEARING_WAIVED', '已记录当事人放弃听证', HEARING_REQUEST)] : [];
};
