/**
 * Test fixtures: the real tier tables of JUSTICE-POWERS.md §4 (北京, 重庆 试行 ×2, 凤凰县, 衢州) as benchmarks, plus two
 * synthetic five-tier benchmarks (减轻 tier; 首违不罚 entry). Where §4 gives the bands but not their conditions, or
 * only one band, the completion is marked "测试补全" in the tier note. Statutory ranges follow justice-powers.json.
 */
import type { DiscretionBenchmark } from './benchmark.ts';
import { BEIJING_48_4, CHONGQING_50_8, FENGHUANG_55, SYNTHETIC_FIRM_CHANGE_50_2 } from './fixture-lawyers.ts';
import { CHONGQING_NOTARY_41, QUZHOU_ZJ_45, SYNTHETIC_NOTARY_OFFICE_42 } from './fixture-notary-appraisal.ts';

export * from './fixture-policies.ts';
export * from './fixture-lawyers.ts';
export * from './fixture-notary-appraisal.ts';

export const REAL_FIXTURES: readonly DiscretionBenchmark[] = [
  BEIJING_48_4,
  CHONGQING_50_8,
  CHONGQING_NOTARY_41,
  FENGHUANG_55,
  QUZHOU_ZJ_45,
];
export const ALL_FIXTURES: readonly DiscretionBenchmark[] = [...REAL_FIXTURES, SYNTHETIC_NOTARY_OFFICE_42, SYNTHETIC_FIRM_CHANGE_50_2];
