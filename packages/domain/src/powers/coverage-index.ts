/** The lookups the coverage check reads. Built once for a full run, or from one power's dependencies alone. */
import type { LegalArticle } from '../legal-basis/index.ts';
import type { Post, PowerAssignment, StaffedOfficer } from './breakdown.ts';
import { byId, groupBy } from './collections.ts';

export interface CoverageInput {
  assignments: readonly PowerAssignment[];
  posts: readonly Post[];
  /** Officers with their current certificate and post. */
  officers: readonly StaffedOfficer[];
  /** Library articles: those the powers cite, and (for the reverse view) every penalty provision. */
  articles: readonly LegalArticle[];
}

export interface CoverageIndex {
  assignmentsByPower: ReadonlyMap<string, readonly PowerAssignment[]>;
  postsById: ReadonlyMap<string, Post>;
  officersByPost: ReadonlyMap<string, readonly StaffedOfficer[]>;
  articlesById: ReadonlyMap<string, LegalArticle>;
}

export function buildCoverageIndex(input: CoverageInput): CoverageIndex {
  return {
    assignmentsByPower: groupBy(input.assignments, (a) => a.powerId),
    postsById: byId(input.posts),
    officersByPost: groupBy(input.officers, (o) => o.postId),
    articlesById: byId(input.articles),
  };
}
