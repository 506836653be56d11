/**
 * Guards on the articles cited as a basis (执法依据): every problem at once, so the form shows all that must change.
 * For a case, call with the act date once applicableVersion has settled which text applies (第三十七条); for the
 * power list, with today.
 */
import type { LocalDate } from '../calendar/index.ts';
import type { Citation } from '../citation.ts';
import { articleStatusOn } from './article-status.ts';
import { articleLabel, canSetPenalty, LEGAL_LEVEL_LABELS, type LegalArticle } from './document.ts';
import { BASIS_IN_FORCE, NO_BASIS_VOID, PENALTY_SETTING, PUBLICATION_REQUIRED } from './sources.ts';

export const BASIS_PROBLEM_CODES = [
  'BASIS_EMPTY',
  'NORMATIVE_DOCUMENT_ONLY',
  'ARTICLE_REPEALED',
  'ARTICLE_NOT_YET_EFFECTIVE',
  'ARTICLE_UNPUBLISHED',
  'NO_BASIS_IN_FORCE',
] as const;
export type BasisProblemCode = (typeof BASIS_PROBLEM_CODES)[number];

export interface BasisProblem {
  code: BasisProblemCode;
  /** The article at fault; null for a problem of the basis as a whole. */
  articleId: string | null;
  message: string;
  basis: Citation;
}

/** Whether the article can carry weight on `date`: in force and its rule published (第五条第三款). */
export function isUsableOn(article: LegalArticle, date: LocalDate): boolean {
  const published = article.document.publishedOn;
  return articleStatusOn(article, date).status === 'inForce' && published !== null && published <= date;
}

/**
 * Per-article flags for any power or decision: repealed, not yet effective, unpublished. `penalty` switches the
 * citation to 第三十八条 / 第五条 (a penalty without a valid basis is void); other powers rest on 职权法定.
 */
export function checkBasisArticles(articles: readonly LegalArticle[], date: LocalDate, penalty = false): BasisProblem[] {
  const problems: BasisProblem[] = [];
  for (const a of articles) {
    const label = articleLabel(a);
    const s = articleStatusOn(a, date);
    const statusBasis = penalty ? NO_BASIS_VOID : BASIS_IN_FORCE;
    if (s.status === 'repealed') {
      problems.push({ code: 'ARTICLE_REPEALED', articleId: a.id, message: `${label}已于${s.since}废止（失效）`, basis: statusBasis });
    } else if (s.status === 'notYetEffective') {
      problems.push({
        code: 'ARTICLE_NOT_YET_EFFECTIVE',
        articleId: a.id,
        message: `${label}自${s.effectiveFrom}起施行，${date}尚未生效`,
        basis: statusBasis,
      });
    }
    const published = a.document.publishedOn;
    if (penalty && (published === null || published > date)) {
      problems.push({
        code: 'ARTICLE_UNPUBLISHED',
        articleId: a.id,
        message: `《${a.document.title}》${published === null ? '未载明公布日期' : `于${published}公布`}，未经公布的规定不得作为行政处罚的依据`,
        basis: PUBLICATION_REQUIRED,
      });
    }
  }
  return problems;
}

/**
 * Every problem with `articles` as the basis of a penalty on `date`:
 * - none cited → void (第三十八条);
 * - only 规范性文件 → they may not set a penalty (第十六条), so nothing sets this one;
 * - each article repealed, not yet effective or unpublished;
 * - articles of a penalty-setting level cited, but none usable on `date` → no basis left (第三十八条).
 * A 规范性文件 cited NEXT TO a law or rule is fine: 裁量基准 and implementing documents are cited that way.
 */
export function checkPenaltyBasis(articles: readonly LegalArticle[], date: LocalDate): BasisProblem[] {
  if (articles.length === 0) return [{ code: 'BASIS_EMPTY', articleId: null, message: '未列明行政处罚的法律依据', basis: NO_BASIS_VOID }];
  const problems: BasisProblem[] = [];
  const setting = articles.filter((a) => canSetPenalty(a.document.level));
  if (setting.length === 0) {
    problems.push({
      code: 'NORMATIVE_DOCUMENT_ONLY',
      articleId: null,
      message: `所列依据均为${LEGAL_LEVEL_LABELS.normativeDocument}，不能单独作为行政处罚的依据，须列明设定该处罚的法律、法规或规章条文`,
      basis: PENALTY_SETTING,
    });
  }
  problems.push(...checkBasisArticles(articles, date, true));
  if (setting.length > 0 && !setting.some((a) => isUsableOn(a, date))) {
    problems.push({
      code: 'NO_BASIS_IN_FORCE',
      articleId: null,
      message: `${date}没有现行有效且已公布的法律、法规或规章条文可作为处罚依据`,
      basis: NO_BASIS_VOID,
    });
  }
  return problems;
}
