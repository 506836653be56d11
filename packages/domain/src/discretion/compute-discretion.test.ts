import { describe, expect, it } from 'vitest';
import type { DiscretionBenchmark } from './benchmark.ts';
import { computeDiscretion } from './compute-discretion.ts';
import {
  BEIJING_48_4,
  CHONGQING_50_8,
  CHONGQING_NOTARY_41,
  FENGHUANG_55,
  makeFacts,
  ORGANIZATION,
  QUZHOU_ZJ_45,
  SYNTHETIC_FIRM_CHANGE_50_2,
  SYNTHETIC_NOTARY_OFFICE_42,
} from './discretion-fixtures.ts';
import type { DiscretionFacts } from './facts.ts';

const yuan = (n: number): number => n * 100;
const person = (
  ageYears: number,
  mentalState: 'sound' | 'lucidInterval' | 'limited' | 'incapable' = 'sound',
): DiscretionFacts['party'] => ({ kind: 'naturalPerson', ageYears, mentalState });
const tierOf = (b: DiscretionBenchmark, f: Partial<DiscretionFacts>): string => computeDiscretion(b, makeFacts(f)).tier.code;

describe('tier selection: 北京 律师法48(4), three steps', () => {
  it.each<[string, Partial<DiscretionFacts>, string]>([
    ['no listed circumstance → 第二档', {}, 'A2'],
    ['minor harm → 第一档', { harm: 'minor' }, 'A1'],
    ['serious harm → 第三档', { harm: 'serious' }, 'A3'],
    ['a repeat (从重) → 第三档', { priorViolations: 1 }, 'A3'],
    ['cooperation (可以从轻) steps down one tier', { circumstances: ['cooperated'] }, 'A1'],
    ['cooperation does not offset a repeat', { circumstances: ['cooperated'], priorViolations: 1 }, 'A3'],
    ['confession (应当从轻) caps serious harm at 从轻', { harm: 'serious', circumstances: ['confessedUnknown'] }, 'A1'],
    ['aged 16 (第三十条) → 从轻', { party: person(16) }, 'A1'],
    ['aged 18 is an adult', { party: person(18) }, 'A2'],
    ['limited capacity (第三十一条, 可以) → 从轻', { party: person(40, 'limited') }, 'A1'],
    ['lucid interval is punished normally', { party: person(40, 'lucidInterval') }, 'A2'],
    ['emergency measures violated (第四十九条) → 从重', { circumstances: ['emergencyMeasuresViolated'] }, 'A3'],
    ['under 14 → 不予处罚', { party: person(13) }, 'exempt'],
    ['mental incapacity → 不予处罚', { party: person(30, 'incapable'), priorViolations: 3 }, 'exempt'],
    ['minor, corrected promptly, no harm → 不予处罚', { minorViolation: true, correction: 'prompt', harm: 'none' }, 'exempt'],
    ['no fault proven → 不予处罚', { noFaultProven: true, harm: 'serious' }, 'exempt'],
    ['first violation with no 首违不罚 entry is still punished', { harm: 'minor', correction: 'prompt' }, 'A1'],
  ])('%s', (_name, facts, expected) => {
    expect(tierOf(BEIJING_48_4, facts)).toBe(expected);
  });
});

describe('tier selection: 重庆 试行 律师法50(8), a law firm', () => {
  const org = (f: Partial<DiscretionFacts>): Partial<DiscretionFacts> => ({ party: ORGANIZATION, ...f });
  it.each<[string, Partial<DiscretionFacts>, string]>([
    ['cooperates and corrects promptly', org({ circumstances: ['cooperated'], correction: 'prompt' }), 'light'],
    ['does not cooperate', org({}), 'ordinary'],
    ['refuses to correct', org({ correction: 'refused' }), 'heavy'],
    ['cooperates but tampered with evidence', org({ circumstances: ['cooperated', 'evidenceTampered'], correction: 'prompt' }), 'heavy'],
    ['an age never applies to an organization', org({ circumstances: [] }), 'ordinary'],
  ])('%s', (_name, facts, expected) => {
    expect(tierOf(CHONGQING_50_8, facts)).toBe(expected);
  });

  it('gives the 停业整顿 and fine of the tier in fen', () => {
    const r = computeDiscretion(CHONGQING_50_8, makeFacts({ party: ORGANIZATION, correction: 'refused' }));
    expect(r.range.fine).toEqual({ minFen: yuan(50_000), maxFen: yuan(100_000) });
    expect(r.range.suspension).toEqual({ kind: 'suspendBusiness', minMonths: 3, maxMonths: 6 });
  });
});

describe('tier selection: 重庆 试行 公证法41, four bands', () => {
  it.each<[string, Partial<DiscretionFacts>, string]>([
    ['two months, ¥2,000', { durationMonths: 2, illegalIncomeFen: yuan(2000) }, 'B1'],
    ['two months but ¥4,000 (the heavier reading of 或)', { durationMonths: 2, illegalIncomeFen: yuan(4000) }, 'B2'],
    ['five months', { durationMonths: 5 }, 'B2'],
    ['eight months', { durationMonths: 8 }, 'B3'],
    ['thirteen months', { durationMonths: 13 }, 'B4'],
    ['thirteen months, confessed: capped at the mildest band', { durationMonths: 13, circumstances: ['confessedUnknown'] }, 'B1'],
    ['two months but a repeat: lifted to the first heavier band', { durationMonths: 2, priorViolations: 1 }, 'B3'],
  ])('%s', (_name, facts, expected) => {
    expect(tierOf(CHONGQING_NOTARY_41, facts)).toBe(expected);
  });
});

describe('tier selection and amounts: 凤凰县 律师法55, multiples of the illegal income', () => {
  it.each<[string, Partial<DiscretionFacts>, string, [number, number]]>([
    ['first, ¥2,000', { illegalIncomeFen: yuan(2000) }, 'general', [yuan(2000), yuan(6000)]],
    ['¥5,000', { illegalIncomeFen: yuan(5000) }, 'serious', [yuan(15_000), yuan(20_000)]],
    ['¥20,000', { illegalIncomeFen: yuan(20_000) }, 'grave', [yuan(80_000), yuan(100_000)]],
    ['second time, ¥1,000', { illegalIncomeFen: yuan(1000), priorViolations: 1 }, 'serious', [yuan(3000), yuan(4000)]],
    ['again after a penalty', { illegalIncomeFen: yuan(1000), circumstances: ['repeatAfterPenalty'] }, 'grave', [yuan(4000), yuan(5000)]],
    ['¥333.33 × 1–3, rounded inward', { illegalIncomeFen: 33_333 }, 'general', [33_333, 99_999]],
    [
      'aged 17 with ¥5,000: mandatory 从轻 → the mildest band',
      { illegalIncomeFen: yuan(5000), party: person(17) },
      'general',
      [yuan(5000), yuan(15_000)],
    ],
  ])('%s', (_name, facts, tier, [lo, hi]) => {
    const r = computeDiscretion(FENGHUANG_55, makeFacts(facts));
    expect(r.tier.code).toBe(tier);
    expect(r.range.fine).toEqual({ minFen: lo, maxFen: hi });
    expect(r.range.sanctions).toContain('confiscateIllegalIncome');
  });

  it('with no illegal income the multiple gives no fine, and says so', () => {
    const r = computeDiscretion(FENGHUANG_55, makeFacts());
    expect(r.range.fine).toEqual({ minFen: 0, maxFen: 0 });
    expect(r.range.sanctions).toEqual([]);
    expect(r.text).toContain('无违法所得');
  });
});

describe('tier selection: 衢州 浙江条例45 and the synthetic five-tier benchmark', () => {
  it('first violation, light harm → warning plus exactly 1× the income (衢州 2025)', () => {
    const r = computeDiscretion(QUZHOU_ZJ_45, makeFacts({ harm: 'minor', illegalIncomeFen: yuan(10_000) }));
    expect(r.tier.kind).toBe('lighter');
    expect(r.range.fine).toEqual({ minFen: yuan(10_000), maxFen: yuan(10_000) });
    expect(r.range.sanctions).toEqual(['warning', 'confiscateIllegalIncome']);
  });

  it.each<[string, Partial<DiscretionFacts>, string, [number, number]]>([
    ['no circumstance', {}, 'ordinary', [yuan(40_000), yuan(70_000)]],
    ['one 第三十二条 ground → 从轻', { circumstances: ['confessedUnknown'] }, 'lighter', [yuan(20_000), yuan(40_000)]],
    [
      'two 第三十二条 grounds → 减轻, below the ¥20,000 floor',
      { circumstances: ['confessedUnknown', 'meritorious'] },
      'mitigated',
      [yuan(5000), yuan(20_000)],
    ],
    ['serious harm → 从重 with 停业整顿', { harm: 'serious' }, 'heavier', [yuan(70_000), yuan(100_000)]],
  ])('公证法42: %s', (_name, facts, tier, [lo, hi]) => {
    const r = computeDiscretion(SYNTHETIC_NOTARY_OFFICE_42, makeFacts({ party: ORGANIZATION, ...facts }));
    expect(r.tier.code).toBe(tier);
    expect(r.range.fine).toEqual({ minFen: lo, maxFen: hi });
  });
});

describe('不予处罚', () => {
  it('under 14: 第三十条, guardian measure, education', () => {
    const r = computeDiscretion(BEIJING_48_4, makeFacts({ party: person(13), harm: 'serious', priorViolations: 2 }));
    expect(r.exemption).toBe('mandatory');
    expect(r.range).toEqual({ fine: null, fineMultiple: null, suspension: null, sanctions: [] });
    expect(r.text).toContain('《中华人民共和国行政处罚法》第三十条');
    expect(r.text).toContain('责令监护人加以管教');
    expect(r.text).toContain('第三十三条第三款');
    expect(r.text).not.toContain('从重');
  });

  it('首违不罚 from the power list: discretionary, citing the article and the list item', () => {
    const r = computeDiscretion(
      SYNTHETIC_FIRM_CHANGE_50_2,
      makeFacts({ party: ORGANIZATION, harm: 'minor', correction: 'prompt', durationMonths: 2 }),
    );
    expect(r.tier.kind).toBe('exempt');
    expect(r.exemption).toBe('discretionary');
    expect(r.text).toContain('第三十三条第一款');
    expect(r.text).toContain('不予处罚清单》第1项');
  });

  it('a first violation outside the list entry is punished, and the text says why', () => {
    const r = computeDiscretion(
      SYNTHETIC_FIRM_CHANGE_50_2,
      makeFacts({ party: ORGANIZATION, harm: 'minor', correction: 'prompt', durationMonths: 5 }),
    );
    expect(r.tier.kind).toBe('lighter');
    expect(r.text).toContain('不符合首违不罚清单所列条件');
  });

  it('no-fault exemption yields to a law that excludes it (第三十三条第二款但书)', () => {
    const excluded = { ...BEIJING_48_4, noFaultExemptionExcludedBy: { law: '某法', article: '第一条', note: '示例' } };
    const r = computeDiscretion(excluded, makeFacts({ noFaultProven: true }));
    expect(r.tier.kind).toBe('ordinary');
    expect(r.text).toContain('不适用没有主观过错不予处罚的规定');
  });

  it('illegal income when not penalized goes to the reviewer, not into the decision', () => {
    const r = computeDiscretion(BEIJING_48_4, makeFacts({ noFaultProven: true, illegalIncomeFen: yuan(800) }));
    expect(r.reviewNotes.map((l) => l.text).join('')).toContain('第二十八条第二款');
    expect(r.text).not.toContain('800元');
  });
});

describe('the explanation', () => {
  it('names every ground with its article, the benchmark clause, the statutory basis and 第二十八条', () => {
    const r = computeDiscretion(BEIJING_48_4, makeFacts({ party: person(16), circumstances: ['coerced'], illegalIncomeFen: yuan(1500) }));
    expect(r.text).toContain(
      '当事人违法行为发生时已满十四周岁不满十八周岁，依照《中华人民共和国行政处罚法》第三十条的规定，应当从轻或者减轻行政处罚。',
    );
    expect(r.text).toContain('第三十二条第（二）项');
    expect(r.text).toContain('律师法第四十八条第（四）项第一档');
    expect(r.text).toContain('《中华人民共和国律师法》第四十八条第（四）项');
    expect(r.text).toContain('罚款5000元以下');
    expect(r.text).toContain('违法所得1500元');
    expect(r.text).toContain('第二十八条第二款');
  });

  it('no 减轻 tier: 从轻 is used and the reviewer is told how to go further', () => {
    const r = computeDiscretion(BEIJING_48_4, makeFacts({ circumstances: ['confessedUnknown', 'meritorious'] }));
    expect(r.tier.code).toBe('A1');
    expect(r.reductionAvailable).toBe(true);
    expect(r.reviewNotes).toHaveLength(1);
    expect(r.lawful.fine).toEqual({ minFen: 0, maxFen: yuan(10_000) });
  });

  it('refuses facts that are not integers in fen', () => {
    expect(() => computeDiscretion(BEIJING_48_4, makeFacts({ illegalIncomeFen: 10.5 }))).toThrow(/分/);
    expect(() => computeDiscretion(BEIJING_48_4, makeFacts({ priorViolations: -1 }))).toThrow(RangeError);
  });
});
