/**
 * Whether an article is in force on a day and which version of its text applies; and the checks an imported
 * article must pass so that question always has one answer.
 */
import { addCalendarDays, type LocalDate } from '../calendar/index.ts';
import type { ArticleVersion, LegalArticle } from './document.ts';

export type ArticleStatus =
  | { status: 'inForce'; version: ArticleVersion }
  /** The first version, when there is one: what will apply from `effectiveFrom`. */
  | { status: 'notYetEffective'; effectiveFrom: LocalDate; version: ArticleVersion | null }
  /** `since` = first day not in force; `version` = the text in force just before. */
  | { status: 'repealed'; since: LocalDate; version: ArticleVersion | null };

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus['status'], string> = {
  inForce: '现行有效',
  notYetEffective: '尚未施行',
  repealed: '已废止',
};

function byStart(versions: readonly ArticleVersion[]): ArticleVersion[] {
  return [...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
}

/** The day the article stops being in force on its own or with its document, whichever comes first. */
export function repealDate(article: LegalArticle): LocalDate | null {
  const dates = [article.repealedOn, article.document.repealedOn].filter((d): d is LocalDate => d !== null);
  return dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : null;
}

/** The version whose [effectiveFrom, effectiveTo] holds `date`, ignoring repeal. */
export function versionOn(article: LegalArticle, date: LocalDate): ArticleVersion | null {
  return article.versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || date <= v.effectiveTo)) ?? null;
}

/**
 * Status on `date`. Repeal wins over any version still open; before the document commences nothing is in force. A day after the last version ended, or in a gap
 * between versions (a data error checkArticleVersions reports), counts as not in force: nothing may rest on it.
 */
export function articleStatusOn(article: LegalArticle, date: LocalDate): ArticleStatus {
  const versions = byStart(article.versions);
  const repeal = repealDate(article);
  if (repeal !== null && date >= repeal) {
    const before = addCalendarDays(repeal, -1);
    return { status: 'repealed', since: repeal, version: versionOn(article, before) ?? versions.at(-1) ?? null };
  }
  const first = versions[0];
  // The document's own commencement governs even if a version was entered with an earlier date.
  if (date < article.document.effectiveFrom) {
    return {
      status: 'notYetEffective',
      effectiveFrom: article.document.effectiveFrom,
      version: versionOn(article, article.document.effectiveFrom) ?? first ?? null,
    };
  }
  const current = versionOn(article, date);
  if (current) return { status: 'inForce', version: current };
  if (first === undefined || date < first.effectiveFrom) {
    return { status: 'notYetEffective', effectiveFrom: first?.effectiveFrom ?? article.document.effectiveFrom, version: first ?? null };
  }
  const previous = versions.filter((v) => v.effectiveTo !== null && v.effectiveTo < date).at(-1) ?? null;
  return { status: 'repealed', since: previous?.effectiveTo ? addCalendarDays(previous.effectiveTo, 1) : date, version: previous };
}

export type ArticleVersionProblemCode =
  'NO_VERSION' | 'VERSION_RANGE_INVALID' | 'VERSION_OVERLAP' | 'VERSION_GAP' | 'VERSION_BEFORE_DOCUMENT' | 'VERSION_AFTER_REPEAL';

export interface ArticleVersionProblem {
  code: ArticleVersionProblemCode;
  versionId: string | null;
  message: string;
}

/**
 * Import validation: versions must not overlap or leave gaps, and must sit inside the document's life, so that
 * articleStatusOn gives one answer for every day. Dates are compared as ISO strings, which order like dates.
 */
export function checkArticleVersions(article: LegalArticle): ArticleVersionProblem[] {
  const problems: ArticleVersionProblem[] = [];
  const add = (code: ArticleVersionProblemCode, versionId: string | null, message: string) => problems.push({ code, versionId, message });
  const versions = byStart(article.versions);
  if (versions.length === 0) add('NO_VERSION', null, '条文没有任何版本');
  const repeal = repealDate(article);
  versions.forEach((v, i) => {
    if (v.effectiveTo !== null && v.effectiveTo < v.effectiveFrom)
      add('VERSION_RANGE_INVALID', v.id, `版本终止日${v.effectiveTo}早于施行日${v.effectiveFrom}`);
    if (v.effectiveFrom < article.document.effectiveFrom)
      add('VERSION_BEFORE_DOCUMENT', v.id, `版本施行日${v.effectiveFrom}早于文件施行日${article.document.effectiveFrom}`);
    if (repeal !== null && v.effectiveFrom >= repeal)
      add('VERSION_AFTER_REPEAL', v.id, `版本施行日${v.effectiveFrom}不早于废止日${repeal}`);
    const next = versions[i + 1];
    if (!next) return;
    if (v.effectiveTo === null || v.effectiveTo >= next.effectiveFrom) {
      add('VERSION_OVERLAP', next.id, `版本自${next.effectiveFrom}施行，与前一版本（至${v.effectiveTo ?? '今'}）重叠`);
    } else if (addCalendarDays(v.effectiveTo, 1) !== next.effectiveFrom) {
      add('VERSION_GAP', next.id, `前一版本至${v.effectiveTo}止，本版本自${next.effectiveFrom}施行，中间无有效文本`);
    }
  });
  return problems;
}
