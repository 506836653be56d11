/**
 * The decision (LAW.md §11 G5, G6, G8, G9, G10, T7): no decision before the prior notice and before the party has
 * been heard — the statement period and the hearing request window over or expressly waived, a requested hearing
 * held (第四十四条、第六十二条、第六十四条、第六十五条); never heavier than noticed (第四十五条); legal review and
 * collective discussion where required (第五十八条、第五十七条); every item of 第五十九条. The 90-day clock of
 * 第六十条 only alerts. Or: no penalty, on one of the grounds of 第三十条、第三十一条、第三十三条、第三十六条、第四十条.
 */
import type { Citation } from '../../citation.ts';
import { PENALTY_CASE_CLOCKS } from '../../deadlines/clock-table.ts';
import { checkNotIncreasedAfterDefence } from '../../penalties/defence.ts';
import { needsExecution, penaltyProblems } from '../../penalties/penalty.ts';
import { LIMITATION, MINOR_NO_PENALTY } from '../../penalties/sources.ts';
import {
  block,
  dayOf,
  deadlineOf,
  hasEnded,
  isBlank,
  provisionalWarning,
  warn,
  type Finding,
  type Guard,
  type GuardContext,
} from '../guard-kit.ts';
import type { NoPenaltyGround } from '../snapshot.ts';
import * as S from '../sources.ts';
import { legalBasisFindings, partyFindings } from './case-facts.ts';
import { noticeGivesHearingRight } from './notice.ts';
import { collectiveDiscussionFindings, legalReviewFindings } from './review.ts';

export const NO_PENALTY_GROUNDS: Record<NoPenaltyGround, { label: string; basis: Citation }> = {
  minorCorrected: { label: '违法行为轻微并及时改正，没有造成危害后果', basis: S.NO_PENALTY_MINOR },
  firstViolation: { label: '初次违法且危害后果轻微并及时改正（首违不罚）', basis: S.NO_PENALTY_MINOR },
  noFault: { label: '有证据足以证明没有主观过错', basis: S.NO_PENALTY_NO_FAULT },
  factsNotEstablished: { label: '违法事实不能成立或者事实不清、证据不足', basis: S.NO_PENALTY_FACTS },
  limitationExpired: { label: '违法行为超过追责时效', basis: LIMITATION },
  partyNotPunishable: { label: '当事人不满十四周岁或者不能辨认、控制自己行为', basis: MINOR_NO_PENALTY },
};

/** Has the party been heard (第六十二条、第六十四条)? Findings for every window still open. */
function partyHeardFindings(ctx: GuardContext): Finding[] {
  const { snapshot: s, today, config } = ctx;
  const notice = s.steps.priorNotice;
  if (notice === null) {
    return [
      block(
        'PRIOR_NOTICE_REQUIRED',
        '作出行政处罚决定之前，应当告知当事人拟作出的处罚内容及事实、理由、依据，以及陈述、申辩、要求听证的权利',
        S.PRIOR_NOTICE,
        'servePriorNotice',
      ),
    ];
  }
  const findings: Finding[] = [];
  if (s.state === 'hearingRequested' || s.state === 'hearingNoticed') {
    findings.push(
      block(
        'HEARING_PENDING',
        '当事人已要求听证，应当在听证结束后根据听证笔录作出决定',
        S.DECISION_ON_RECORD,
        s.state === 'hearingRequested' ? 'serveHearingNotice' : 'holdHearing',
      ),
    );
  }
  if (s.steps.statement && s.steps.statement.recheckedAt === null) {
    findings.push(block('STATEMENT_NOT_RECHECKED', '对当事人陈述、申辩提出的事实、理由和证据，应当进行复核', S.RECHECK_DEFENCE));
  }
  const served = dayOf(notice.servedAt);
  if (s.steps.statementWaivedAt === null) {
    const period = deadlineOf(config.clocks.statementAndDefence, served, config);
    if (!hasEnded(period, today)) {
      findings.push(
        block(
          'STATEMENT_PERIOD_OPEN',
          `陈述、申辩期限至${period.dueDate ?? '（未定）'}届满，当事人未明确放弃，期满前不得作出决定`,
          S.STATEMENT_PERIOD,
        ),
      );
    }
    findings.push(...provisionalWarning(period));
  }
  if (noticeGivesHearingRight(s, config) && s.steps.hearing === null && s.steps.hearingWaivedAt === null) {
    const window = deadlineOf(PENALTY_CASE_CLOCKS.hearingRequest, served, config);
    if (!hasEnded(window, today)) {
      findings.push(
        block(
          'HEARING_WINDOW_OPEN',
          `当事人可在${window.dueDate ?? '（未定）'}前要求听证，期满或明确放弃前不得作出决定`,
          S.HEARING_REQUEST,
        ),
      );
    }
    findings.push(...provisionalWarning(window));
  }
  return findings;
}

function decisionItemFindings(ctx: GuardContext): Finding[] {
  const d = ctx.snapshot.drafts.decision;
  if (d === null) return [];
  const missing: string[] = [];
  if (isBlank(d.partyName)) missing.push('当事人的姓名或者名称');
  if (isBlank(d.partyAddress)) missing.push('当事人的地址');
  if (isBlank(d.facts)) missing.push('违法事实');
  if (d.evidence.length === 0) missing.push('证据');
  if (d.legalBasis.length === 0) missing.push('处罚依据');
  if (needsExecution(d.penalty) && isBlank(d.performance)) missing.push('履行方式和期限');
  if (isBlank(d.remedies)) missing.push('申请行政复议、提起行政诉讼的途径和期限');
  if (isBlank(d.agencyName)) missing.push('作出决定的行政机关名称');
  if (d.decisionDate === null) missing.push('作出决定的日期');
  if (!d.sealed) missing.push('行政机关印章');
  return missing.length ? [block('DECISION_ITEMS_MISSING', `决定书缺少：${missing.join('、')}`, S.DECISION_ITEMS)] : [];
}

function decisionClockFindings(ctx: GuardContext): Finding[] {
  const { snapshot: s, config, today } = ctx;
  if (s.steps.filing === null) return [];
  try {
    const d = deadlineOf(config.clocks.decisionPeriod, dayOf(s.steps.filing.approvedAt), config, s.decisionClock);
    if (!hasEnded(d, today)) return [];
    return [
      warn(
        'DECISION_PERIOD_EXCEEDED',
        `自立案之日起应于${d.dueDate ?? ''}前作出决定，已超过${d.daysLeft(today) * -1}日`,
        S.DECISION_PERIOD,
      ),
    ];
  } catch (e) {
    return [block('CLOCK_DATA_INVALID', e instanceof Error ? e.message : '办案期限的中止、延长记录有误', S.DECISION_PERIOD)];
  }
}

export const decide: Guard = (ctx) => {
  const { snapshot: s } = ctx;
  const findings: Finding[] = [...partyHeardFindings(ctx)];
  const draft = s.drafts.decision;
  if (draft === null) {
    findings.push(block('DECISION_DRAFT_MISSING', '尚未制作行政处罚决定书', S.DECISION_ITEMS));
  } else {
    if (draft.penalty.length === 0)
      findings.push(block('EMPTY_PENALTY', '决定书未载明处罚；不予处罚的，应作出不予行政处罚决定', S.INVESTIGATION_END, 'decideNoPenalty'));
    findings.push(...penaltyProblems(draft.penalty).map((p) => block(p.code, p.reason, p.basis)));
    const notice = s.steps.priorNotice;
    if (notice) {
      const r = checkNotIncreasedAfterDefence(notice.penalty, draft.penalty);
      if (!r.ok && r.code === 'INCREASED_AFTER_DEFENCE') findings.push(block(r.code, r.reason, r.basis, 'reopenInvestigation'));
    }
    findings.push(...decisionItemFindings(ctx), ...legalBasisFindings(ctx));
    findings.push(...legalReviewFindings(ctx, draft.penalty, 'decision'), ...collectiveDiscussionFindings(ctx, draft.penalty, 'decision'));
    findings.push(...partyFindings(ctx, draft.mitigation));
  }
  const pending = s.recusals.filter((r) => r.status === 'pending');
  if (pending.length > 0) {
    findings.push(
      block(
        'RECUSAL_PENDING',
        `${pending.map((r) => r.person.name).join('、')}的回避申请尚未决定`,
        S.RECUSAL_BEFORE_DECISION,
        'decideRecusal',
      ),
    );
  }
  return [...findings, ...decisionClockFindings(ctx)];
};

export const decideNoPenalty: Guard = (ctx) => {
  const c = ctx.snapshot.drafts.closure;
  if (c?.noPenaltyGround == null) return [block('NO_PENALTY_GROUND_MISSING', '须选择不予行政处罚的法定情形', S.INVESTIGATION_END)];
  if (isBlank(c.reason))
    return [block('CLOSURE_REASON_MISSING', '须写明不予行政处罚的事实和理由', NO_PENALTY_GROUNDS[c.noPenaltyGround].basis)];
  return [];
};
