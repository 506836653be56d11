/**
 * Sentences for the grounds, the benchmark tier and each adjustment. Decision text goes in `decision`; remarks
 * for the 法制审核 reviewer (not for the party) go in `review`.
 */
import type { Citation } from '../citation.ts';
import type { DiscretionBenchmark, DiscretionTier } from './benchmark.ts';
import { cite, line, type ExplanationLine } from './explain.ts';
import { conditionHolds, describeCondition, type DiscretionFacts } from './facts.ts';
import { effectText, FIRST_VIOLATION_CONDITION, type AppliedGrounds } from './grounds.ts';
import type { Adjustment, RankedTier } from './select-tier.ts';
import * as src from './sources.ts';

export function clauseCitation(b: DiscretionBenchmark, t: DiscretionTier): Citation {
  const article = b.source.article.startsWith('（') ? t.clause : `${b.source.article}${t.clause}`;
  return { law: b.source.law, article, note: t.description };
}

export function conditionText(b: DiscretionBenchmark, t: DiscretionTier): string | null {
  if (t.conditionText) return t.conditionText;
  return t.when ? describeCondition(t.when, b.policy.circumstanceLabels) : null;
}

/** "第二档" stays as is; "从轻处罚" becomes "从轻处罚档次". */
export function tierName(label: string): string {
  return label.endsWith('档') ? label : `${label}档次`;
}

export function explainGrounds(b: DiscretionBenchmark, grounds: AppliedGrounds, facts: DiscretionFacts): ExplanationLine[] {
  const out = [...grounds.mustMitigate, ...grounds.mayMitigate, ...grounds.aggravate].map((g) =>
    line(`当事人${g.label}，依照${cite(g.basis)}的规定，${effectText(g)}。`, g.basis),
  );
  if (!grounds.firstViolation && conditionHolds(FIRST_VIOLATION_CONDITION, facts)) {
    const why = b.firstViolationEntries.length === 0 ? '本事项未列入首违不罚清单' : '本案不符合首违不罚清单所列条件';
    out.push(
      line(
        `当事人虽系初次违法且危害后果轻微并及时改正，但${why}，不适用${cite(src.FIRST_VIOLATION)}关于可以不予行政处罚的规定。`,
        src.FIRST_VIOLATION,
      ),
    );
  }
  return out;
}

export function explainTier(b: DiscretionBenchmark, t: RankedTier, label: string, matched: boolean): ExplanationLine {
  const clause = clauseCitation(b, t.tier);
  const cond = conditionText(b, t.tier);
  if (matched && cond) return line(`根据${cite(clause)}的规定，${cond}的，${t.tier.description}；本案符合该情形。`, clause);
  return line(`本案不具有该裁量基准所列其他档次的情形，适用${cite(clause)}规定的${tierName(label)}（${t.tier.description}）。`, clause);
}

export interface AdjustmentText {
  decision: ExplanationLine | null;
  review: ExplanationLine | null;
}

export function explainAdjustment(
  b: DiscretionBenchmark,
  a: Adjustment,
  tiers: readonly RankedTier[],
  grounds: AppliedGrounds,
): AdjustmentText {
  const to = tiers[a.to]!;
  const clause = clauseCitation(b, to.tier);
  const label = b.policy.scheme.levels[to.severity]?.label ?? to.kind;
  const decision = (text: string, ...basis: Citation[]): AdjustmentText => ({ decision: line(text, ...basis), review: null });
  switch (a.reason) {
    case 'aggravate':
      return decision(`因当事人具有上述从重情节，适用${cite(clause)}规定的${tierName(label)}。`, clause);
    case 'mayMitigate':
      return decision(`因当事人具有上述可以从轻处罚的情节且无从重情节，适用${cite(clause)}规定的${tierName(label)}。`, clause);
    case 'mustMitigate': {
      const rest = grounds.aggravate.length > 0 ? '；法律规定应当从轻或者减轻，从重情节不再提高档次，在本档次幅度内酌情考虑' : '';
      return decision(`因当事人具有上述应当从轻或者减轻处罚的情节，适用${cite(clause)}规定的${tierName(label)}${rest}。`, clause);
    }
    case 'reduce':
      return decision(
        `当事人具有${new Set(grounds.mustMitigate.map((g) => g.id)).size}项应当从轻或者减轻处罚的情节，依法减轻处罚，适用${cite(clause)}规定的${tierName(label)}。`,
        clause,
      );
    case 'noHeavierTier':
      return decision(`${cite(b.source)}对本事项未设从重档次，从重情节在本档次幅度内酌情考虑。`, b.source);
    case 'noLighterTier':
      return decision(`${cite(b.source)}对本事项未设从轻档次，在最轻档次内裁量。`, b.source);
    case 'reduceUnavailable':
      return {
        decision: null,
        review: line(
          `当事人具有多项应当从轻或者减轻处罚的情节，但本裁量基准未设减轻档次，已按从轻档次计算；如拟减轻处罚，应当说明理由并经法制审核（${cite(src.BENCHMARK_DEVIATION)}）。`,
          src.BENCHMARK_DEVIATION,
        ),
      };
  }
}
