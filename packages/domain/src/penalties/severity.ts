/**
 * "Heavier than" between penalties. The law orders no penalties against each other, so this is a partial order built
 * from one conservative rule (design choice, documented for the 法制 section):
 *
 * a sanction s is *covered* by a sanction t when
 *   - t is of the same kind and at least as large (amount in fen, months), or
 *   - s is a 申诫罚 (警告, 通报批评) and t is any heavier kind (通报批评 over 警告, anything else over both), or
 *   - s and t are both non-monetary and t is of a higher rank: 暂扣/限制/停产停业/限制从业 (by months)
 *     < 降低资质等级 < 吊销许可证件 / 责令关闭.
 * Money is never covered by another kind and never covers a status sanction: swapping a licence revocation for a
 * fine is a different penalty, not a lighter one.
 *
 * a exceeds b when some sanction of a is not covered by any sanction of b. Covering is reflexive and transitive, so
 * "not exceeding" is a preorder: heavier = a exceeds b and b does not exceed a; incomparable = both exceed.
 */
import {
  describeSanction,
  isMonetarySanction,
  sanctionMagnitude,
  SANCTION_KIND_LABELS,
  type Penalty,
  type Sanction,
  type SanctionKind,
} from './penalty.ts';

const RANK: Record<SanctionKind, number> = {
  warning: 1,
  circulatedCriticism: 2,
  fine: 3,
  confiscateIllegalIncome: 3,
  confiscateIllegalProperty: 3,
  suspendLicence: 4,
  restrictBusiness: 4,
  suspendBusiness: 4,
  restrictPractice: 4,
  lowerQualification: 5,
  revokeLicence: 6,
  closeDown: 6,
};

const isReprimand = (s: Sanction): boolean => s.kind === 'warning' || s.kind === 'circulatedCriticism';

export function sanctionCovers(t: Sanction, s: Sanction): boolean {
  if (t.kind === s.kind) return sanctionMagnitude(t) >= sanctionMagnitude(s);
  if (isReprimand(s)) return RANK[t.kind] > RANK[s.kind];
  if (isMonetarySanction(s) || isMonetarySanction(t)) return false;
  return RANK[t.kind] > RANK[s.kind];
}

/** Sanctions of `a` that nothing in `b` covers, i.e. the respects in which `a` goes beyond `b`. */
export function uncoveredSanctions(a: Penalty, b: Penalty): Sanction[] {
  return a.filter((s) => !b.some((t) => sanctionCovers(t, s)));
}

export function exceedsPenalty(a: Penalty, b: Penalty): boolean {
  return uncoveredSanctions(a, b).length > 0;
}

export type PenaltyComparison = 'heavier' | 'lighter' | 'equal' | 'incomparable';

/** How `a` compares with `b`. 'equal' means each covers the other (not necessarily identical sanctions). */
export function comparePenalties(a: Penalty, b: Penalty): PenaltyComparison {
  const aOver = exceedsPenalty(a, b);
  const bOver = exceedsPenalty(b, a);
  if (aOver && bOver) return 'incomparable';
  if (aOver) return 'heavier';
  if (bOver) return 'lighter';
  return 'equal';
}

export function isHeavierThan(a: Penalty, b: Penalty): boolean {
  return comparePenalties(a, b) === 'heavier';
}

/** One line per respect in which `a` goes beyond `b`, in Chinese, for a refusal message. */
export function describeExcess(a: Penalty, b: Penalty): string[] {
  return uncoveredSanctions(a, b).map((s) => {
    const same = b.find((t) => t.kind === s.kind);
    if (same) return `${describeSanction(s)}超过${describeSanction(same)}`;
    return `增加了“${describeSanction(s)}”（${SANCTION_KIND_LABELS[s.kind]}不在原处罚内容中）`;
  });
}
