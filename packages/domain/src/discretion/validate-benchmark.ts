/**
 * validateBenchmark: a benchmark must stay inside the statutory range of its basis (国办发〔2022〕27号 [S]:
 * 严格限定在法定幅度内; leaving it is 擅自改变幅度, 行政处罚法 第七十六条), its tiers must be ordered and not
 * overlap, and it must have every tier the province requires.
 */
import type { Citation } from '../citation.ts';
import { levelIndex, tierKind, type DiscretionBenchmark, type DiscretionTier, type StatutoryRange, type TierKind } from './benchmark.ts';
import { isNonNegativeInteger, DISCRETION_SANCTION_LABELS, type DiscretionSanctionKind } from './sanctions.ts';
import * as src from './sources.ts';

export const BENCHMARK_PROBLEM_CODES = [
  'STATUTORY_RANGE_INVALID',
  'SCHEME_INVALID',
  'UNKNOWN_TIER_LEVEL',
  'DUPLICATE_TIER_LEVEL',
  'TIER_WITHOUT_CLAUSE',
  'TIER_RANGE_INVALID',
  'EXEMPT_TIER_HAS_SANCTIONS',
  'TIER_OUTSIDE_STATUTORY_RANGE',
  'TIER_SANCTION_NOT_IN_STATUTE',
  'TIER_DROPS_MANDATORY_SANCTION',
  'MITIGATED_NOT_BELOW_FLOOR',
  'MISSING_REQUIRED_TIER',
  'NO_DEFAULT_TIER',
  'SEVERAL_DEFAULT_TIERS',
  'TIERS_OVERLAP',
  'TIERS_UNORDERED',
] as const;
export type BenchmarkProblemCode = (typeof BENCHMARK_PROBLEM_CODES)[number];

export interface BenchmarkProblem {
  code: BenchmarkProblemCode;
  message: string;
  /** The tier's level code, when the problem is about one tier (or the later of two). */
  tier: string | null;
  basis: Citation;
}

type Dim = { min: number; max: number };
const DIMENSIONS = [
  { name: '罚款', get: (t: DiscretionTier): Dim | null => (t.fine ? { min: t.fine.minFen, max: t.fine.maxFen } : null) },
  {
    name: '违法所得倍数',
    get: (t: DiscretionTier): Dim | null => (t.fineMultiple ? { min: t.fineMultiple.minPercent, max: t.fineMultiple.maxPercent } : null),
  },
  {
    name: '停止执业（停业）期限',
    get: (t: DiscretionTier): Dim | null => (t.suspension ? { min: t.suspension.minMonths, max: t.suspension.maxMonths } : null),
  },
] as const;

const validDim = (d: Dim | null): boolean => d === null || (isNonNegativeInteger(d.min) && isNonNegativeInteger(d.max) && d.min <= d.max);

function statutoryDims(s: StatutoryRange): [Dim | null, Dim | null, Dim | null] {
  return [
    s.fine ? { min: s.fine.minFen, max: s.fine.maxFen } : null,
    s.fineMultiple ? { min: s.fineMultiple.minPercent, max: s.fineMultiple.maxPercent } : null,
    s.suspension ? { min: s.suspension.minMonths, max: s.suspension.maxMonths } : null,
  ];
}

export function validateBenchmark(b: DiscretionBenchmark): BenchmarkProblem[] {
  const out: BenchmarkProblem[] = [];
  const add = (
    code: BenchmarkProblemCode,
    message: string,
    tier: string | null = null,
    basis: Citation = src.BENCHMARK_GUIDELINE,
  ): void => {
    out.push({ code, message, tier, basis });
  };
  const s = b.statutory;
  const scheme = b.policy.scheme;
  const sDims = statutoryDims(s);

  if (!sDims.every(validDim) || (s.fineMultiple?.capFen != null && !isNonNegativeInteger(s.fineMultiple.capFen)))
    add('STATUTORY_RANGE_INVALID', '法定幅度应为非负整数且下限不高于上限', null, s.basis[0] ?? src.PROPORTIONALITY);
  if (s.mandatorySanctions.some((k) => !s.sanctions.includes(k)))
    add('STATUTORY_RANGE_INVALID', '法定必须处罚种类应在法定处罚种类之内', null, s.basis[0] ?? src.PROPORTIONALITY);

  const codes = scheme.levels.map((l) => l.code);
  const kindRank = (k: TierKind): number => ['exempt', 'mitigated', 'lighter', 'ordinary', 'heavier'].indexOf(k);
  if (
    new Set(codes).size !== codes.length ||
    scheme.levels.some((l, i) => i > 0 && kindRank(l.kind) < kindRank(scheme.levels[i - 1]!.kind))
  )
    add('SCHEME_INVALID', `档次设置“${scheme.name}”应由轻到重排列且代码不重复`, null, scheme.source);

  const seen = new Set<string>();
  for (const t of b.tiers) {
    const kind = tierKind(scheme, t);
    if (kind === null) {
      add('UNKNOWN_TIER_LEVEL', `档次“${t.level}”不在“${scheme.name}”之内`, t.level, scheme.source);
      continue;
    }
    if (seen.has(t.level)) add('DUPLICATE_TIER_LEVEL', `档次“${t.level}”重复设置`, t.level, scheme.source);
    seen.add(t.level);
    if (t.clause.trim() === '') add('TIER_WITHOUT_CLAUSE', `档次“${t.level}”未注明基准条款`, t.level, src.BENCHMARK_PUBLICATION);
    checkTier(b, t, kind, add);
  }

  for (const level of scheme.levels)
    if (level.required && !b.tiers.some((t) => t.level === level.code))
      add('MISSING_REQUIRED_TIER', `缺少${b.policy.province}要求的“${level.label}”档次`, level.code, scheme.source);

  const explicit = b.tiers.filter((t) => t.default === true);
  if (explicit.length > 1) add('SEVERAL_DEFAULT_TIERS', '只能有一个默认（一般）档次', explicit[1]!.level);
  if (explicit.length === 0 && !b.tiers.some((t) => tierKind(scheme, t) === 'ordinary'))
    add('NO_DEFAULT_TIER', '未设一般档次，也未指定默认档次', null);

  checkOrder(b, add);
  return out;
}

type Add = (code: BenchmarkProblemCode, message: string, tier?: string | null, basis?: Citation) => void;

function checkTier(b: DiscretionBenchmark, t: DiscretionTier, kind: TierKind, add: Add): void {
  const s = b.statutory;
  const dims = DIMENSIONS.map((d) => d.get(t));
  if (!dims.every(validDim)) add('TIER_RANGE_INVALID', `档次“${t.level}”的幅度应为非负整数且下限不高于上限`, t.level);
  if (kind === 'exempt') {
    if (dims.some((d) => d !== null) || t.sanctions.length > 0)
      add('EXEMPT_TIER_HAS_SANCTIONS', '不予处罚档次不得设定处罚', t.level, src.EDUCATION);
    return;
  }
  const reduction = kind === 'mitigated';
  const sDims = statutoryDims(s);
  dims.forEach((d, i) => {
    if (d === null) return;
    const legal = sDims[i];
    const name = DIMENSIONS[i]!.name;
    if (!legal) return add('TIER_OUTSIDE_STATUTORY_RANGE', `法定依据未规定${name}，档次“${t.level}”不得设定`, t.level, src.RANGE_ALTERED);
    const lo = reduction ? 0 : legal.min;
    if (d.min < lo || d.max > legal.max)
      add('TIER_OUTSIDE_STATUTORY_RANGE', `档次“${t.level}”的${name}超出法定幅度`, t.level, src.RANGE_ALTERED);
  });
  if (t.suspension && s.suspension && t.suspension.kind !== s.suspension.kind)
    add('TIER_OUTSIDE_STATUTORY_RANGE', `档次“${t.level}”的处罚种类与法定种类不符`, t.level, src.RANGE_ALTERED);

  const allowed = (k: DiscretionSanctionKind): boolean => s.sanctions.includes(k) || (reduction && k === 'warning');
  for (const k of t.sanctions)
    if (!allowed(k))
      add(
        'TIER_SANCTION_NOT_IN_STATUTE',
        `档次“${t.level}”设定的“${DISCRETION_SANCTION_LABELS[k]}”不是法定处罚种类`,
        t.level,
        src.RANGE_ALTERED,
      );

  const dropsFine = (s.fine?.mandatory === true || s.fineMultiple?.mandatory === true) && !t.fine && !t.fineMultiple;
  const dropsSuspension = s.suspension?.mandatory === true && !t.suspension;
  const dropsSanction = s.mandatorySanctions.filter((k) => !t.sanctions.includes(k));
  if (!reduction) {
    if (dropsFine) add('TIER_DROPS_MANDATORY_SANCTION', `档次“${t.level}”缺少法定必须并处的罚款`, t.level, src.RANGE_ALTERED);
    if (dropsSuspension)
      add('TIER_DROPS_MANDATORY_SANCTION', `档次“${t.level}”缺少法定必须适用的停止执业（停业）`, t.level, src.RANGE_ALTERED);
    for (const k of dropsSanction)
      add(
        'TIER_DROPS_MANDATORY_SANCTION',
        `档次“${t.level}”缺少法定必须适用的“${DISCRETION_SANCTION_LABELS[k]}”`,
        t.level,
        src.RANGE_ALTERED,
      );
    return;
  }
  const below = dims.some((d, i) => d !== null && sDims[i] != null && d.min < sDims[i].min);
  if (!below && !dropsFine && !dropsSuspension && dropsSanction.length === 0)
    add(
      'MITIGATED_NOT_BELOW_FLOOR',
      `减轻档次“${t.level}”未低于法定最低限，也未选择较轻种类，与从轻无异`,
      t.level,
      src.BENCHMARK_GUIDELINE,
    );
}

/** Tiers in scheme order, each dimension non-decreasing; bounds may touch (1000–3000, 3000–5000). */
function checkOrder(b: DiscretionBenchmark, add: Add): void {
  const scheme = b.policy.scheme;
  const ordered = b.tiers
    .filter((t) => levelIndex(scheme, t.level) >= 0 && tierKind(scheme, t) !== 'exempt')
    .sort((x, y) => levelIndex(scheme, x.level) - levelIndex(scheme, y.level));
  for (const d of DIMENSIONS) {
    const withDim = ordered.flatMap((t) => {
      const r = d.get(t);
      return r && r.min <= r.max ? [{ t, r }] : [];
    });
    for (let i = 1; i < withDim.length; i++) {
      const prev = withDim[i - 1]!;
      const next = withDim[i]!;
      const milder = next.r.min <= prev.r.min && next.r.max <= prev.r.max && (next.r.min < prev.r.min || next.r.max < prev.r.max);
      if (milder) add('TIERS_UNORDERED', `档次“${next.t.level}”的${d.name}轻于较轻的档次“${prev.t.level}”`, next.t.level);
      else if (next.r.min < prev.r.max) add('TIERS_OVERLAP', `档次“${prev.t.level}”与“${next.t.level}”的${d.name}幅度重叠`, next.t.level);
    }
  }
}
