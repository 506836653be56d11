import { describe, expect, it } from 'vitest';
import { makeArticle, makeNormativeArticle, TODAY } from './legal-fixtures.ts';
import { checkBasisArticles, checkPenaltyBasis } from './penalty-basis.ts';

const law = makeArticle();
const notice = makeNormativeArticle();
const codes = (p: { code: string; articleId: string | null }[]) => p.map((x) => [x.code, x.articleId]);

describe('checkPenaltyBasis (行政处罚法 第五条、第十六条、第三十八条)', () => {
  it('accepts an article of a law in force and published', () => {
    expect(checkPenaltyBasis([law], TODAY)).toEqual([]);
  });

  it('accepts a 规范性文件 cited next to the law that sets the penalty', () => {
    expect(checkPenaltyBasis([law, notice], TODAY)).toEqual([]);
  });

  it('refuses a 规范性文件 alone, citing 第十六条', () => {
    const p = checkPenaltyBasis([notice], TODAY);
    expect(codes(p)).toEqual([['NORMATIVE_DOCUMENT_ONLY', null]]);
    expect(p[0]!.basis.article).toBe('第十六条');
    expect(p[0]!.message).toContain('不能单独作为行政处罚的依据');
  });

  it('accepts every level that may set a penalty', () => {
    for (const level of ['administrativeRegulation', 'localRegulation', 'departmentalRule', 'localGovernmentRule'] as const) {
      expect(checkPenaltyBasis([makeArticle({}, { level })], TODAY)).toEqual([]);
    }
  });

  it('refuses an empty basis (第三十八条)', () => {
    expect(checkPenaltyBasis([], TODAY)).toMatchObject([{ code: 'BASIS_EMPTY', basis: { article: '第三十八条第一款' } }]);
  });

  it('flags a repealed article, and says no basis remains when it was the only one', () => {
    const repealed = makeArticle({ id: 'old' }, { repealedOn: '2026-01-01' });
    expect(codes(checkPenaltyBasis([repealed], TODAY))).toEqual([
      ['ARTICLE_REPEALED', 'old'],
      ['NO_BASIS_IN_FORCE', null],
    ]);
    expect(codes(checkPenaltyBasis([repealed, law], TODAY))).toEqual([['ARTICLE_REPEALED', 'old']]);
  });

  it('flags an article not yet in force', () => {
    const future = makeArticle({ id: 'new' }, { effectiveFrom: '2027-01-01', publishedOn: '2026-04-01' });
    const p = checkPenaltyBasis([future, law], TODAY);
    expect(codes(p)).toEqual([['ARTICLE_NOT_YET_EFFECTIVE', 'new']]);
  });

  it('flags an unpublished rule (第五条第三款)', () => {
    const unpublished = makeArticle({ id: 'secret' }, { level: 'departmentalRule', publishedOn: null });
    const p = checkPenaltyBasis([unpublished], TODAY);
    expect(codes(p)).toEqual([
      ['ARTICLE_UNPUBLISHED', 'secret'],
      ['NO_BASIS_IN_FORCE', null],
    ]);
    expect(p[0]!.basis.article).toBe('第五条第三款');
  });

  it('gives every problem at once: a repealed notice alone', () => {
    const oldNotice = makeNormativeArticle({ repealedOn: '2025-01-01' });
    expect(codes(checkPenaltyBasis([oldNotice], TODAY))).toEqual([
      ['NORMATIVE_DOCUMENT_ONLY', null],
      ['ARTICLE_REPEALED', 'art-notice-5'],
    ]);
  });

  it('a problem disappears when fixed: the date moves into force', () => {
    const future = makeArticle({}, { effectiveFrom: '2027-01-01' });
    expect(checkPenaltyBasis([future], '2027-01-01')).toEqual([]);
  });
});

describe('checkBasisArticles (any power)', () => {
  it('flags status only, not publication or level', () => {
    expect(checkBasisArticles([notice], TODAY)).toEqual([]);
    expect(codes(checkBasisArticles([makeArticle({}, { repealedOn: '2020-01-01', publishedOn: null })], TODAY))).toEqual([
      ['ARTICLE_REPEALED', 'art-47'],
    ]);
  });
});
