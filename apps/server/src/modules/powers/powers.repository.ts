/** The only place the power tables are read: list versions, items, assignments, targets — and rows → domain. */
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { LocalDate, Power, PowerAssignment, PowerListVersion } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { powerAssignments, powerListItems, powerLists, powerTargets } from './powers.table.ts';

export type ListRow = typeof powerLists.$inferSelect;
export type ItemRow = typeof powerListItems.$inferSelect;
export type AssignmentRow = typeof powerAssignments.$inferSelect;
export type TargetRow = typeof powerTargets.$inferSelect;

export const toListVersion = (l: ListRow): PowerListVersion => ({
  id: l.id,
  subjectId: l.subjectId,
  versionNo: l.versionNo,
  status: l.status,
  draftedBy: l.draftedBy,
  approvedBy: l.approvedBy,
  approvedOn: l.approvedOn as LocalDate | null,
  publishedOn: l.publishedOn as LocalDate | null,
});

/** An item as the domain's Power; its id is the stable power id, which the breakdown and coverage refer to. */
export const toPower = (i: ItemRow, subjectId: string): Power => ({
  id: i.powerId,
  code: i.code,
  catalogCode: i.catalogCode,
  category: i.category,
  catalogType: i.catalogType,
  name: i.name,
  target: i.target,
  basis: i.basis,
  subjectId,
  departmentName: i.departmentName,
  level: i.level,
  enforcementField: i.enforcementField,
  area: i.area,
  sanctions: i.sanctions ?? null,
  hearingEligible: i.hearingEligible,
  hearingCondition: i.hearingCondition,
  scope: i.scope,
  authority: i.authority,
  standard: i.standard,
  procedure: i.procedure,
  responsibility: i.responsibility,
  accountabilityTriggers: i.accountabilityTriggers,
  statutoryTimeLimit: i.statutoryTimeLimit ?? null,
  fees: i.fees,
  supervisionChannel: i.supervisionChannel,
  verification: i.verification,
  verificationNote: i.verificationNote,
  notes: i.notes,
});

export const toAssignment = (a: AssignmentRow): PowerAssignment => ({
  id: a.id,
  powerId: a.powerId,
  departmentId: a.departmentId,
  postIds: a.postIds,
  leaderInChargeId: a.leaderInChargeId,
  effectiveFrom: a.effectiveFrom as LocalDate,
  effectiveTo: a.effectiveTo as LocalDate | null,
});

export async function getList(db: Executor, id: string, forUpdate = false): Promise<ListRow | undefined> {
  const q = db.select().from(powerLists).where(eq(powerLists.id, id));
  const [r] = forUpdate ? await q.for('update') : await q;
  return r;
}

export async function listsOfBureau(db: Executor, bureauId: string): Promise<ListRow[]> {
  return db.select().from(powerLists).where(eq(powerLists.bureauId, bureauId)).orderBy(desc(powerLists.versionNo));
}

/**
 * The list in force for each subject: the published version, or — before anything is published — the newest draft
 * or approved one, so a bureau sees its coverage while it drafts its first list.
 */
export function inForceLists(lists: readonly ListRow[]): ListRow[] {
  const bySubject = new Map<string, ListRow>();
  for (const l of [...lists].sort((a, b) => b.versionNo - a.versionNo)) {
    const cur = bySubject.get(l.subjectId);
    if (l.status === 'published') bySubject.set(l.subjectId, l);
    else if (!cur && (l.status === 'draft' || l.status === 'approved')) bySubject.set(l.subjectId, l);
  }
  return [...bySubject.values()];
}

export async function itemsOfLists(db: Executor, listIds: readonly string[], opts: { powerIds?: readonly string[]; includeRemoved?: boolean } = {}): Promise<ItemRow[]> {
  if (listIds.length === 0) return [];
  return db
    .select()
    .from(powerListItems)
    .where(
      and(
        inArray(powerListItems.listId, [...listIds]),
        ...(opts.includeRemoved ? [] : [ne(powerListItems.change, 'removed')]),
        ...(opts.powerIds ? [inArray(powerListItems.powerId, [...opts.powerIds])] : []),
      ),
    )
    .orderBy(sql`${powerListItems.code} collate "C"`);
}

export async function getItem(db: Executor, listId: string, powerId: string, forUpdate = false): Promise<ItemRow | undefined> {
  const q = db
    .select()
    .from(powerListItems)
    .where(and(eq(powerListItems.listId, listId), eq(powerListItems.powerId, powerId)));
  const [r] = forUpdate ? await q.for('update') : await q;
  return r;
}

export async function itemCounts(db: Executor, listIds: readonly string[]) {
  if (listIds.length === 0) return new Map<string, Record<ItemRow['change'], number>>();
  const rows = await db
    .select({ listId: powerListItems.listId, change: powerListItems.change, n: sql<number>`count(*)::int` })
    .from(powerListItems)
    .where(inArray(powerListItems.listId, [...listIds]))
    .groupBy(powerListItems.listId, powerListItems.change);
  const map = new Map<string, Record<ItemRow['change'], number>>();
  for (const r of rows) {
    const c = map.get(r.listId) ?? { unchanged: 0, added: 0, modified: 0, removed: 0 };
    c[r.change] = r.n;
    map.set(r.listId, c);
  }
  return map;
}

export async function assignmentsOf(db: Executor, powerIds: readonly string[]): Promise<AssignmentRow[]> {
  if (powerIds.length === 0) return [];
  return db
    .select()
    .from(powerAssignments)
    .where(inArray(powerAssignments.powerId, [...powerIds]))
    .orderBy(asc(powerAssignments.effectiveFrom), asc(powerAssignments.createdAt));
}

export async function openAssignment(db: Executor, powerId: string, forUpdate = false): Promise<AssignmentRow | undefined> {
  const q = db
    .select()
    .from(powerAssignments)
    .where(and(eq(powerAssignments.powerId, powerId), isNull(powerAssignments.effectiveTo)));
  const [r] = forUpdate ? await q.for('update') : await q;
  return r;
}

export async function getTarget(db: Executor, id: string, forUpdate = false): Promise<TargetRow | undefined> {
  const q = db.select().from(powerTargets).where(eq(powerTargets.id, id));
  const [r] = forUpdate ? await q.for('update') : await q;
  return r;
}
