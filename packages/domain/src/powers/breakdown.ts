/**
 * 职权分解: each power → the responsible department → its A post (主办) and B post (协办/备份) → the officers on
 * those posts, with the leader in charge (分管领导) and the dates the arrangement holds. The server keeps every
 * assignment row (history); the rules look at the one in force on a day.
 */
import type { LocalDate } from '../calendar/index.ts';
import type { Officer } from '../officers/index.ts';

export type PostRole = 'A' | 'B';

/** A post as the org module keeps it (contracts PostDto). */
export interface Post {
  id: string;
  departmentId: string;
  name: string;
  role: PostRole;
  status: 'active' | 'closed';
}

export interface PowerAssignment {
  id: string;
  powerId: string;
  departmentId: string | null;
  /** A and B posts; a post's role is its own (Post.role), so the list says which is which. */
  postIds: readonly string[];
  /** The leadership member (分管领导) answering for the power. */
  leaderInChargeId: string | null;
  effectiveFrom: LocalDate;
  /** Last day in force, inclusive; null while current. A change closes the row and opens a new one. */
  effectiveTo: LocalDate | null;
}

/** An officer with their current certificate (for canEnforce) and the one post they hold. */
export interface StaffedOfficer extends Officer {
  postId: string | null;
  status: 'active' | 'left';
}

export function isAssignmentInForce(a: PowerAssignment, date: LocalDate): boolean {
  return a.effectiveFrom <= date && (a.effectiveTo === null || date <= a.effectiveTo);
}

/**
 * The assignment of a power on `date`. Rows of one power should not overlap (the server closes the old row when
 * it opens a new one); if they do, the one that started last is taken, as the latest decision.
 */
export function assignmentOn(assignments: readonly PowerAssignment[], date: LocalDate): PowerAssignment | null {
  let best: PowerAssignment | null = null;
  for (const a of assignments) if (isAssignmentInForce(a, date) && (best === null || a.effectiveFrom > best.effectiveFrom)) best = a;
  return best;
}
