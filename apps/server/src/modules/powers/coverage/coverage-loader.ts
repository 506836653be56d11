/**
 * The rows the coverage check reads, for one bureau, in a fixed number of queries whatever the size (no N+1):
 * lists, items, assignments, posts, officers on posts, their current certificates, the library articles cited plus
 * every penalty provision, and names for display. The `reload*` functions fetch the same shapes for a few ids,
 * for the incremental update.
 */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import {
  basisArticleIds,
  type Certificate,
  type LegalArticle,
  type Post,
  type Power,
  type PowerAssignment,
  type StaffedOfficer,
} from '@quanze/domain';
import type { Executor } from '../../../platform/db.ts';
import { loadLegalArticles } from '../../legal-basis/index.ts';
import { certificates, officers } from '../../officers/index.ts';
import { departments, posts } from '../../org/index.ts';
import { assignmentsOf, inForceLists, itemsOfLists, listsOfBureau, toAssignment, toPower, type ListRow } from '../powers.repository.ts';
import { powerAssignments } from '../powers.table.ts';

export interface PowerMeta {
  name: string;
  category: Power['category'];
}

export interface CoverageData {
  lists: ListRow[];
  powers: Map<string, Power>;
  assignments: Map<string, PowerAssignment[]>;
  posts: Map<string, Post>;
  officers: Map<string, StaffedOfficer>;
  articles: Map<string, LegalArticle>;
  departmentNames: Map<string, string>;
}

type CertificateRow = typeof certificates.$inferSelect;

const toCertificate = (c: CertificateRow): Certificate => ({
  id: c.id,
  number: c.number,
  issuingAuthority: c.issuingAuthority,
  status: c.status,
  categories: c.categories,
  areas: c.areas,
  validFrom: c.validFrom,
  validTo: c.validTo,
  lastReviewedYear: c.lastReviewedYear,
});

function groupAssignments(rows: Awaited<ReturnType<typeof assignmentsOf>>): Map<string, PowerAssignment[]> {
  const map = new Map<string, PowerAssignment[]>();
  for (const r of rows) {
    const list = map.get(r.powerId);
    if (list) list.push(toAssignment(r));
    else map.set(r.powerId, [toAssignment(r)]);
  }
  return map;
}

/** Officers (with their current certificate: the newest row, as the officer list shows it) — by bureau or ids. */
export async function loadOfficers(db: Executor, bureauId: string, ids?: readonly string[]): Promise<StaffedOfficer[]> {
  if (ids && ids.length === 0) return [];
  const rows = await db
    .select({ id: officers.id, name: officers.name, employmentType: officers.employmentType, postId: officers.postId, status: officers.status })
    .from(officers)
    .where(ids ? inArray(officers.id, [...ids]) : and(eq(officers.bureauId, bureauId), isNotNull(officers.postId)));
  if (rows.length === 0) return [];
  const certs = await db
    .selectDistinctOn([certificates.officerId])
    .from(certificates)
    .where(ids ? inArray(certificates.officerId, [...ids]) : eq(certificates.bureauId, bureauId))
    .orderBy(certificates.officerId, sql`${certificates.createdAt} desc`, sql`${certificates.id} desc`);
  const current = new Map(certs.map((c) => [c.officerId, toCertificate(c)]));
  return rows.map((o) => ({ ...o, certificate: current.get(o.id) ?? null }));
}

export async function loadPosts(db: Executor, bureauId: string, ids?: readonly string[]): Promise<Post[]> {
  if (ids && ids.length === 0) return [];
  return db
    .select({ id: posts.id, departmentId: posts.departmentId, name: posts.name, role: posts.role, status: posts.status })
    .from(posts)
    .where(ids ? inArray(posts.id, [...ids]) : eq(posts.bureauId, bureauId));
}

export async function loadDepartmentNames(db: Executor, bureauId: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.bureauId, bureauId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Items of the lists in force as Powers; `powerIds` narrows to those. */
export async function loadPowers(db: Executor, lists: readonly ListRow[], powerIds?: readonly string[]): Promise<Power[]> {
  const subjectOf = new Map(lists.map((l) => [l.id, l.subjectId]));
  const items = await itemsOfLists(
    db,
    lists.map((l) => l.id),
    powerIds ? { powerIds } : {},
  );
  return items.map((i) => toPower(i, subjectOf.get(i.listId) ?? ''));
}

export async function loadAssignments(db: Executor, bureauId: string, powerIds?: readonly string[]): Promise<Map<string, PowerAssignment[]>> {
  if (powerIds) return groupAssignments(await assignmentsOf(db, powerIds));
  return groupAssignments(await db.select().from(powerAssignments).where(eq(powerAssignments.bureauId, bureauId)));
}

/** Everything for a full recompute. Run inside one REPEATABLE READ transaction for a consistent snapshot. */
export async function loadCoverageData(db: Executor, bureauId: string): Promise<CoverageData> {
  const lists = inForceLists(await listsOfBureau(db, bureauId));
  // Sequential: these run on the one client of a REPEATABLE READ transaction.
  const powerList = await loadPowers(db, lists);
  const assignments = await loadAssignments(db, bureauId);
  const postRows = await loadPosts(db, bureauId);
  const officerRows = await loadOfficers(db, bureauId);
  const departmentNames = await loadDepartmentNames(db, bureauId);
  const cited = [...new Set(powerList.flatMap(basisArticleIds))];
  const articles = await loadLegalArticles(db, bureauId, { ids: cited, penaltyProvisions: true });
  return {
    lists,
    powers: new Map(powerList.map((p) => [p.id, p])),
    assignments,
    posts: new Map(postRows.map((p) => [p.id, p])),
    officers: new Map(officerRows.map((o) => [o.id, o])),
    articles: new Map(articles.map((a) => [a.id, a])),
    departmentNames,
  };
}
