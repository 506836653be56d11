import { formatFen } from '@quanze/domain';

interface SanctionLike {
  fineMinFen: number | null;
  fineMaxFen: number | null;
  multipleOfIllegalIncome: readonly [number, number] | readonly number[] | null;
  suspensionMonthsMin: number | null;
  suspensionMonthsMax: number | null;
  otherSanctions: readonly string[];
}

function bounds(min: number | null, max: number | null, unit: (n: number) => string): string | null {
  if (max === null && min === null) return null;
  if (min === null || min === 0) return max === null ? `${unit(min ?? 0)}以上` : `${unit(max)}以下`;
  if (max === null) return `${unit(min)}以上`;
  return min === max ? unit(min) : `${unit(min)}以上${unit(max)}以下`;
}

/** "罚款5000元以下；违法所得1倍以上3倍以下罚款；停止执业3个月以上6个月以下；警告、没收违法所得". */
export function describeSanction(s: SanctionLike | null | undefined): string {
  if (!s) return '—';
  const parts: string[] = [];
  const fine = bounds(s.fineMinFen, s.fineMaxFen, formatFen);
  if (fine) parts.push(`罚款${fine}`);
  const m = s.multipleOfIllegalIncome;
  if (m && m.length === 2) parts.push(`违法所得${bounds(m[0] ?? 0, m[1] ?? 0, (n) => `${n}倍`) ?? ''}罚款`);
  const susp = bounds(s.suspensionMonthsMin, s.suspensionMonthsMax, (n) => `${n}个月`);
  if (susp) parts.push(`停业/停止执业${susp}`);
  if (s.otherSanctions.length) parts.push(s.otherSanctions.join('、'));
  return parts.join('；') || '—';
}
