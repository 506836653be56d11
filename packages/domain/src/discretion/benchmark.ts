/**
 * A discretion benchmark (行政处罚裁量基准, 行政处罚法 第三十四条) for one penalty power: the statutory range of its
 * basis, the province's tier scheme with each tier's conditions and sub-range, the grounds lists, and the power's
 * 首违不罚 entries. Everything here is data a province or bureau configures; the rules live in the functions.
 */
import type { Citation } from '../citation.ts';
import type { DiscretionCondition } from './facts.ts';
import type { FenRange, MonthRange, PercentRange, DiscretionSanctionKind, SuspensionKind, SuspensionRange } from './sanctions.ts';

/** GLOSSARY discretionBenchmark tiers, mildest first. */
export const TIER_KINDS = ['exempt', 'mitigated', 'lighter', 'ordinary', 'heavier'] as const;
export type TierKind = (typeof TIER_KINDS)[number];
export const TIER_KIND_LABELS: Record<TierKind, string> = {
  exempt: '不予处罚',
  mitigated: '减轻处罚',
  lighter: '从轻处罚',
  ordinary: '一般处罚',
  heavier: '从重处罚',
};

/** One level of a province's scheme, e.g. 重庆 2023 "从轻", 山东鉴定 "特别严重" (kind heavier). */
export interface TierLevel {
  code: string;
  label: string;
  kind: TierKind;
  /** Every benchmark of the province must have a tier at this level. */
  required: boolean;
}

/** A province's set of tiers, mildest first; kinds never decrease along the list. */
export interface TierScheme {
  id: string;
  name: string;
  levels: readonly TierLevel[];
  source: Citation;
}

export type GroundEffect = 'exempt' | 'mustMitigate' | 'mayMitigate' | 'aggravate';
export type DiscretionSourceTag = 'V' | 'S' | 'U' | 'design';

/** A reusable reason for no, lighter, mitigated or heavier penalty, with the facts that make it apply. */
export interface DiscretionGround {
  id: string;
  /** The circumstance as the decision words it, without the subject: "主动消除或者减轻违法行为危害后果". */
  label: string;
  effect: GroundEffect;
  when: DiscretionCondition;
  basis: Citation;
  /** Overrides the effect's standard wording, e.g. "可以从轻处罚" for a province list that allows only 从轻. */
  effectText?: string;
  /** A 可以从轻 ground that does not open 减轻 (province lists); statutory mayMitigate grounds allow both. */
  lighterOnly?: boolean;
  /** What the agency must also do, e.g. 责令监护人加以管教 (第三十条). */
  measure?: string;
  tag: DiscretionSourceTag;
}

/** What a decision outside the benchmark needs, by province rule. */
export interface DeviationRule {
  requiresWrittenReason: boolean;
  requiresLegalReview: boolean;
  requiresCollectiveDiscussion: boolean;
  basis: readonly Citation[];
}

/** Province-level configuration shared by all benchmarks of a deployment. */
export interface DiscretionPolicy {
  id: string;
  province: string;
  scheme: TierScheme;
  /** Province 可以从轻 grounds and 第三十二条第（五）项 grounds set by local law (effect mustMitigate). */
  mitigatingGrounds: readonly DiscretionGround[];
  aggravatingGrounds: readonly DiscretionGround[];
  /**
   * 从轻 or 减轻 when the law says "应当从轻或者减轻": this many distinct mandatory grounds select the 减轻 tier
   * (when the benchmark has one); null = never by count, only through a tier's own conditions.
   */
  reductionThreshold: number | null;
  /** Window in which earlier violations count as "prior" (初次违法 / 再犯); null = ever. */
  priorViolationLookBackYears: number | null;
  deviation: DeviationRule;
  /** Labels for the policy's own circumstance ids. */
  circumstanceLabels: Readonly<Record<string, string>>;
  source: Citation;
}

/** The range the basis article sets; a tier may never leave it (减轻 may go below its floor). */
export interface StatutoryRange {
  basis: readonly Citation[];
  /** Fixed-amount fine; mandatory = "并处", optional = "可以并处" or only "情节严重的". */
  fine: (FenRange & { mandatory: boolean }) | null;
  /** Fine as multiples of the illegal income; capFen when the text also sets a maximum ("最高不超过3万元"). */
  fineMultiple: (PercentRange & { mandatory: boolean; capFen: number | null }) | null;
  /** A zero minimum means the text sets none ("三个月以下"). */
  suspension: (MonthRange & { kind: SuspensionKind; mandatory: boolean }) | null;
  sanctions: readonly DiscretionSanctionKind[];
  mandatorySanctions: readonly DiscretionSanctionKind[];
  /** 责令停止违法行为, 移送 … — measures that are not penalties. */
  otherMeasures: readonly string[];
}

export interface DiscretionTier {
  /** TierLevel.code of the policy's scheme. */
  level: string;
  /** The benchmark clause, cited in the explanation: "第一档", "第三条第（二）项". */
  clause: string;
  /** The conditions as the benchmark words them; when absent, they are generated from `when`. */
  conditionText?: string;
  /**
   * When this tier applies. Tiers heavier than the default tier: the heaviest one whose condition holds wins;
   * otherwise the mildest lighter-than-default tier whose condition holds; otherwise the default tier.
   */
  when?: DiscretionCondition;
  /** The tier that applies when no listed circumstance does; defaults to the first tier of kind ordinary. */
  default?: boolean;
  fine?: FenRange;
  fineMultiple?: PercentRange;
  suspension?: SuspensionRange;
  sanctions: readonly DiscretionSanctionKind[];
  /** The sanction as the benchmark words it: "警告，并处五千元以下罚款，没收违法所得". */
  description: string;
  note?: string;
}

/** One entry of a 首违不罚 list (第三十三条第一款第二句) for this power. */
export interface FirstViolationEntry {
  /** The violation as the list words it. */
  description: string;
  /** Conditions beyond the statutory three (初次, 危害后果轻微, 及时改正), e.g. 违法持续不满一个月. */
  when?: DiscretionCondition;
  /** The list and its item: law = list title, article = item ("第3项"). */
  source: Citation;
}

export interface DiscretionBenchmark {
  powerCode: string;
  powerName: string;
  /** The benchmark document and its item: law = document title, article = the item for this power. */
  source: Citation;
  statutory: StatutoryRange;
  policy: DiscretionPolicy;
  tiers: readonly DiscretionTier[];
  firstViolationEntries: readonly FirstViolationEntry[];
  /** A 法律/行政法规 that excludes the no-fault exemption for this power (第三十三条第二款但书). */
  noFaultExemptionExcludedBy?: Citation;
}

export function levelIndex(scheme: TierScheme, code: string): number {
  return scheme.levels.findIndex((l) => l.code === code);
}

export function tierKind(scheme: TierScheme, tier: DiscretionTier): TierKind | null {
  return scheme.levels.find((l) => l.code === tier.level)?.kind ?? null;
}
