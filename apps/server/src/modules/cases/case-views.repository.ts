/** The only place case_list_views (常用筛选) is read or written. */
import { and, asc, eq, isNull, ne, or } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db.ts';
import { users } from '../identity/index.ts';
import { caseListViews } from './cases.table.ts';

export type CaseViewRow = typeof caseListViews.$inferSelect;
export type CaseViewWithOwner = CaseViewRow & { ownerName: string };

const live = isNull(caseListViews.deletedAt);

/** The user's own views, then those colleagues of the department share. */
export async function visibleViews(
  db: Executor,
  who: { bureauId: string; userId: string; departmentId: string | null },
): Promise<CaseViewWithOwner[]> {
  const shared = who.departmentId ? and(eq(caseListViews.shared, true), eq(caseListViews.departmentId, who.departmentId)) : undefined;
  const rows = await db
    .select({ v: caseListViews, ownerName: users.displayName })
    .from(caseListViews)
    .innerJoin(users, eq(users.id, caseListViews.ownerId))
    .where(
      and(
        eq(caseListViews.bureauId, who.bureauId),
        live,
        shared ? or(eq(caseListViews.ownerId, who.userId), shared) : eq(caseListViews.ownerId, who.userId),
      ),
    )
    .orderBy(asc(caseListViews.name), asc(caseListViews.createdAt));
  return rows.map((r) => ({ ...r.v, ownerName: r.ownerName }));
}

export async function lockView(tx: Tx, id: string): Promise<CaseViewRow | undefined> {
  const [r] = await tx
    .select()
    .from(caseListViews)
    .where(and(eq(caseListViews.id, id), live))
    .for('update');
  return r;
}

/** Is the name taken among the owner's live views (other than `exceptId`)? */
export async function nameTaken(db: Executor, ownerId: string, name: string, exceptId?: string): Promise<boolean> {
  const conds = [eq(caseListViews.ownerId, ownerId), eq(caseListViews.name, name), live];
  if (exceptId) conds.push(ne(caseListViews.id, exceptId));
  const [r] = await db
    .select({ id: caseListViews.id })
    .from(caseListViews)
    .where(and(...conds))
    .limit(1);
  return r !== undefined;
}

export async function insertView(tx: Tx, values: typeof caseListViews.$inferInsert): Promise<CaseViewRow> {
  const [r] = await tx.insert(caseListViews).values(values).returning();
  return r!;
}

export async function updateView(tx: Tx, id: string, set: Partial<typeof caseListViews.$inferInsert>): Promise<CaseViewRow> {
  const [r] = await tx.update(caseListViews).set(set).where(eq(caseListViews.id, id)).returning();
  return r!;
}
