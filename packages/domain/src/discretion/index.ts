/**
 * Discretion benchmarks (裁量基准, 行政处罚法 第三十四条) and the explainable calculator: tier schemes and grounds
 * as province data, benchmark validation, tier selection with a plain-Chinese explanation citing each article, and
 * the check of a proposed penalty against the result. Helpers used only inside stay unexported.
 */
export {
  DISCRETION_SANCTION_KINDS,
  DISCRETION_SANCTION_LABELS,
  SUSPENSION_KINDS,
  SUSPENSION_KIND_LABELS,
  formatFen,
  type DiscretionSanctionKind,
  type SuspensionKind,
  type FenRange,
  type PercentRange,
  type MonthRange,
  type SuspensionRange,
} from './sanctions.ts';
export {
  HARM_LEVELS,
  HARM_LEVEL_LABELS,
  CORRECTION_STATES,
  CORRECTION_LABELS,
  MENTAL_STATES,
  MENTAL_STATE_LABELS,
  CIRCUMSTANCE_LABELS,
  conditionHolds,
  describeCondition,
  discretionFactsProblems,
  type HarmLevel,
  type CorrectionState,
  type MentalState,
  type DiscretionParty,
  type DiscretionFacts,
  type NumericFact,
  type DiscretionCondition,
} from './facts.ts';
export {
  TIER_KINDS,
  TIER_KIND_LABELS,
  type TierKind,
  type TierLevel,
  type TierScheme,
  type GroundEffect,
  type DiscretionSourceTag,
  type DiscretionGround,
  type DeviationRule,
  type DiscretionPolicy,
  type StatutoryRange,
  type DiscretionTier,
  type FirstViolationEntry,
  type DiscretionBenchmark,
} from './benchmark.ts';
export {
  STATUTORY_EXEMPTION_GROUNDS,
  STATUTORY_MANDATORY_MITIGATION,
  STATUTORY_DISCRETIONARY_MITIGATION,
  STATUTORY_AGGRAVATION,
  FIRST_VIOLATION_CONDITION,
  evaluateGrounds,
  type AppliedGrounds,
  type DiscretionNote,
  type FirstViolationMatch,
} from './grounds.ts';
export {
  FIVE_TIER_SCHEME,
  DEFAULT_MITIGATING_GROUNDS,
  DEFAULT_AGGRAVATING_GROUNDS,
  JIANGSU_DISCRETION_POLICY,
  withTierScheme,
} from './policy.ts';
export { BENCHMARK_PROBLEM_CODES, validateBenchmark, type BenchmarkProblemCode, type BenchmarkProblem } from './validate-benchmark.ts';
export { statutoryEnvelope, describeDiscretionRange, type DiscretionRange } from './range.ts';
export type { ExplanationLine } from './explain.ts';
export { computeDiscretion, type DiscretionResult, type ResultTier, type AppliedGroundSummary } from './compute-discretion.ts';
export {
  PENALTY_DEVIATION_CODES,
  checkProposedPenalty,
  type ProposedPenalty,
  type PenaltyCheck,
  type PenaltyDeviation,
  type PenaltyDeviationCode,
} from './check-proposed-penalty.ts';
export { statutoryRangeFromCatalogue, yuanToFen, type CatalogueSanctions, type CatalogueOptions } from './catalogue.ts';
export { ageInFullYears } from './age.ts';
export * as discretionSources from './sources.ts';
