/**
 * What depends on what, for incremental recomputation and for law-change impact.
 *
 * A power's coverage reads exactly: the power row; its assignment rows (all of them — a future one takes effect by
 * date alone); the posts those rows name; the officers whose postId is one of those posts (with certificates); the
 * library articles its basis links to; and the date. Nothing else: change anything outside and it keeps its status.
 */
import { addressesOverlap, type LegalArticle } from '../legal-basis/index.ts';
import type { PowerAssignment, StaffedOfficer } from './breakdown.ts';
import { basisArticleIds, type Power } from './power.ts';

export interface PowerDependencies {
  assignmentIds: string[];
  postIds: string[];
  officerIds: string[];
  articleIds: string[];
}

export function dependenciesOf(
  power: Power,
  assignments: readonly PowerAssignment[],
  officers: readonly StaffedOfficer[] = [],
): PowerDependencies {
  const own = assignments.filter((a) => a.powerId === power.id);
  const postIds = [...new Set(own.flatMap((a) => a.postIds))];
  const posts = new Set(postIds);
  return {
    assignmentIds: own.map((a) => a.id),
    postIds,
    officerIds: officers.filter((o) => o.postId !== null && posts.has(o.postId)).map((o) => o.id),
    articleIds: basisArticleIds(power),
  };
}

/** A change the server has just written; an officer's change carries the post before and after (a move touches both). */
export type CoverageChange =
  | { kind: 'power'; powerId: string }
  | { kind: 'assignment'; powerId: string }
  | { kind: 'post'; postId: string }
  | { kind: 'officer'; postIds: readonly (string | null)[] }
  | { kind: 'article'; articleId: string };

/** The powers whose coverage may change after `change`; all others keep theirs. */
export function affectedPowerIds(change: CoverageChange, powers: readonly Power[], assignments: readonly PowerAssignment[]): string[] {
  const byPost = (postIds: ReadonlySet<string>) => [
    ...new Set(assignments.filter((a) => a.postIds.some((p) => postIds.has(p))).map((a) => a.powerId)),
  ];
  switch (change.kind) {
    case 'power':
    case 'assignment':
      return [change.powerId];
    case 'post':
      return byPost(new Set([change.postId]));
    case 'officer':
      return byPost(new Set(change.postIds.filter((p): p is string => p !== null)));
    case 'article':
      return powers.filter((p) => basisArticleIds(p).includes(change.articleId)).map((p) => p.id);
  }
}

/** Anything else that cites articles: discretion rules, document templates, open cases. */
export interface ArticleReferrer {
  kind: string;
  id: string;
  label: string;
  articleIds: readonly string[];
}

export interface ImpactItem {
  kind: string;
  id: string;
  label: string;
  /** 'direct': cites the article; 'overlap': cites another record of the same 条 (第四十七条 vs 第四十七条第（一）项). */
  via: 'direct' | 'overlap';
}

export interface ArticleImpact {
  articleId: string;
  powers: ImpactItem[];
  others: ImpactItem[];
}

/**
 * Everything that cites `articleId`, to list when it is amended or repealed. With `library`, citations of an
 * overlapping address in the same document count too (an amendment of 第四十七条 touches its items).
 */
export function impactOfArticleChange(
  articleId: string,
  powers: readonly Power[],
  others: readonly ArticleReferrer[] = [],
  library: readonly LegalArticle[] = [],
): ArticleImpact {
  const target = library.find((a) => a.id === articleId);
  const overlapping = new Set(
    target
      ? library
          .filter((a) => a.id !== articleId && a.document.id === target.document.id && addressesOverlap(a.address, target.address))
          .map((a) => a.id)
      : [],
  );
  const via = (ids: readonly string[]): ImpactItem['via'] | null =>
    ids.includes(articleId) ? 'direct' : ids.some((id) => overlapping.has(id)) ? 'overlap' : null;
  const powerItems = powers.flatMap((p) => {
    const v = via(basisArticleIds(p));
    return v ? [{ kind: 'power', id: p.id, label: `${p.code} ${p.name}`, via: v }] : [];
  });
  const otherItems = others.flatMap((o) => {
    const v = via(o.articleIds);
    return v ? [{ kind: o.kind, id: o.id, label: o.label, via: v }] : [];
  });
  return { articleId, powers: powerItems, others: otherItems };
}
