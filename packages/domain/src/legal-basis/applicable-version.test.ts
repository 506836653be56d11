import { describe, expect, it } from 'vitest';
import { applicableVersion, compareSanctions, lenityFromSanctions, type Lenity } from './applicable-version.ts';
import type { ArticleVersion } from './document.ts';
import { makeArticle, makeVersion, sanction } from './legal-fixtures.ts';

const old = makeVersion({
  id: 'old',
  effectiveFrom: '2018-01-01',
  effectiveTo: '2025-12-31',
  sanction: sanction({ fineMaxFen: 1_000_000 }),
});
const lighter = makeVersion({ id: 'new', effectiveFrom: '2026-01-01', sanction: sanction({ fineMaxFen: 500_000 }) });
const heavier = makeVersion({ id: 'new', effectiveFrom: '2026-01-01', sanction: sanction({ fineMaxFen: 2_000_000 }) });
const article = (next: ArticleVersion) => makeArticle({ versions: [old, next] }, { effectiveFrom: '2018-01-01' });

describe('applicableVersion (行政处罚法 第三十七条 从旧兼从轻)', () => {
  it('applies the act-time text when nothing changed, without asking', () => {
    const never = () => {
      throw new Error('comparator must not be called');
    };
    expect(applicableVersion(article(lighter), '2024-05-01', '2025-06-01', never)).toMatchObject({
      outcome: 'apply',
      rule: 'actTime',
      version: { id: 'old' },
    });
  });

  it('applies the newer text when it is lighter for the party', () => {
    const r = applicableVersion(article(lighter), '2025-10-01', '2026-02-01', lenityFromSanctions);
    expect(r).toMatchObject({ outcome: 'apply', rule: 'lighterNewer', version: { id: 'new' }, basis: { article: '第三十七条' } });
  });

  it('keeps the act-time text when the newer one is heavier', () => {
    expect(applicableVersion(article(heavier), '2025-10-01', '2026-02-01', lenityFromSanctions)).toMatchObject({
      outcome: 'apply',
      rule: 'actTime',
      version: { id: 'old' },
    });
  });

  it('takes the legal reviewer’s verdict as a value', () => {
    const cases: [Lenity, string][] = [
      ['lighter', 'apply'],
      ['notLighter', 'apply'],
      ['noLongerIllegal', 'notPunishable'],
      ['undetermined', 'needsReview'],
    ];
    for (const [verdict, outcome] of cases)
      expect(applicableVersion(article(heavier), '2025-10-01', '2026-02-01', verdict).outcome).toBe(outcome);
    expect(applicableVersion(article(heavier), '2025-10-01', '2026-02-01', 'lighter')).toMatchObject({
      rule: 'lighterNewer',
      version: { id: 'new' },
    });
  });

  it('asks for review when the ranges do not order', () => {
    const mixed = makeVersion({
      id: 'new',
      effectiveFrom: '2026-01-01',
      sanction: sanction({ fineMaxFen: 500_000, suspensionMonthsMax: 6 }),
    });
    expect(applicableVersion(article(mixed), '2025-10-01', '2026-02-01', lenityFromSanctions)).toMatchObject({
      outcome: 'needsReview',
      atAct: { id: 'old' },
      atDecision: { id: 'new' },
    });
  });

  it('a repeal by the decision: not punishable if no longer illegal, else review', () => {
    const repealed = makeArticle({ versions: [old] }, { effectiveFrom: '2018-01-01', repealedOn: '2026-01-01' });
    expect(applicableVersion(repealed, '2025-10-01', '2026-02-01', 'noLongerIllegal').outcome).toBe('notPunishable');
    expect(applicableVersion(repealed, '2025-10-01', '2026-02-01', lenityFromSanctions)).toMatchObject({
      outcome: 'needsReview',
      atDecision: null,
    });
    expect(applicableVersion(repealed, '2025-10-01', '2026-02-01', 'lighter').outcome).toBe('needsReview');
    expect(applicableVersion(repealed, '2025-10-01', '2026-02-01', 'notLighter')).toMatchObject({
      outcome: 'apply',
      version: { id: 'old' },
    });
  });

  it('no retroactivity: a rule not in force at the act is no basis', () => {
    expect(applicableVersion(article(lighter), '2017-06-01', '2026-02-01', 'lighter')).toMatchObject({
      outcome: 'noBasisAtAct',
      basis: { article: '第三十八条第一款' },
    });
  });

  it('refuses a decision before the act', () => {
    expect(() => applicableVersion(article(lighter), '2026-02-01', '2026-01-01', 'lighter')).toThrow(RangeError);
  });
});

describe('compareSanctions', () => {
  it.each([
    [sanction(), sanction(), 'same'],
    [sanction(), sanction({ fineMaxFen: 300_000 }), 'lighter'],
    [sanction(), sanction({ suspensionMonthsMax: 6 }), 'heavier'],
    [sanction(), sanction({ fineMaxFen: 300_000, suspensionMonthsMax: 6 }), 'mixed'],
    [sanction(), sanction({ otherSanctions: ['警告'] }), 'lighter'],
    [sanction(), sanction({ otherSanctions: ['警告', '没收违法所得', '吊销执业证书'] }), 'heavier'],
    [sanction(), sanction({ otherSanctions: ['通报批评', '没收违法所得'] }), 'unknown'],
    [sanction(), sanction({ fineMaxFen: null }), 'unknown'],
    [sanction({ fineMinFen: 0 }), sanction({ fineMinFen: null }), 'same'],
    [sanction({ multipleOfIllegalIncome: [1, 5] }), sanction({ multipleOfIllegalIncome: [1, 3] }), 'lighter'],
  ])('%j → %j is %s', (a, b, expected) => {
    expect(compareSanctions(a, b)).toBe(expected);
  });
});
