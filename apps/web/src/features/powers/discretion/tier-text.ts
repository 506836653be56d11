import { CIRCUMSTANCE_LABELS, describeCondition, DISCRETION_SANCTION_LABELS, formatFen, SUSPENSION_KIND_LABELS, TIER_KIND_LABELS, citationForDisplay } from '@quanze/domain';
import type { Benchmark, BenchmarkTier } from './types.ts';

/** 150 → "1.5倍". */
export function percentText(p: number): string {
  const whole = Math.trunc(p / 100);
  const rest = p % 100;
  return rest === 0 ? `${whole}倍` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}倍`;
}

function bounds(min: number, max: number, unit: (n: number) => string): string {
  if (min === max) return unit(min);
  if (min === 0) return `${unit(max)}以下`;
  return `${unit(min)}以上${unit(max)}以下`;
}

/** The ranges of a tier in yuan, multiples and months: "罚款1000元以上3000元以下；停止执业3个月以下". */
export function tierRangeText(t: Pick<BenchmarkTier, 'fine' | 'fineMultiple' | 'suspension'>): string {
  const parts: string[] = [];
  if (t.fine) parts.push(t.fine.maxFen === 0 ? '不处罚款' : `罚款${bounds(t.fine.minFen, t.fine.maxFen, formatFen)}`);
  if (t.fineMultiple) parts.push(`违法所得${bounds(t.fineMultiple.minPercent, t.fineMultiple.maxPercent, percentText)}罚款`);
  if (t.suspension)
    parts.push(`${SUSPENSION_KIND_LABELS[t.suspension.kind]}${bounds(t.suspension.minMonths, t.suspension.maxMonths, (n) => `${n}个月`)}`);
  return parts.join('；') || '—';
}

export const sanctionsText = (kinds: readonly (keyof typeof DISCRETION_SANCTION_LABELS)[]) =>
  kinds.map((k) => DISCRETION_SANCTION_LABELS[k]).join('、') || '—';

/** The tier's level as the province's scheme names it, with its kind (不予处罚 … 从重处罚). */
export function levelOf(b: Benchmark, code: string): { label: string; kind: string } {
  const level = b.policy.scheme.levels.find((l) => l.code === code);
  return level ? { label: level.label, kind: TIER_KIND_LABELS[level.kind] } : { label: code, kind: '' };
}

/** The tier's conditions as the benchmark words them, else generated from its condition; the default tier says so. */
export function conditionText(b: Benchmark, t: BenchmarkTier): string {
  if (t.conditionText) return t.conditionText;
  if (t.when) return describeCondition(t.when, { ...CIRCUMSTANCE_LABELS, ...b.policy.circumstanceLabels });
  return t.default ? '不具有其他档次所列情形的（默认档次）' : '—';
}

export const citationText = (c: { law: string; article: string }) => citationForDisplay(c);
