import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageInFullYears } from './age.ts';
import { statutoryRangeFromCatalogue, yuanToFen } from './catalogue.ts';
import { makeFacts } from './discretion-fixtures.ts';
import { conditionHolds, describeCondition, type DiscretionCondition } from './facts.ts';
import { STATUTORY_DISCRETIONARY_MITIGATION, STATUTORY_EXEMPTION_GROUNDS, STATUTORY_MANDATORY_MITIGATION } from './grounds.ts';
import { FIVE_TIER_SCHEME, JIANGSU_DISCRETION_POLICY } from './policy.ts';
import { describeDiscretionRange } from './range.ts';
import { formatFen, formatPercentMultiple, percentOfIncome } from './sanctions.ts';

describe('conditions', () => {
  it.each<[DiscretionCondition, string]>([
    [{ fact: 'illegalIncomeFen', min: 300_000, under: 1_000_000 }, '违法所得3000元以上、不满10000元'],
    [{ fact: 'priorViolations', max: 0 }, '初次违法'],
    [{ fact: 'harm', max: 'minor' }, '未造成危害后果或者危害后果轻微'],
    [{ fact: 'correction', min: 'refused' }, '拒不改正'],
    [
      { all: [{ circumstance: 'cooperated' }, { any: [{ fact: 'durationMonths', over: 6 }, { circumstance: 'own' }] }] },
      '积极配合调查，如实陈述违法事实并主动提供证据材料，且（违法行为持续超过6个月，或者own）',
    ],
  ])('describes %j', (c, text) => {
    expect(describeCondition(c)).toBe(text);
  });

  it('evaluates bounds as written: 以上 ≥, 以下 ≤, 超过 >, 不满 <', () => {
    const at = (income: number, c: DiscretionCondition): boolean => conditionHolds(c, makeFacts({ illegalIncomeFen: income }));
    expect([at(300_000, { fact: 'illegalIncomeFen', min: 300_000 }), at(300_000, { fact: 'illegalIncomeFen', over: 300_000 })]).toEqual([
      true,
      false,
    ]);
    expect([at(300_000, { fact: 'illegalIncomeFen', max: 300_000 }), at(300_000, { fact: 'illegalIncomeFen', under: 300_000 })]).toEqual([
      true,
      false,
    ]);
  });

  it('an age condition never holds for an organization', () => {
    expect(conditionHolds({ fact: 'ageYears', under: 200 }, makeFacts({ party: { kind: 'organization' } }))).toBe(false);
  });
});

describe('ageInFullYears (已满 from the day after the birthday)', () => {
  it.each<[string, string, number]>([
    ['2010-05-10', '2024-05-10', 13],
    ['2010-05-10', '2024-05-11', 14],
    ['2008-02-29', '2022-02-28', 13],
    ['2008-02-29', '2022-03-01', 14],
    ['2008-02-29', '2024-02-29', 15],
    ['2024-01-01', '2024-01-01', 0],
  ])('born %s, act on %s → %i', (birth, act, age) => {
    expect(ageInFullYears(birth, act)).toBe(age);
  });

  it('refuses impossible dates and acts before birth', () => {
    expect(() => ageInFullYears('2010-02-30', '2024-01-01')).toThrow(RangeError);
    expect(() => ageInFullYears('2010-05-10', '2009-01-01')).toThrow(RangeError);
  });
});

describe('money', () => {
  it('formats fen as yuan without floats', () => {
    expect([formatFen(500_000), formatFen(123_456), formatFen(5), formatFen(0)]).toEqual(['5000元', '1234.56元', '0.05元', '0元']);
    expect([formatPercentMultiple(100), formatPercentMultiple(150), formatPercentMultiple(125)]).toEqual(['1倍', '1.5倍', '1.25倍']);
  });

  it('rounds multiples of the income inward, in integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 1000 }), (income, percent) => {
        const lo = percentOfIncome(income, percent, 'up');
        const hi = percentOfIncome(income, percent, 'down');
        expect(Number.isSafeInteger(lo) && Number.isSafeInteger(hi)).toBe(true);
        expect(hi * 100).toBeLessThanOrEqual(income * percent);
        expect(lo * 100).toBeGreaterThanOrEqual(income * percent);
        expect(lo - hi).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('describes a range in decision wording', () => {
    expect(
      describeDiscretionRange({
        fine: { minFen: 100_000, maxFen: 300_000 },
        fineMultiple: { minPercent: 100, maxPercent: 300 },
        suspension: { kind: 'restrictPractice', minMonths: 3, maxMonths: 3 },
        sanctions: ['warning', 'confiscateIllegalIncome'],
      }),
    ).toBe('警告，罚款1000元以上3000元以下（违法所得的1倍以上3倍以下），停止执业3个月，没收违法所得');
  });
});

describe('statutoryRangeFromCatalogue (justice-powers.json rows)', () => {
  const basis = [{ law: '律师法', article: '第五十五条' }];
  it('律师法55: multiples, confiscation, a non-penalty order', () => {
    const { range, unmapped } = statutoryRangeFromCatalogue(
      {
        fineMinFen: null,
        fineMaxFen: null,
        multipleOfIllegalIncome: [1, 5],
        suspensionMonthsMin: null,
        suspensionMonthsMax: null,
        otherSanctions: ['责令停止非法执业', '没收违法所得'],
      },
      basis,
      { fineMandatory: true, mandatorySanctions: ['confiscateIllegalIncome'] },
    );
    expect(range.fine).toBeNull();
    expect(range.fineMultiple).toEqual({ minPercent: 100, maxPercent: 500, mandatory: true, capFen: null });
    expect(range.sanctions).toEqual(['confiscateIllegalIncome']);
    expect(range.otherMeasures).toEqual(['责令停止非法执业']);
    expect(unmapped).toEqual([]);
  });

  it('公证法42 notary (CF-GZ-004): fine, suspension kind, provincial revocation, criminal transfer', () => {
    const { range } = statutoryRangeFromCatalogue(
      {
        fineMinFen: yuanToFen(2000),
        fineMaxFen: yuanToFen(10_000),
        multipleOfIllegalIncome: null,
        suspensionMonthsMin: 3,
        suspensionMonthsMax: 12,
        otherSanctions: ['警告', '停止执业', '没收违法所得', '吊销公证员执业证书（省级）', '移送刑事追究'],
      },
      basis,
    );
    expect(range.fine).toEqual({ minFen: 200_000, maxFen: 1_000_000, mandatory: false });
    expect(range.suspension).toEqual({ kind: 'restrictPractice', minMonths: 3, maxMonths: 12, mandatory: false });
    expect(range.sanctions).toEqual(['warning', 'confiscateIllegalIncome', 'revokeLicence']);
    expect(range.otherMeasures).toEqual(['移送刑事追究']);
  });

  it('鉴定 (CF-JD-001): a multiple with a fixed cap; "停止执业 ≤3 months" has no floor', () => {
    const jd = statutoryRangeFromCatalogue(
      {
        fineMinFen: null,
        fineMaxFen: 3_000_000,
        multipleOfIllegalIncome: [1, 3],
        suspensionMonthsMin: null,
        suspensionMonthsMax: null,
        otherSanctions: [],
      },
      basis,
    );
    expect(jd.range.fineMultiple?.capFen).toBe(3_000_000);
    const ls = statutoryRangeFromCatalogue(
      {
        fineMinFen: 0,
        fineMaxFen: 500_000,
        multipleOfIllegalIncome: null,
        suspensionMonthsMin: null,
        suspensionMonthsMax: 3,
        otherSanctions: ['警告', '没收违法所得', '停止执业'],
      },
      basis,
    );
    expect(ls.range.suspension).toEqual({ kind: 'restrictPractice', minMonths: 0, maxMonths: 3, mandatory: false });
  });

  it('yuanToFen refuses fractions of a fen', () => {
    expect(yuanToFen(12.34)).toBe(1234);
    expect(() => yuanToFen(0.001)).toThrow(RangeError);
  });
});

describe('grounds and the default policy', () => {
  it('every statutory ground cites 行政处罚法 第三十条至第三十三条', () => {
    for (const g of [...STATUTORY_EXEMPTION_GROUNDS, ...STATUTORY_MANDATORY_MITIGATION, ...STATUTORY_DISCRETIONARY_MITIGATION]) {
      expect(g.basis.law).toBe('行政处罚法');
      expect(g.basis.article).toMatch(/^第三十[一二三]?条/);
      expect(g.label).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('the Jiangsu default is marked as not yet confirmed and requires 从轻/一般/从重', () => {
    expect(JIANGSU_DISCRETION_POLICY.source.note).toContain('确认');
    expect(FIVE_TIER_SCHEME.levels.filter((l) => l.required).map((l) => l.kind)).toEqual(['lighter', 'ordinary', 'heavier']);
    for (const g of [...JIANGSU_DISCRETION_POLICY.mitigatingGrounds, ...JIANGSU_DISCRETION_POLICY.aggravatingGrounds])
      expect(['S', 'U']).toContain(g.tag);
  });
});
