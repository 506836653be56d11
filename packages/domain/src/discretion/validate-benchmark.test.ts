import { describe, expect, it } from 'vitest';
import type { DiscretionBenchmark, DiscretionTier } from './benchmark.ts';
import {
  ALL_FIXTURES,
  BEIJING_48_4,
  CHONGQING_50_8,
  FENGHUANG_55,
  QUZHOU_ZJ_45,
  SYNTHETIC_NOTARY_OFFICE_42,
} from './discretion-fixtures.ts';
import { validateBenchmark, type BenchmarkProblemCode } from './validate-benchmark.ts';

const codes = (b: DiscretionBenchmark): BenchmarkProblemCode[] => validateBenchmark(b).map((p) => p.code);

/** Replace the tier at `level` (or drop it with null). */
function withTier(b: DiscretionBenchmark, level: string, change: Partial<DiscretionTier> | null): DiscretionBenchmark {
  const tiers = b.tiers.flatMap((t) => (t.level !== level ? [t] : change === null ? [] : [{ ...t, ...change }]));
  return { ...b, tiers };
}

describe('validateBenchmark: the fixtures of JUSTICE-POWERS.md §4', () => {
  it.each(ALL_FIXTURES.map((b) => [b.source.law, b] as const))('%s is valid', (_name, b) => {
    expect(validateBenchmark(b)).toEqual([]);
  });
});

describe('validateBenchmark: broken benchmarks', () => {
  const yuan = (n: number): number => n * 100;
  it.each<[string, DiscretionBenchmark, BenchmarkProblemCode]>([
    [
      'fine above the statutory maximum',
      withTier(BEIJING_48_4, 'A2', { fine: { minFen: yuan(5000), maxFen: yuan(12_000) } }),
      'TIER_OUTSIDE_STATUTORY_RANGE',
    ],
    [
      '从轻 below the statutory floor (only 减轻 may)',
      withTier(SYNTHETIC_NOTARY_OFFICE_42, 'lighter', { fine: { minFen: yuan(10_000), maxFen: yuan(40_000) } }),
      'TIER_OUTSIDE_STATUTORY_RANGE',
    ],
    [
      'fixed fine where the law sets multiples only',
      withTier(FENGHUANG_55, 'general', { fine: { minFen: 0, maxFen: yuan(1000) } }),
      'TIER_OUTSIDE_STATUTORY_RANGE',
    ],
    [
      'multiple above the statutory multiple',
      withTier(FENGHUANG_55, 'grave', { fineMultiple: { minPercent: 400, maxPercent: 600 } }),
      'TIER_OUTSIDE_STATUTORY_RANGE',
    ],
    [
      'suspension beyond six months',
      withTier(BEIJING_48_4, 'A3', { suspension: { kind: 'restrictPractice', minMonths: 3, maxMonths: 9 } }),
      'TIER_OUTSIDE_STATUTORY_RANGE',
    ],
    [
      '停业整顿 where the law says 停止执业',
      withTier(BEIJING_48_4, 'A3', { suspension: { kind: 'suspendBusiness', minMonths: 3, maxMonths: 6 } }),
      'TIER_OUTSIDE_STATUTORY_RANGE',
    ],
    ['overlapping fines', withTier(BEIJING_48_4, 'A1', { fine: { minFen: 0, maxFen: yuan(6000) } }), 'TIERS_OVERLAP'],
    [
      'heavier tier milder than the lighter one',
      withTier(withTier(BEIJING_48_4, 'A1', { fine: { minFen: yuan(5000), maxFen: yuan(10_000) } }), 'A2', {
        fine: { minFen: 0, maxFen: yuan(5000) },
      }),
      'TIERS_UNORDERED',
    ],
    [
      'suspensions out of order',
      withTier(CHONGQING_50_8, 'heavy', { suspension: { kind: 'suspendBusiness', minMonths: 1, maxMonths: 1 } }),
      'TIERS_UNORDERED',
    ],
    ['a required tier missing', withTier(BEIJING_48_4, 'A3', null), 'MISSING_REQUIRED_TIER'],
    ['no ordinary tier and no default', withTier(BEIJING_48_4, 'A2', null), 'NO_DEFAULT_TIER'],
    ['two default tiers', withTier(FENGHUANG_55, 'serious', { default: true }), 'SEVERAL_DEFAULT_TIERS'],
    ['a level outside the scheme', withTier(BEIJING_48_4, 'A2', { level: 'A9' }), 'UNKNOWN_TIER_LEVEL'],
    ['a level twice', withTier(BEIJING_48_4, 'A3', { level: 'A2' }), 'DUPLICATE_TIER_LEVEL'],
    ['a tier without its clause', withTier(BEIJING_48_4, 'A2', { clause: ' ' }), 'TIER_WITHOUT_CLAUSE'],
    [
      'a sanction the law does not provide',
      withTier(BEIJING_48_4, 'A2', { sanctions: ['warning', 'revokeLicence', 'circulatedCriticism'] }),
      'TIER_SANCTION_NOT_IN_STATUTE',
    ],
    [
      'the mandatory warning dropped',
      withTier(QUZHOU_ZJ_45, 'ordinary', { sanctions: ['confiscateIllegalIncome'] }),
      'TIER_DROPS_MANDATORY_SANCTION',
    ],
    ['the mandatory fine dropped', withTier(SYNTHETIC_NOTARY_OFFICE_42, 'ordinary', { fine: undefined }), 'TIER_DROPS_MANDATORY_SANCTION'],
    [
      '减轻 no lighter than 从轻',
      withTier(SYNTHETIC_NOTARY_OFFICE_42, 'mitigated', { fine: { minFen: yuan(20_000), maxFen: yuan(20_000) } }),
      'MITIGATED_NOT_BELOW_FLOOR',
    ],
    [
      'a 不予处罚 tier that punishes',
      {
        ...SYNTHETIC_NOTARY_OFFICE_42,
        tiers: [
          { level: 'exempt', clause: '第（零）项', sanctions: ['warning'], description: '警告' },
          ...SYNTHETIC_NOTARY_OFFICE_42.tiers,
        ],
      },
      'EXEMPT_TIER_HAS_SANCTIONS',
    ],
    ['minimum above maximum', withTier(BEIJING_48_4, 'A2', { fine: { minFen: yuan(9000), maxFen: yuan(6000) } }), 'TIER_RANGE_INVALID'],
    ['a fraction of a fen', withTier(BEIJING_48_4, 'A2', { fine: { minFen: 500_000.5, maxFen: yuan(10_000) } }), 'TIER_RANGE_INVALID'],
    [
      'a broken statutory range',
      { ...BEIJING_48_4, statutory: { ...BEIJING_48_4.statutory, fine: { minFen: 10, maxFen: 5, mandatory: false } } },
      'STATUTORY_RANGE_INVALID',
    ],
    [
      'a scheme that gets milder',
      {
        ...BEIJING_48_4,
        policy: {
          ...BEIJING_48_4.policy,
          scheme: { ...BEIJING_48_4.policy.scheme, levels: [...BEIJING_48_4.policy.scheme.levels].reverse() },
        },
      },
      'SCHEME_INVALID',
    ],
  ])('%s', (_name, b, code) => {
    expect(codes(b)).toContain(code);
  });

  it('touching bounds (1000–3000, 3000–5000) are ordered, not overlapping', () => {
    expect(codes(withTier(BEIJING_48_4, 'A1', { fine: { minFen: 0, maxFen: 500_000 } }))).toEqual([]);
  });

  it('words every problem in Chinese and cites a source', () => {
    const broken = withTier(withTier(BEIJING_48_4, 'A3', null), 'A2', {
      fine: { minFen: 0, maxFen: 2_000_000 },
      sanctions: ['deregister'],
    });
    const problems = validateBenchmark(broken);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const p of problems) {
      expect(p.message).toMatch(/[\u4e00-\u9fff]/);
      expect(p.basis.law).toBeTruthy();
      expect(p.basis.article).toBeTruthy();
    }
  });
});
