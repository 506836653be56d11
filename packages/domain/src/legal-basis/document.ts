/**
 * The legal-basis library as data: documents (法律 … 规范性文件) with their versions, and articles addressed down to
 * 条/款/项 with their text per version. Dates are Asia/Shanghai calendar days (ISO YYYY-MM-DD).
 */
import type { LocalDate } from '../calendar/index.ts';
import { formatArticleAddress, type ArticleAddress } from './address.ts';

/** 效力级别, highest first (立法法). The order matters only for display; rules look at the level by name. */
export const LEGAL_LEVELS = [
  'law',
  'administrativeRegulation',
  'localRegulation',
  'departmentalRule',
  'localGovernmentRule',
  'normativeDocument',
] as const;
export type LegalLevel = (typeof LEGAL_LEVELS)[number];

export const LEGAL_LEVEL_LABELS: Record<LegalLevel, string> = {
  law: '法律',
  administrativeRegulation: '行政法规',
  localRegulation: '地方性法规',
  departmentalRule: '部门规章',
  localGovernmentRule: '地方政府规章',
  normativeDocument: '行政规范性文件',
};

/** Levels that may set a penalty: 法律、法规、规章 (行政处罚法 第十六条); everything else is a 规范性文件. */
export function canSetPenalty(level: LegalLevel): boolean {
  return level !== 'normativeDocument';
}

/** A revision of a document (制定 / 修正 / 修订), e.g. 律师法 2017年修正. */
export interface DocumentVersion {
  id: string;
  /** As users name it: '2017年修正', '2021年修订'. */
  label: string;
  adoptedOn: LocalDate | null;
  publishedOn: LocalDate | null;
  effectiveFrom: LocalDate;
}

/** What the rules need to know of an article's document; the server joins it onto each article. */
export interface DocumentFacts {
  id: string;
  title: string;
  level: LegalLevel;
  issuingBody: string;
  /** 文号 / 令号, e.g. 司法部令第142号; null for laws, which carry none. */
  documentNumber: string | null;
  /** null = not (known to be) published: such a rule is no basis for a penalty (第五条第三款). */
  publishedOn: LocalDate | null;
  effectiveFrom: LocalDate;
  /**
   * The day the repeal takes effect, as the repealing text says it ("自…起废止"): the first day NOT in force.
   * (Version ends below are the last day in force; the two are written the way each is usually read.)
   */
  repealedOn: LocalDate | null;
}

export interface LegalDocument extends DocumentFacts {
  versions: readonly DocumentVersion[];
}

/**
 * Structured sanctions a provision (or a power) sets. Fines in integer fen. A null bound means the text sets
 * none: with a maximum but no minimum ("五千元以下") the minimum is read as 0 by the comparison.
 */
export interface SanctionRange {
  fineMinFen: number | null;
  fineMaxFen: number | null;
  /** Fine as multiples of the illegal income, [min, max] (律师法 第五十五条: 一倍以上五倍以下). */
  multipleOfIllegalIncome: readonly [number, number] | null;
  /** 停止执业 / 停业整顿 months. */
  suspensionMonthsMin: number | null;
  suspensionMonthsMax: number | null;
  /** Other kinds named by the text: 警告, 没收违法所得, 吊销执业证书 … */
  otherSanctions: readonly string[];
}

/** The text of an article between two dates. */
export interface ArticleVersion {
  id: string;
  text: string;
  effectiveFrom: LocalDate;
  /** Last day in force, inclusive; null while current. The next version starts the day after. */
  effectiveTo: LocalDate | null;
  /** The document version (修正/修订) that brought this text. */
  documentVersionId: string | null;
  /** The number the provision had in this version, when a revision renumbered it. */
  address?: ArticleAddress;
  /** Sanctions this version sets, when it sets any: the input of the 第三十七条 comparison. */
  sanction?: SanctionRange | null;
}

/** A provision of the library at the granularity it is cited (条, 款 or 项). */
export interface LegalArticle {
  id: string;
  document: DocumentFacts;
  address: ArticleAddress;
  versions: readonly ArticleVersion[];
  /** The article alone ceasing to be in force (deleted by an amendment), first day not in force; null if not. */
  repealedOn: LocalDate | null;
  /** A provision that sets a penalty (罚则): the coverage check expects some power to cite it. */
  isPenaltyProvision: boolean;
}

/** "《律师法》第四十七条第（一）项" for messages. */
export function articleLabel(article: Pick<LegalArticle, 'document' | 'address'>): string {
  return `《${article.document.title}》${formatArticleAddress(article.address)}`;
}
