/** Test factories named by state (CONVENTIONS habit 11). Used only by *.test.ts files. */
import type { LocalDate } from '../calendar/index.ts';
import type { ArticleVersion, DocumentFacts, LegalArticle, SanctionRange } from './document.ts';

export const TODAY: LocalDate = '2026-05-20';

export function makeDocument(overrides: Partial<DocumentFacts> = {}): DocumentFacts {
  return {
    id: 'doc-lawyers',
    title: '中华人民共和国律师法',
    level: 'law',
    issuingBody: '全国人民代表大会常务委员会',
    documentNumber: null,
    publishedOn: '2017-09-01',
    effectiveFrom: '2008-06-01',
    repealedOn: null,
    ...overrides,
  };
}

export function makeVersion(overrides: Partial<ArticleVersion> = {}): ArticleVersion {
  return {
    id: 'v1',
    text: '律师有下列行为之一的，由设区的市级或者直辖市的区人民政府司法行政部门给予警告，可以处五千元以下的罚款',
    effectiveFrom: '2008-06-01',
    effectiveTo: null,
    documentVersionId: null,
    ...overrides,
  };
}

/** 律师法 第四十七条, in force since 2008 with one version. */
export function makeArticle(overrides: Partial<LegalArticle> = {}, document: Partial<DocumentFacts> = {}): LegalArticle {
  return {
    id: 'art-47',
    document: makeDocument(document),
    address: { article: 47 },
    versions: [makeVersion()],
    repealedOn: null,
    isPenaltyProvision: true,
    ...overrides,
  };
}

/** A 规范性文件 article (a bureau's implementing notice). */
export function makeNormativeArticle(overrides: Partial<LegalArticle> = {}): LegalArticle {
  return makeArticle(
    { id: 'art-notice-5', address: { article: 5 }, isPenaltyProvision: false, ...overrides },
    {
      id: 'doc-notice',
      title: '某市司法局关于规范律师执业行为的通知',
      level: 'normativeDocument',
      issuingBody: '某市司法局',
      documentNumber: '某司规〔2024〕1号',
      publishedOn: '2024-03-01',
      effectiveFrom: '2024-04-01',
    },
  );
}

export function sanction(overrides: Partial<SanctionRange> = {}): SanctionRange {
  return {
    fineMinFen: null,
    fineMaxFen: 500_000,
    multipleOfIllegalIncome: null,
    suspensionMonthsMin: null,
    suspensionMonthsMax: 3,
    otherSanctions: ['警告', '没收违法所得'],
    ...overrides,
  };
}
