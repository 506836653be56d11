import { describe, expect, it } from 'vitest';
import { checkProposedPenalty, type PenaltyDeviationCode, type ProposedPenalty } from './check-proposed-penalty.ts';
import { computeDiscretion, type DiscretionResult } from './compute-discretion.ts';
import {
  BEIJING_48_4,
  FENGHUANG_55,
  makeFacts,
  ORGANIZATION,
  QUZHOU_ZJ_45,
  SYNTHETIC_FIRM_CHANGE_50_2,
  SYNTHETIC_NOTARY_OFFICE_42,
} from './discretion-fixtures.ts';

const yuan = (n: number): number => n * 100;
const p = (fine: number, sanctions: ProposedPenalty['sanctions'] = [], suspensionMonths = 0): ProposedPenalty => ({
  fineFen: yuan(fine),
  suspensionMonths,
  sanctions,
});

/** 北京 48(4), no circumstance: 第二档, warning + ¥5,000–10,000, ¥2,000 illegal income to confiscate. */
const ordinary = computeDiscretion(BEIJING_48_4, makeFacts({ illegalIncomeFen: yuan(2000) }));
/** 公证法42 office, one 第三十二条 ground: 从轻 ¥20,000–40,000; 减轻 is lawful but off the benchmark. */
const officeLighter = computeDiscretion(
  SYNTHETIC_NOTARY_OFFICE_42,
  makeFacts({ party: ORGANIZATION, circumstances: ['confessedUnknown'] }),
);
const officeOrdinary = computeDiscretion(SYNTHETIC_NOTARY_OFFICE_42, makeFacts({ party: ORGANIZATION }));
const underFourteen = computeDiscretion(BEIJING_48_4, makeFacts({ party: { kind: 'naturalPerson', ageYears: 12, mentalState: 'sound' } }));
const firstViolation = computeDiscretion(
  SYNTHETIC_FIRM_CHANGE_50_2,
  makeFacts({ party: ORGANIZATION, harm: 'minor', correction: 'prompt', durationMonths: 1 }),
);

const codes = (r: DiscretionResult, proposed: ProposedPenalty): [string, PenaltyDeviationCode[]] => {
  const c = checkProposedPenalty(r, proposed);
  return [c.outcome, c.deviations.map((d) => d.code)];
};

describe('checkProposedPenalty', () => {
  it.each<[string, DiscretionResult, ProposedPenalty, string, PenaltyDeviationCode[]]>([
    ['inside the tier', ordinary, p(8000, ['warning', 'confiscateIllegalIncome']), 'inside', []],
    ['at the lower bound', ordinary, p(5000, ['warning', 'confiscateIllegalIncome']), 'inside', []],
    ['a lawful fine under the tier', ordinary, p(3000, ['warning', 'confiscateIllegalIncome']), 'outsideBenchmark', ['FINE_OUTSIDE_TIER']],
    ['confiscation left out (退赔?)', ordinary, p(6000, ['warning']), 'outsideBenchmark', ['SANCTION_MISSING']],
    [
      'suspension in a tier without one',
      ordinary,
      p(6000, ['warning', 'confiscateIllegalIncome'], 3),
      'outsideBenchmark',
      ['SUSPENSION_OUTSIDE_TIER'],
    ],
    ['a fine above the statute', ordinary, p(12_000, ['warning', 'confiscateIllegalIncome']), 'unlawful', ['FINE_ABOVE_STATUTE']],
    [
      'a suspension above the statute',
      ordinary,
      p(6000, ['warning', 'confiscateIllegalIncome'], 7),
      'unlawful',
      ['SUSPENSION_ABOVE_STATUTE'],
    ],
    [
      'a kind the statute does not have',
      ordinary,
      p(6000, ['warning', 'confiscateIllegalIncome', 'deregister']),
      'unlawful',
      ['SANCTION_NOT_IN_STATUTE'],
    ],
    [
      '减轻 below the floor with a 第三十二条 ground: lawful, off the benchmark',
      officeLighter,
      p(10_000, ['warning']),
      'outsideBenchmark',
      ['FINE_OUTSIDE_TIER'],
    ],
    ['below the floor with no ground', officeOrdinary, p(10_000, ['warning']), 'unlawful', ['FINE_BELOW_STATUTE']],
    ['the mandatory fine left out', officeOrdinary, p(0, ['warning']), 'unlawful', ['MANDATORY_SANCTION_MISSING', 'FINE_OUTSIDE_TIER']],
    ['the mandatory warning left out', officeOrdinary, p(50_000), 'unlawful', ['MANDATORY_SANCTION_MISSING', 'SANCTION_MISSING']],
    ['a penalty on a 12-year-old', underFourteen, p(100, ['warning']), 'unlawful', ['PENALTY_DESPITE_EXEMPTION']],
    ['no penalty on a 12-year-old', underFourteen, p(0), 'inside', []],
    [
      'a penalty despite the 首违不罚 list',
      firstViolation,
      p(0, ['warning']),
      'outsideBenchmark',
      ['PENALTY_DESPITE_EXEMPTION', 'SANCTION_NOT_IN_TIER'],
    ],
    ['no penalty although no exemption applies', ordinary, p(0), 'outsideBenchmark', ['NO_PENALTY_WITHOUT_GROUND']],
  ])('%s', (_name, result, proposed, outcome, expected) => {
    const [o, c] = codes(result, proposed);
    expect(o).toBe(outcome);
    expect(c).toEqual(expect.arrayContaining(expected));
    if (outcome === 'inside') expect(c).toEqual([]);
  });

  it('outside the benchmark: a written reason and 法制审核, citing the rule', () => {
    const c = checkProposedPenalty(ordinary, p(3000, ['warning', 'confiscateIllegalIncome']));
    expect(c.outcome).toBe('outsideBenchmark');
    if (c.outcome !== 'outsideBenchmark') return;
    expect(c.requiresWrittenReason).toBe(true);
    expect(c.requiresLegalReview).toBe(true);
    expect(c.requiresCollectiveDiscussion).toBe(false);
    expect(c.message).toContain('说明理由');
    expect(c.message).toContain('法制审核');
    expect(c.message).toContain('5000元以上10000元以下');
    expect(c.basis.map((b) => b.article)).toContain('第五十八条');
  });

  it('a province that requires collective discussion says so', () => {
    const strict = { ...ordinary, deviation: { ...ordinary.deviation, requiresCollectiveDiscussion: true } };
    const c = checkProposedPenalty(strict, p(3000, ['warning', 'confiscateIllegalIncome']));
    expect(c.outcome === 'outsideBenchmark' && c.requiresCollectiveDiscussion).toBe(true);
    expect(c.message).toContain('集体讨论');
  });

  it('unlawful proposals cite 第七十六条 (擅自改变幅度) or the exemption article', () => {
    expect(checkProposedPenalty(ordinary, p(20_000, ['warning'])).basis.map((b) => b.article)).toContain('第七十六条第（二）项');
    expect(checkProposedPenalty(underFourteen, p(100)).basis.map((b) => b.article)).toEqual(['第三十条']);
  });

  it('with no illegal income, confiscation is neither required nor mandatory (律师法55)', () => {
    const r = computeDiscretion(FENGHUANG_55, makeFacts());
    expect(checkProposedPenalty(r, p(0)).outcome).toBe('inside');
  });

  it('multiples: exactly 1× the income is the 衢州 first-violation tier', () => {
    const r = computeDiscretion(QUZHOU_ZJ_45, makeFacts({ harm: 'minor', illegalIncomeFen: yuan(3000) }));
    expect(checkProposedPenalty(r, p(3000, ['warning', 'confiscateIllegalIncome'])).outcome).toBe('inside');
    expect(checkProposedPenalty(r, p(4500, ['warning', 'confiscateIllegalIncome'])).outcome).toBe('outsideBenchmark');
    expect(checkProposedPenalty(r, p(9001, ['warning', 'confiscateIllegalIncome'])).outcome).toBe('unlawful');
  });

  it('refuses amounts that are not integer fen', () => {
    expect(() => checkProposedPenalty(ordinary, { fineFen: 1.5, suspensionMonths: 0, sanctions: [] })).toThrow(RangeError);
  });
});
