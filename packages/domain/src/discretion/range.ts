/**
 * Ranges resolved for one case: multiples of the illegal income turned into fen, every bound clamped into the
 * statutory envelope. 减轻 (reduction) may go below the statutory floor but never above the maximum
 * (国办发〔2022〕27号 [S]: 减轻处罚应在法定处罚幅度最低限以下).
 */
import type { DiscretionTier, StatutoryRange, TierKind } from './benchmark.ts';
import {
  clampRange,
  describeBounds,
  formatFen,
  formatPercentMultiple,
  months,
  percentOfIncome,
  DISCRETION_SANCTION_LABELS,
  SUSPENSION_KIND_LABELS,
  type FenRange,
  type PercentRange,
  type DiscretionSanctionKind,
  type SuspensionRange,
} from './sanctions.ts';

export interface DiscretionRange {
  /** The fine in fen for this case (from the fixed amount or from the multiple); null = no fine. */
  fine: FenRange | null;
  /** The multiple it came from, for the explanation. */
  fineMultiple: PercentRange | null;
  suspension: SuspensionRange | null;
  sanctions: readonly DiscretionSanctionKind[];
}

export const EMPTY_RANGE: DiscretionRange = { fine: null, fineMultiple: null, suspension: null, sanctions: [] };

/**
 * The statutory fine in fen for this income: the multiple when there is illegal income (capped), otherwise the
 * fixed range (laws that set both use the fixed one when there is no income); null when the law sets no fine.
 */
export function statutoryFine(s: StatutoryRange, incomeFen: number): FenRange | null {
  const m = s.fineMultiple;
  if (m && (incomeFen > 0 || !s.fine)) {
    const hi = Math.min(percentOfIncome(incomeFen, m.maxPercent, 'down'), m.capFen ?? Number.MAX_SAFE_INTEGER);
    const lo = Math.min(percentOfIncome(incomeFen, m.minPercent, 'up'), hi);
    return { minFen: lo, maxFen: hi };
  }
  return s.fine ? { minFen: s.fine.minFen, maxFen: s.fine.maxFen } : null;
}

/** The lawful envelope for a tier kind: the statutory range, from 0 for 减轻. */
export function statutoryEnvelope(s: StatutoryRange, incomeFen: number, reduction: boolean): DiscretionRange {
  const fine = statutoryFine(s, incomeFen);
  return {
    fine: fine && { minFen: reduction ? 0 : fine.minFen, maxFen: fine.maxFen },
    fineMultiple:
      s.fineMultiple && incomeFen > 0
        ? { minPercent: reduction ? 0 : s.fineMultiple.minPercent, maxPercent: s.fineMultiple.maxPercent }
        : null,
    suspension: s.suspension && {
      kind: s.suspension.kind,
      minMonths: reduction ? 0 : s.suspension.minMonths,
      maxMonths: s.suspension.maxMonths,
    },
    sanctions: reduction && !s.sanctions.includes('warning') ? [...s.sanctions, 'warning'] : s.sanctions,
  };
}

function tierFine(t: DiscretionTier, s: StatutoryRange, incomeFen: number): FenRange | null {
  if (t.fineMultiple && (incomeFen > 0 || !t.fine)) {
    const cap = s.fineMultiple?.capFen ?? Number.MAX_SAFE_INTEGER;
    const hi = Math.min(percentOfIncome(incomeFen, t.fineMultiple.maxPercent, 'down'), cap);
    return { minFen: Math.min(percentOfIncome(incomeFen, t.fineMultiple.minPercent, 'up'), hi), maxFen: hi };
  }
  return t.fine ? { ...t.fine } : null;
}

/**
 * The tier's range for this case, clamped into the envelope of its kind, with 没收违法所得 added when there is
 * illegal income and the basis provides for it (行政处罚法 第二十八条第二款).
 */
export function resolveTierRange(t: DiscretionTier, kind: TierKind, s: StatutoryRange, incomeFen: number): DiscretionRange {
  if (kind === 'exempt') return EMPTY_RANGE;
  const env = statutoryEnvelope(s, incomeFen, kind === 'mitigated');
  const raw = tierFine(t, s, incomeFen);
  let fine: FenRange | null = null;
  if (raw && env.fine) {
    const [minFen, maxFen] = clampRange(raw.minFen, raw.maxFen, env.fine.minFen, env.fine.maxFen);
    fine = { minFen, maxFen };
  }
  let suspension: SuspensionRange | null = null;
  if (t.suspension && env.suspension) {
    const [minMonths, maxMonths] = clampRange(
      t.suspension.minMonths,
      t.suspension.maxMonths,
      env.suspension.minMonths,
      env.suspension.maxMonths,
    );
    suspension = { kind: env.suspension.kind, minMonths, maxMonths };
  }
  // Nothing to confiscate without illegal income; with income, confiscation follows 第二十八条第二款.
  const sanctions = t.sanctions.filter((k) => env.sanctions.includes(k) && (k !== 'confiscateIllegalIncome' || incomeFen > 0));
  if (incomeFen > 0 && s.sanctions.includes('confiscateIllegalIncome') && !sanctions.includes('confiscateIllegalIncome'))
    sanctions.push('confiscateIllegalIncome');
  const fineMultiple = fine && t.fineMultiple && incomeFen > 0 ? { ...t.fineMultiple } : null;
  return { fine, fineMultiple, suspension, sanctions };
}

/** Every part of `inner` lies inside `outer` (used by the property tests and the proposal check). */
export function rangeWithin(inner: DiscretionRange, outer: DiscretionRange): boolean {
  const within = (a: { lo: number; hi: number } | null, b: { lo: number; hi: number } | null): boolean =>
    a === null || (b !== null && a.lo >= b.lo && a.hi <= b.hi && a.lo <= a.hi);
  const f = (r: DiscretionRange): { lo: number; hi: number } | null => r.fine && { lo: r.fine.minFen, hi: r.fine.maxFen };
  const m = (r: DiscretionRange): { lo: number; hi: number } | null =>
    r.suspension && { lo: r.suspension.minMonths, hi: r.suspension.maxMonths };
  return within(f(inner), f(outer)) && within(m(inner), m(outer)) && inner.sanctions.every((k) => outer.sanctions.includes(k));
}

/** "警告，罚款1000元以上3000元以下（违法所得的1倍以上3倍以下），停止执业3个月，没收违法所得". */
export function describeDiscretionRange(r: DiscretionRange): string {
  const parts: string[] = [];
  const other = r.sanctions.filter((k) => k !== 'confiscateIllegalIncome').map((k) => DISCRETION_SANCTION_LABELS[k]);
  parts.push(...other);
  if (r.fine) {
    const fen = describeBounds(r.fine.minFen, r.fine.maxFen, formatFen);
    const multiple = r.fineMultiple
      ? `（违法所得的${describeBounds(r.fineMultiple.minPercent, r.fineMultiple.maxPercent, formatPercentMultiple)}）`
      : '';
    parts.push(r.fine.maxFen === 0 ? '不处罚款' : `罚款${fen}${multiple}`);
  }
  if (r.suspension)
    parts.push(`${SUSPENSION_KIND_LABELS[r.suspension.kind]}${describeBounds(r.suspension.minMonths, r.suspension.maxMonths, months)}`);
  if (r.sanctions.includes('confiscateIllegalIncome')) parts.push(DISCRETION_SANCTION_LABELS.confiscateIllegalIncome);
  return parts.length > 0 ? parts.join('，') : '不予处罚';
}
