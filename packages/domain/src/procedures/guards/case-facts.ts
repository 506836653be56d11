/**
 * Guards on the case's facts, shared by filing, on-the-spot and ordinary decisions: the legal basis (第十六条 — the
 * verdict comes from the legal-basis module), the limitation period (第三十六条) and the party (第三十条、第三十一条).
 */
import type { LocalDate } from '../../calendar/local-date.ts';
import { checkLimitation } from '../../penalties/limitation.ts';
import { checkPartyMayBePunished, type MitigationTier } from '../../penalties/party.ts';
import { LIMITATION } from '../../penalties/sources.ts';
import { block, dayOf, warn, type Finding, type GuardContext } from '../guard-kit.ts';
import { LEGAL_BASIS } from '../sources.ts';

export function legalBasisFindings(ctx: GuardContext): Finding[] {
  const { legalBasis } = ctx.snapshot;
  if (legalBasis.length === 0) return [block('LEGAL_BASIS_MISSING', '尚未填写执法依据（法律、法规、规章的具体条款）', LEGAL_BASIS)];
  return legalBasis.flatMap((b) => [
    ...b.problems.map((p) => block('LEGAL_BASIS_INVALID', `依据“${b.label}”不能作为处罚依据：${p.message}`, p.basis)),
    // 第三十七条: a change the platform cannot rank is flagged for the legal reviewer, not decided here.
    ...(b.applied ?? [])
      .filter((a) => a.rule === 'needsReview')
      .map((a) => warn('LEGAL_BASIS_CHANGED', `依据“${b.label}”在违法行为发生后已修改：${a.message}`, a.basis)),
  ]);
}

/** The act's date the rules look at: its end for a continuing act, else the day it was committed. */
export function actDate(ctx: GuardContext): LocalDate | null {
  const v = ctx.snapshot.violation;
  return v ? (v.endedOn ?? v.startedOn) : null;
}

/** 第三十六条 at discovery (the day the lead was received). */
export function limitationFindings(ctx: GuardContext): Finding[] {
  const v = ctx.snapshot.violation;
  if (v === null) {
    return [block('VIOLATION_DATES_MISSING', '须填写违法行为发生日期（连续或继续状态的，终了日期）以核对追责时效', LIMITATION)];
  }
  const r = checkLimitation(v, dayOf(ctx.snapshot.leadReceivedAt), ctx.config.calendar);
  if (r.ok) return [];
  return [block(r.code, r.reason, r.basis, r.code === 'LIMITATION_EXPIRED' ? 'declineFiling' : undefined)];
}

/** 第三十条、第三十一条: no penalty on a child or a person lacking capacity; a minor's must be mitigated. */
export function partyFindings(ctx: GuardContext, mitigation: MitigationTier | null): Finding[] {
  const date = actDate(ctx);
  if (date === null) return [];
  const r = checkPartyMayBePunished(ctx.snapshot.party, date, mitigation);
  return r.ok ? [] : [block(r.code, r.reason, r.basis, r.code === 'NO_PENALTY_FOR_PARTY' ? 'decideNoPenalty' : undefined)];
}
