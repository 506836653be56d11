/**
 * 中止 / 恢复 / 延期 of the 90-day decision clock (第六十条, LAW.md §11 T7). The statute has no suspension or extension
 * clause ("法律、法规、规章另有规定的，从其规定"); the rules here follow the ministerial practice tagged [S] in
 * sources.ts: a suspension approved by the head with its reason and first day, resumed when its cause ends; an
 * extension approved by the leader in charge, at most `maxDaysPerApproval` days each time, a further one only on a
 * collective decision of the heads, and only before the period has run out. The counting is deadlines/'s.
 */
import { addCalendarDays, type LocalDate } from '../../calendar/local-date.ts';
import { checkExtensions, checkSuspensions, type ClockChangeCheck } from '../../deadlines/clock-changes.ts';
import { DEFAULT_DECISION_CLOCK_RULES, type ProcedureConfig } from '../config.ts';
import { block, dayOf, deadlineOf, hasEnded, isBlank, type Finding, type Guard, type GuardContext } from '../guard-kit.ts';
import type { CaseSnapshot } from '../snapshot.ts';
import { DECISION_CLOCK_EXTENSION, DECISION_CLOCK_SUSPENSION } from '../sources.ts';

export function decisionClockRules(config: ProcedureConfig) {
  return config.decisionClock ?? DEFAULT_DECISION_CLOCK_RULES;
}

/** The open 中止 of the decision clock, if any. */
export function openSuspension(snapshot: CaseSnapshot) {
  return snapshot.decisionClock.suspensions.find((s) => s.to === null || s.to === undefined) ?? null;
}

const changeFinding = (r: ClockChangeCheck): Finding[] => (r.ok ? [] : [block(r.code, r.reason, r.basis)]);

function decisionDeadline(ctx: GuardContext) {
  const filing = ctx.snapshot.steps.filing;
  if (filing === null) return null;
  try {
    return deadlineOf(ctx.config.clocks.decisionPeriod, dayOf(filing.approvedAt), ctx.config, ctx.snapshot.decisionClock);
  } catch {
    return null; // invalid records are reported by checkSuspensions / checkExtensions below and by the decision guard
  }
}

const missing = (what: string, basis = DECISION_CLOCK_SUSPENSION): Finding[] => [block('CLOCK_CHANGE_MISSING', `请填写${what}`, basis)];

export const suspendDecisionClock: Guard = (ctx) => {
  const { snapshot, today, config } = ctx;
  if (openSuspension(snapshot)) {
    return [block('DECISION_CLOCK_SUSPENDED', '办案期限已处于中止状态，须先恢复', DECISION_CLOCK_SUSPENSION, 'resumeDecisionClock')];
  }
  const change = snapshot.drafts.decisionClockChange;
  if (change?.kind !== 'suspend') return missing('中止的原因和起始日期');
  const findings: Finding[] = [];
  if (isBlank(change.reason)) findings.push(block('CLOCK_CHANGE_REASON_MISSING', '中止办案期限须写明原因', DECISION_CLOCK_SUSPENSION));
  const filedOn = snapshot.steps.filing ? dayOf(snapshot.steps.filing.approvedAt) : null;
  if (filedOn !== null && change.from < filedOn) {
    findings.push(block('INVALID_CLOCK_CHANGE', `中止起始日${change.from}早于立案日${filedOn}`, DECISION_CLOCK_SUSPENSION));
  }
  if (change.from > today) findings.push(block('INVALID_CLOCK_CHANGE', `中止起始日${change.from}不能晚于今日`, DECISION_CLOCK_SUSPENSION));
  const lastEnd = snapshot.decisionClock.suspensions.reduce<LocalDate | null>((m, s) => (s.to && (m === null || s.to > m) ? s.to : m), null);
  if (lastEnd !== null && change.from <= lastEnd) {
    findings.push(block('INVALID_CLOCK_CHANGE', `中止起始日${change.from}与此前的中止期间（至${lastEnd}）重叠`, DECISION_CLOCK_SUSPENSION));
  }
  const d = decisionDeadline(ctx);
  if (d?.dueDate && change.from > d.dueDate) {
    findings.push(block('INVALID_CLOCK_CHANGE', `办案期限已于${d.dueDate}届满，不能再中止`, DECISION_CLOCK_SUSPENSION));
  }
  findings.push(...changeFinding(checkSuspensions(config.clocks.decisionPeriod, [...snapshot.decisionClock.suspensions, { from: change.from, to: null }])));
  return findings;
};

export const resumeDecisionClock: Guard = (ctx) => {
  const { snapshot, today } = ctx;
  const open = openSuspension(snapshot);
  if (!open) return [block('DECISION_CLOCK_NOT_SUSPENDED', '办案期限未中止，无需恢复', DECISION_CLOCK_SUSPENSION)];
  const change = snapshot.drafts.decisionClockChange;
  if (change?.kind !== 'resume') return missing('恢复计算的日期');
  const findings: Finding[] = [];
  if (change.resumedOn <= open.from) {
    findings.push(block('INVALID_CLOCK_CHANGE', `恢复日期应晚于中止起始日${open.from}`, DECISION_CLOCK_SUSPENSION));
  }
  if (change.resumedOn > today) findings.push(block('INVALID_CLOCK_CHANGE', `恢复日期${change.resumedOn}不能晚于今日`, DECISION_CLOCK_SUSPENSION));
  return findings;
};

/** The suspension list once `resumedOn` closes the open one: its last paused day is the day before. */
export function closeSuspension<S extends { from: LocalDate; to?: LocalDate | null }>(suspensions: readonly S[], resumedOn: LocalDate): S[] {
  return suspensions.map((s) => (s.to === null || s.to === undefined ? { ...s, to: addCalendarDays(resumedOn, -1) } : s));
}

export const extendDecisionClock: Guard = (ctx) => {
  const { snapshot, today, config } = ctx;
  const d = decisionDeadline(ctx);
  if (d && hasEnded(d, today)) {
    return [block('EXTENSION_AFTER_EXPIRY', `办案期限已于${d.dueDate ?? ''}届满，不能再延长`, DECISION_CLOCK_EXTENSION)];
  }
  const change = snapshot.drafts.decisionClockChange;
  if (change?.kind !== 'extend') return missing('延长的天数和理由', DECISION_CLOCK_EXTENSION);
  const rules = decisionClockRules(config);
  const findings: Finding[] = [];
  if (isBlank(change.reason)) findings.push(block('CLOCK_CHANGE_REASON_MISSING', '延长办案期限须写明理由', DECISION_CLOCK_EXTENSION));
  if (!Number.isInteger(change.days) || change.days < 1) {
    findings.push(block('INVALID_CLOCK_CHANGE', '延长天数应为正整数', DECISION_CLOCK_EXTENSION));
  } else if (change.days > rules.maxDaysPerApproval) {
    findings.push(
      block('EXTENSION_LIMIT', `每次经批准延长不得超过${rules.maxDaysPerApproval}日（申请${change.days}日）`, DECISION_CLOCK_EXTENSION),
    );
  }
  if (snapshot.decisionClock.extensions.length > 0 && rules.furtherExtensionByCollectiveDecision && !change.collectiveDecision) {
    findings.push(
      block(
        'EXTENSION_NEEDS_COLLECTIVE_DECISION',
        '已经延期仍不能作出决定的，是否继续延期应由行政机关负责人集体讨论决定',
        DECISION_CLOCK_EXTENSION,
      ),
    );
  }
  if (Number.isInteger(change.days) && change.days >= 1) {
    findings.push(...changeFinding(checkExtensions(config.clocks.decisionPeriod, [...snapshot.decisionClock.extensions, { days: change.days }])));
  }
  return findings;
};
