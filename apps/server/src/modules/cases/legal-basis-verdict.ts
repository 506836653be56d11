/**
 * The legal-basis verdict of a case's cited basis (第十六条、第三十八条): each label ("《中华人民共和国律师法》第四十七条")
 * is linked to the library's articles (legal-basis module), and the domain's checkPenaltyBasis judges them at the act
 * date. A problem of one article goes to the labels citing it; a problem of the basis as a whole to the first linked
 * label. A label the library cannot link is left without problems (shown unverified, never guessed).
 */
import {
  applicableVersion,
  articleLabel,
  checkPenaltyBasis,
  lenityFromSanctions,
  type AppliedVersion,
  type CaseLegalBasis,
  type LegalArticle,
  type LocalDate,
} from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { cachedLegalArticles, cachedResolveCitations, loadLegalArticles, resolveCitations, type CitationRef } from '../legal-basis/index.ts';

/** "《X》第N条…" or "X第N条…" → { law, article }; null when no article is cited. */
export function citationOfLabel(label: string): CitationRef | null {
  const t = label.normalize('NFKC').trim();
  const quoted = /^《([^》]+)》\s*(.+)$/.exec(t);
  if (quoted) return { law: quoted[1]!.trim(), article: quoted[2]!.trim() };
  const bare = /^(.+?)(第.+条.*)$/.exec(t);
  return bare ? { law: bare[1]!.trim(), article: bare[2]!.trim() } : null;
}

/**
 * 第三十七条 for one article: the text in force at the act, unless by `decisionDate` it was amended to a lighter one
 * (lenityFromSanctions ranks the structured sanctions) or no longer makes the act illegal; a change that cannot be
 * ranked goes to the legal reviewer. `notPunishable` is returned as a problem, the rest as the applied version.
 */
export function temporalVerdict(article: LegalArticle, actDate: LocalDate, decisionDate: LocalDate): { applied: AppliedVersion | null; problem: { code: string; message: string; basis: AppliedVersion['basis'] } | null } {
  if (decisionDate < actDate) return { applied: null, problem: null };
  const v = applicableVersion(article, actDate, decisionDate, lenityFromSanctions);
  const label = articleLabel(article);
  switch (v.outcome) {
    case 'apply':
      return { applied: { article: label, rule: v.rule, versionEffectiveFrom: v.version.effectiveFrom, message: v.message, basis: v.basis }, problem: null };
    case 'needsReview':
      return { applied: { article: label, rule: 'needsReview', versionEffectiveFrom: null, message: v.message, basis: v.basis }, problem: null };
    case 'notPunishable':
      return { applied: null, problem: { code: 'NO_LONGER_ILLEGAL', message: `${label}：${v.message}`, basis: v.basis } };
    case 'noBasisAtAct':
      return { applied: null, problem: null }; // checkPenaltyBasis at the act date reports it
  }
}

/**
 * The verdict at the act date; with `decisionDate` (today when deciding) also the 第三十七条 choice of text.
 * `library: 'cached'` (views only) reads the library through legal-basis/library-cache.ts — kept current by change notifications
 * for a write on another node; a case action leaves it out and reads the library in its own transaction.
 */
export async function legalBasisVerdicts(
  db: Executor,
  bureauId: string,
  labels: readonly string[],
  date: LocalDate,
  decisionDate?: LocalDate,
  library: 'fresh' | 'cached' = 'fresh',
): Promise<CaseLegalBasis[]> {
  const refs = labels.map(citationOfLabel);
  const linkable = refs.flatMap((r, i) => (r ? [{ i, r }] : []));
  const linkRefs = linkable.map((x) => x.r);
  const resolved = library === 'cached' ? await cachedResolveCitations(db, bureauId, linkRefs) : await resolveCitations(db, bureauId, linkRefs);
  const idsOf: string[][] = labels.map(() => []);
  linkable.forEach((x, k) => (idsOf[x.i] = resolved[k] ?? []));
  const allIds = [...new Set(idsOf.flat())];
  const result: CaseLegalBasis[] = labels.map((label) => ({ label, problems: [] }));
  if (allIds.length === 0) return result;
  const articles = library === 'cached' ? await cachedLegalArticles(db, bureauId, allIds) : await loadLegalArticles(db, bureauId, { ids: allIds });
  const problems = checkPenaltyBasis(articles, date);
  const firstLinked = idsOf.findIndex((ids) => ids.length > 0);
  const out = result.map((b) => ({ label: b.label, problems: [] as { code: string; message: string; basis: CaseLegalBasis['problems'][number]['basis'] }[], applied: [] as AppliedVersion[] }));
  for (const a of articles) {
    const t = temporalVerdict(a, date, decisionDate ?? date);
    idsOf.forEach((ids, i) => {
      if (!ids.includes(a.id)) return;
      if (t.applied) out[i]!.applied.push(t.applied);
      if (t.problem) out[i]!.problems.push(t.problem);
    });
  }
  for (const p of problems) {
    const entry = { code: p.code, message: p.message, basis: p.basis };
    if (p.articleId === null) out[firstLinked]!.problems.push(entry);
    else idsOf.forEach((ids, i) => ids.includes(p.articleId!) && out[i]!.problems.push(entry));
  }
  return out;
}
