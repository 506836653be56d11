/**
 * The portal's view of a benchmark (行政处罚法 第三十四条: 裁量基准应当向社会公布): tiers with their conditions and
 * ranges in yuan, the grounds lists and the 首违不罚 entries. Internal notes and ids are never included.
 */
import type { z } from 'zod';
import type { PublicBenchmarkDto } from '@quanze/contracts';
import {
  citationForDisplay,
  describeCondition,
  formatFen,
  TIER_KIND_LABELS,
  type Citation,
  type DiscretionBenchmark,
  type DiscretionGround,
  type StatutoryRange,
  type TierKind,
} from '@quanze/domain';
import { tierDescription } from './discretion.defaults.ts';

/** 《律师法》第四十八条; a placeholder article ("（待核）") is left out. */
export const citeText = (c: Citation): string => citationForDisplay(c);

export function statutoryText(s: StatutoryRange): string {
  const text = tierDescription({
    fine: s.fine ?? undefined,
    fineMultiple: s.fineMultiple ?? undefined,
    suspension: s.suspension ?? undefined,
    sanctions: s.sanctions,
  });
  const cap = s.fineMultiple?.capFen != null ? `（最高不超过${formatFen(s.fineMultiple.capFen)}）` : '';
  const measures = s.otherMeasures.length > 0 ? `；${s.otherMeasures.join('，')}` : '';
  return `${text}${cap}${measures}`;
}

const EFFECT_TEXT: Record<DiscretionGround['effect'], string> = {
  exempt: '不予行政处罚',
  mustMitigate: '应当从轻或者减轻行政处罚',
  mayMitigate: '可以从轻或者减轻行政处罚',
  aggravate: '从重处罚',
};

const ground = (g: DiscretionGround) => ({
  label: g.label,
  effect: g.effectText ?? (g.effect === 'mayMitigate' && g.lighterOnly ? '可以从轻处罚' : EFFECT_TEXT[g.effect]),
  basis: citeText(g.basis),
});

export function presentPublicBenchmark(
  b: DiscretionBenchmark,
  meta: { versionNo: number; publishedAt: Date },
): z.infer<typeof PublicBenchmarkDto> {
  const levels = b.policy.scheme.levels;
  const tiers = [...b.tiers]
    .map((t) => ({ t, i: levels.findIndex((l) => l.code === t.level) }))
    .filter((x) => x.i >= 0)
    .sort((x, y) => x.i - y.i)
    .map(({ t, i }) => {
      const level = levels[i]!;
      const kind: TierKind = level.kind;
      const condition =
        t.conditionText ??
        (t.when ? describeCondition(t.when, b.policy.circumstanceLabels) : t.default || kind === 'ordinary' ? '不具有从轻、从重情形' : '');
      return {
        label: level.label,
        kind,
        kindLabel: TIER_KIND_LABELS[kind],
        clause: t.clause,
        condition,
        rangeText: kind === 'exempt' ? '不予处罚' : tierDescription(t),
        description: t.description,
      };
    });
  const d = b.policy.deviation;
  const needs = [
    d.requiresWrittenReason && '在处罚决定书中说明理由',
    d.requiresLegalReview && '经法制审核',
    d.requiresCollectiveDiscussion && '经集体讨论决定',
  ]
    .filter(Boolean)
    .join('、');
  return {
    source: { law: b.source.law, article: b.source.article },
    statutoryText: statutoryText(b.statutory),
    statutoryBasis: b.statutory.basis.map((c) => ({ law: c.law, article: c.article })),
    tiers,
    mitigatingGrounds: b.policy.mitigatingGrounds.map(ground),
    aggravatingGrounds: b.policy.aggravatingGrounds.map(ground),
    firstViolationEntries: b.firstViolationEntries.map((e) => ({
      description: e.description,
      condition: e.when ? describeCondition(e.when, b.policy.circumstanceLabels) : null,
      source: citeText(e.source),
    })),
    deviationRule: needs ? `不适用本基准或者超出本基准幅度作出处罚的，应当${needs}。` : '应当在本基准幅度内作出处罚。',
    publishedAt: meta.publishedAt.toISOString(),
    versionNo: meta.versionNo,
  };
}
