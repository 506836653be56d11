/**
 * computeDiscretion: the facts of a case → the tier, the range for this case, and the reasoning in plain Chinese,
 * citing each article and benchmark clause used, ready for the "鉴于…" part of the decision (行政处罚法 第五十九条).
 * Order of the law: 不予处罚 (第三十条、第三十一条、第三十三条) first, then the benchmark's tiers, then the
 * 从轻/减轻/从重 grounds (第三十条至第三十二条, province lists) — see select-tier.ts.
 */
import type { Citation } from '../citation.ts';
import {
  TIER_KIND_LABELS,
  type DeviationRule,
  type DiscretionBenchmark,
  type DiscretionGround,
  type GroundEffect,
  type StatutoryRange,
  type TierKind,
} from './benchmark.ts';
import { clauseCitation, explainAdjustment, explainGrounds, explainTier, tierName } from './compute-explanation.ts';
import { discretionFactsProblems, type DiscretionFacts } from './facts.ts';
import { explainExemption } from './exemption.ts';
import { cite, citeAll, distinctCitations, joinLines, line, type ExplanationLine } from './explain.ts';
import { evaluateGrounds } from './grounds.ts';
import { describeDiscretionRange, EMPTY_RANGE, resolveTierRange, statutoryEnvelope, type DiscretionRange } from './range.ts';
import { adjustForGrounds, rankedTiers, selectBaseTier } from './select-tier.ts';
import { formatFen } from './sanctions.ts';
import * as src from './sources.ts';
import { validateBenchmark, type BenchmarkProblem } from './validate-benchmark.ts';

export interface ResultTier {
  /** The scheme level code ('exempt' when the scheme has no exempt level). */
  code: string;
  label: string;
  kind: TierKind;
  /** Index in the province's scheme, -1 for a statutory exemption the scheme does not list: compare to order. */
  severity: number;
  /** The benchmark clause applied; null for a statutory exemption. */
  clause: string | null;
  /** The clause as a citation (benchmark document + clause), or the exemption article. */
  basis: Citation;
}

export interface AppliedGroundSummary {
  id: string;
  label: string;
  effect: GroundEffect | 'firstViolation';
  basis: readonly Citation[];
}

export interface DiscretionResult {
  powerCode: string;
  illegalIncomeFen: number;
  tier: ResultTier;
  /** mandatory: the law forbids a penalty; discretionary: 首违不罚 or a benchmark's own 不予处罚 clause. */
  exemption: 'mandatory' | 'discretionary' | null;
  range: DiscretionRange;
  /** What the law allows for this case: the statutory range, from 0 when a 减轻 ground exists. */
  lawful: DiscretionRange;
  /** A 第三十条至第三十二条 ground (or a province 应当减轻 ground) is present: going below the floor is lawful. */
  reductionAvailable: boolean;
  grounds: readonly AppliedGroundSummary[];
  /** Orders that go with the result: 责令改正, 责令监护人…, 教育. Also part of the explanation. */
  measures: readonly ExplanationLine[];
  explanation: readonly ExplanationLine[];
  /** The explanation as one paragraph. */
  text: string;
  /** Every citation the explanation uses, once. */
  basis: readonly Citation[];
  /** Remarks for the 法制审核 reviewer, not decision text (e.g. no 减轻 tier, confiscation when not penalized). */
  reviewNotes: readonly ExplanationLine[];
  /** The benchmark's statutory range and the province's rule for deviations, for checkProposedPenalty. */
  statutory: StatutoryRange;
  deviation: DeviationRule;
  /** validateBenchmark's findings; the range is clamped into the law regardless. */
  problems: readonly BenchmarkProblem[];
}

export function computeDiscretion(b: DiscretionBenchmark, facts: DiscretionFacts): DiscretionResult {
  const bad = discretionFactsProblems(facts);
  if (bad.length > 0) throw new RangeError(bad.join('；'));
  const problems = validateBenchmark(b);
  const grounds = evaluateGrounds(b, facts);
  const income = facts.illegalIncomeFen;
  const summarize = (gs: readonly DiscretionGround[]): AppliedGroundSummary[] =>
    gs.map((g) => ({ id: g.id, label: g.label, effect: g.effect, basis: [g.basis] }));
  const fv = grounds.firstViolation;
  // The grounds the result rests on: an exemption makes the others moot.
  const summaries: AppliedGroundSummary[] =
    grounds.exempt.length > 0
      ? summarize(grounds.exempt)
      : fv
        ? [{ id: 'firstViolationExemption', label: fv.entry.description, effect: 'firstViolation', basis: fv.basis }]
        : summarize([...grounds.mustMitigate, ...grounds.mayMitigate, ...grounds.aggravate]);
  const reductionAvailable = grounds.mustMitigate.length > 0 || grounds.mayMitigate.some((g) => g.lighterOnly !== true);
  const notes = grounds.notes.map((n) => line(`${n.text}（${cite(n.basis)}）。`, n.basis));
  const scheme = b.policy.scheme;
  const tiers = rankedTiers(b);

  const reviewNotes: ExplanationLine[] = [];
  const finish = (
    tier: ResultTier,
    exemption: DiscretionResult['exemption'],
    range: DiscretionRange,
    body: ExplanationLine[],
    measures: ExplanationLine[],
  ): DiscretionResult => {
    const explanation = [...notes, ...body, ...measures];
    const lawful =
      exemption === 'mandatory' ? EMPTY_RANGE : statutoryEnvelope(b.statutory, income, reductionAvailable || tier.kind === 'mitigated');
    return {
      powerCode: b.powerCode,
      illegalIncomeFen: income,
      tier,
      exemption,
      range,
      lawful,
      reductionAvailable,
      grounds: summaries,
      measures,
      explanation,
      text: joinLines(explanation),
      basis: distinctCitations(explanation),
      reviewNotes,
      statutory: b.statutory,
      deviation: b.policy.deviation,
      problems,
    };
  };

  if (grounds.exempt.length > 0 || grounds.firstViolation) {
    const level = scheme.levels.find((l) => l.kind === 'exempt');
    const tier: ResultTier = {
      code: level?.code ?? 'exempt',
      label: level?.label ?? TIER_KIND_LABELS.exempt,
      kind: 'exempt',
      severity: level ? scheme.levels.indexOf(level) : -1,
      clause: null,
      basis: grounds.exempt[0]?.basis ?? src.FIRST_VIOLATION,
    };
    const { body, measures, reviewNotes: notesForReview } = explainExemption(grounds, income);
    reviewNotes.push(...notesForReview);
    return finish(tier, grounds.exempt.length > 0 ? 'mandatory' : 'discretionary', EMPTY_RANGE, body, measures);
  }

  const base = selectBaseTier(tiers, facts);
  const { index, adjustments } = adjustForGrounds(tiers, base.index, grounds, b.policy.reductionThreshold);
  const chosen = tiers[index];
  if (!chosen) throw new RangeError(`裁量基准“${b.powerName}”没有可适用的档次`);
  const range = resolveTierRange(chosen.tier, chosen.kind, b.statutory, income);
  const level = scheme.levels[chosen.severity]!;
  const clause = clauseCitation(b, chosen.tier);
  const tier: ResultTier = {
    code: level.code,
    label: level.label,
    kind: chosen.kind,
    severity: chosen.severity,
    clause: chosen.tier.clause,
    basis: clause,
  };

  const body: ExplanationLine[] = [...explainGrounds(b, grounds, facts)];
  const baseTier = tiers[base.index]!;
  body.push(explainTier(b, baseTier, scheme.levels[baseTier.severity]!.label, base.matched));
  // A statutory cap after a 从重 lift: the cap's sentence names the 从重 circumstances, the lift would only confuse.
  const capped = adjustments.some((a) => a.reason === 'mustMitigate');
  for (const a of adjustments.filter((x) => !(capped && x.reason === 'aggravate'))) {
    const t = explainAdjustment(b, a, tiers, grounds);
    if (t.decision) body.push(t.decision);
    if (t.review) reviewNotes.push(t.review);
  }

  if (chosen.kind === 'exempt')
    return finish(tier, 'discretionary', EMPTY_RANGE, body, [
      line(`依照${cite(src.EDUCATION)}的规定，对当事人进行教育。`, src.EDUCATION),
      ...correctionMeasures(0, false),
    ]);

  body.push(
    line(
      `综上，依照${citeAll([...b.statutory.basis, clause])}的规定，对当事人在${tierName(level.label)}内处罚：${describeDiscretionRange(range)}。`,
      ...b.statutory.basis,
      clause,
    ),
  );
  if (b.statutory.fineMultiple && income === 0 && range.fine?.maxFen === 0)
    body.push(
      line(
        `当事人无违法所得，依照${cite(b.statutory.basis[0] ?? src.PROPORTIONALITY)}按违法所得倍数计算的罚款为零。`,
        b.statutory.basis[0] ?? src.PROPORTIONALITY,
      ),
    );
  return finish(tier, null, range, body, correctionMeasures(income, range.sanctions.includes('confiscateIllegalIncome')));
}

/** 第二十八条: correction always; confiscation stated with the amount. */
export function correctionMeasures(incomeFen: number, confiscate: boolean): ExplanationLine[] {
  const out = [line(`依照${cite(src.CORRECTION_ORDER)}的规定，责令当事人改正违法行为。`, src.CORRECTION_ORDER)];
  if (incomeFen > 0 && confiscate)
    out.push(
      line(
        `当事人违法所得${formatFen(incomeFen)}，依照${cite(src.ILLEGAL_INCOME_CONFISCATION)}的规定，除依法应当退赔的外，予以没收。`,
        src.ILLEGAL_INCOME_CONFISCATION,
      ),
    );
  return out;
}
