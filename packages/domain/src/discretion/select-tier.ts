/**
 * Tier selection in two steps, both monotone: more serious facts never give a milder tier, more mitigating facts
 * never a heavier one.
 *  1. Base tier from the benchmark's own conditions (情节): the heaviest heavier-than-default tier whose condition
 *     holds; else the mildest lighter-than-default tier whose condition holds; else the default tier.
 *  2. Grounds: 从重 grounds lift to at least the first heavier tier; province 可以从轻 grounds step one tier down
 *     (not below 从轻) when no 从重 ground is present; 应当从轻或者减轻 grounds (第三十条, 第三十二条) cap the
 *     tier at 从轻 whatever else holds — the statute prevails over a province's 从重 list; enough of them
 *     (policy.reductionThreshold) select 减轻 when the benchmark has that tier.
 */
import { levelIndex, tierKind, type DiscretionBenchmark, type DiscretionTier, type TierKind } from './benchmark.ts';
import { conditionHolds, type DiscretionFacts } from './facts.ts';
import type { AppliedGrounds } from './grounds.ts';

const RANK: Record<TierKind, number> = { exempt: 0, mitigated: 1, lighter: 2, ordinary: 3, heavier: 4 };

export interface RankedTier {
  tier: DiscretionTier;
  kind: TierKind;
  /** Index in the scheme: the severity users compare. */
  severity: number;
}

/** The benchmark's tiers on known levels, mildest first. */
export function rankedTiers(b: DiscretionBenchmark): RankedTier[] {
  return b.tiers
    .flatMap((tier) => {
      const kind = tierKind(b.policy.scheme, tier);
      return kind ? [{ tier, kind, severity: levelIndex(b.policy.scheme, tier.level) }] : [];
    })
    .sort((x, y) => x.severity - y.severity);
}

export function defaultTierIndex(tiers: readonly RankedTier[]): number {
  const explicit = tiers.findIndex((t) => t.tier.default === true);
  if (explicit >= 0) return explicit;
  const ordinary = tiers.findIndex((t) => t.kind === 'ordinary');
  if (ordinary >= 0) return ordinary;
  // No default configured (validateBenchmark reports it): the mildest non-exempt tier keeps the result lawful.
  const firstPenalty = tiers.findIndex((t) => t.kind !== 'exempt');
  return firstPenalty >= 0 ? firstPenalty : 0;
}

export interface BaseSelection {
  index: number;
  /** The tier's own condition held (false when the default applied because nothing else did). */
  matched: boolean;
}

export function selectBaseTier(tiers: readonly RankedTier[], facts: DiscretionFacts): BaseSelection {
  const def = defaultTierIndex(tiers);
  const holds = (i: number): boolean => {
    const w = tiers[i]?.tier.when;
    return w !== undefined && conditionHolds(w, facts);
  };
  for (let i = tiers.length - 1; i > def; i--) if (holds(i)) return { index: i, matched: true };
  for (let i = 0; i < def; i++) if (holds(i)) return { index: i, matched: true };
  return { index: def, matched: holds(def) };
}

export type AdjustmentReason =
  'aggravate' | 'mayMitigate' | 'mustMitigate' | 'reduce' | 'reduceUnavailable' | 'noHeavierTier' | 'noLighterTier';

export interface Adjustment {
  reason: AdjustmentReason;
  from: number;
  to: number;
}

export function adjustForGrounds(
  tiers: readonly RankedTier[],
  base: number,
  grounds: AppliedGrounds,
  reductionThreshold: number | null,
): { index: number; adjustments: Adjustment[] } {
  const adjustments: Adjustment[] = [];
  const rankOf = (i: number): number => RANK[tiers[i]!.kind];
  const firstWhere = (p: (r: number) => boolean): number => tiers.findIndex((_, i) => p(rankOf(i)));
  const lastWhere = (p: (r: number) => boolean): number => {
    for (let i = tiers.length - 1; i >= 0; i--) if (p(rankOf(i))) return i;
    return -1;
  };
  const step = (reason: AdjustmentReason, to: number, at: number): number => {
    if (to !== at) adjustments.push({ reason, from: at, to });
    return to;
  };
  let at = base;

  if (grounds.aggravate.length > 0) {
    const heavier = firstWhere((r) => r >= RANK.heavier);
    if (heavier < 0) adjustments.push({ reason: 'noHeavierTier', from: at, to: at });
    else at = step('aggravate', Math.max(at, heavier), at);
  } else if (grounds.mayMitigate.length > 0) {
    const floor = firstWhere((r) => r >= RANK.lighter);
    if (floor >= 0 && at > floor) at = step('mayMitigate', at - 1, at);
  }

  if (grounds.mustMitigate.length > 0) {
    let cap = lastWhere((r) => r === RANK.lighter || r === RANK.mitigated);
    if (cap < 0) {
      cap = firstWhere((r) => r > RANK.exempt);
      adjustments.push({ reason: 'noLighterTier', from: at, to: at });
    }
    if (cap >= 0) at = step('mustMitigate', Math.min(at, cap), at);

    const distinct = new Set(grounds.mustMitigate.map((g) => g.id)).size;
    if (reductionThreshold !== null && distinct >= reductionThreshold) {
      const reduced = lastWhere((r) => r === RANK.mitigated);
      if (reduced < 0) adjustments.push({ reason: 'reduceUnavailable', from: at, to: at });
      else at = step('reduce', Math.min(at, reduced), at);
    }
  }
  return { index: at, adjustments };
}
