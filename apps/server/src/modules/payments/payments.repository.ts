/**
 * The only place the payment tables are read or written. It also reads (never writes) the case row and its
 * investigators for the data scope, and appends the one case step this module owns: 'completeExecution', when the
 * ledger first shows everything paid (steps.execution.completedAt, read by the close guard).
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db.ts';
import { caseOfficers, caseSteps, penaltyCases } from '../cases/index.ts';
import { officers } from '../officers/index.ts';
import { paymentNotices, paymentReconciliations, paymentReferenceSeries, payments } from './payments.table.ts';

export type NoticeRow = typeof paymentNotices.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
export type ReconciliationRow = typeof paymentReconciliations.$inferSelect;

/** The next number of the year's 缴款码 series, under a row lock: never reused. */
export async function allocateReferenceNumber(tx: Tx, year: number): Promise<number> {
  await tx.insert(paymentReferenceSeries).values({ year, lastNumber: 0 }).onConflictDoNothing();
  const [r] = await tx
    .update(paymentReferenceSeries)
    .set({ lastNumber: sql`${paymentReferenceSeries.lastNumber} + 1` })
    .where(eq(paymentReferenceSeries.year, year))
    .returning({ n: paymentReferenceSeries.lastNumber });
  return r!.n;
}

export async function insertNotice(tx: Tx, values: typeof paymentNotices.$inferInsert): Promise<NoticeRow | undefined> {
  const [r] = await tx.insert(paymentNotices).values(values).onConflictDoNothing({ target: paymentNotices.caseId }).returning();
  return r;
}

export async function noticeOfCase(db: Executor, caseId: string): Promise<NoticeRow | undefined> {
  const [r] = await db.select().from(paymentNotices).where(eq(paymentNotices.caseId, caseId));
  return r;
}

export async function lockNoticeOfCase(tx: Tx, caseId: string): Promise<NoticeRow | undefined> {
  const [r] = await tx.select().from(paymentNotices).where(eq(paymentNotices.caseId, caseId)).for('update');
  return r;
}

export async function lockNotices(tx: Tx, bureauId: string, references: readonly string[]): Promise<NoticeRow[]> {
  if (references.length === 0) return [];
  return tx
    .select()
    .from(paymentNotices)
    .where(and(eq(paymentNotices.bureauId, bureauId), inArray(paymentNotices.reference, [...references])))
    .orderBy(asc(paymentNotices.id))
    .for('update');
}

export async function noticesByReferences(db: Executor, bureauId: string, references: readonly string[]): Promise<NoticeRow[]> {
  if (references.length === 0) return [];
  return db
    .select()
    .from(paymentNotices)
    .where(and(eq(paymentNotices.bureauId, bureauId), inArray(paymentNotices.reference, [...references])));
}

export async function updateNotice(tx: Tx, id: string, set: Partial<typeof paymentNotices.$inferInsert>): Promise<void> {
  await tx.update(paymentNotices).set(set).where(eq(paymentNotices.id, id));
}

export async function paymentsOf(db: Executor, noticeIds: readonly string[]): Promise<PaymentRow[]> {
  if (noticeIds.length === 0) return [];
  return db
    .select()
    .from(payments)
    .where(inArray(payments.noticeId, [...noticeIds]))
    .orderBy(asc(payments.paidAt), asc(payments.createdAt));
}

export async function insertPayments(tx: Tx, rows: (typeof payments.$inferInsert)[]): Promise<PaymentRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(payments).values(rows).returning();
}

export async function lockPayment(tx: Tx, id: string): Promise<PaymentRow | undefined> {
  const [r] = await tx.select().from(payments).where(eq(payments.id, id)).for('update');
  return r;
}

export async function updatePayment(tx: Tx, id: string, set: Partial<typeof payments.$inferInsert>): Promise<void> {
  await tx.update(payments).set(set).where(eq(payments.id, id));
}

/** Bank serials of the bureau already imported, among `serials`. */
export async function importedSerials(db: Executor, bureauId: string, serials: readonly string[]): Promise<Set<string>> {
  if (serials.length === 0) return new Set();
  const rows = await db
    .select({ s: payments.bankSerial })
    .from(payments)
    .where(and(eq(payments.bureauId, bureauId), inArray(payments.bankSerial, [...serials])));
  return new Set(rows.flatMap((r) => (r.s ? [r.s] : [])));
}

export async function receiptNumberUsed(db: Executor, bureauId: string, receiptNumber: string): Promise<boolean> {
  const [r] = await db
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.bureauId, bureauId), eq(payments.receiptNumber, receiptNumber)))
    .limit(1);
  return r !== undefined;
}

export type CaseScopeRow = Pick<
  typeof penaltyCases.$inferSelect,
  'id' | 'bureauId' | 'departmentId' | 'registeredBy' | 'state' | 'decisionNumber'
>;

export async function caseForScope(db: Executor, caseId: string): Promise<CaseScopeRow | undefined> {
  const [r] = await db
    .select({
      id: penaltyCases.id,
      bureauId: penaltyCases.bureauId,
      departmentId: penaltyCases.departmentId,
      registeredBy: penaltyCases.registeredBy,
      state: penaltyCases.state,
      decisionNumber: penaltyCases.decisionNumber,
    })
    .from(penaltyCases)
    .where(eq(penaltyCases.id, caseId));
  return r;
}

export async function investigatesCase(db: Executor, caseId: string, userId: string): Promise<boolean> {
  const [r] = await db
    .select({ id: caseOfficers.id })
    .from(caseOfficers)
    .innerJoin(officers, eq(officers.id, caseOfficers.officerId))
    .where(and(eq(caseOfficers.caseId, caseId), isNull(caseOfficers.removedAt), eq(officers.userId, userId)))
    .limit(1);
  return r !== undefined;
}

/** 执行完毕: the case step the snapshot folds into steps.execution.completedAt. */
export async function appendExecutionCompleted(
  tx: Tx,
  caseId: string,
  at: Date,
  actor: { userId: string | null; name: string },
  payload: Record<string, unknown>,
): Promise<void> {
  const [c] = await tx.select({ state: penaltyCases.state }).from(penaltyCases).where(eq(penaltyCases.id, caseId));
  if (!c) return;
  await tx.insert(caseSteps).values({
    caseId,
    action: 'completeExecution',
    fromState: c.state,
    toState: c.state,
    actorId: actor.userId,
    actorName: actor.name,
    at,
    payload,
    basis: '行政处罚法 第六十七条',
    warnings: [],
  });
}

export async function insertReconciliation(tx: Tx, values: typeof paymentReconciliations.$inferInsert): Promise<ReconciliationRow> {
  const [r] = await tx.insert(paymentReconciliations).values(values).returning();
  return r!;
}

export async function getReconciliation(db: Executor, id: string): Promise<ReconciliationRow | undefined> {
  const [r] = await db.select().from(paymentReconciliations).where(eq(paymentReconciliations.id, id));
  return r;
}

export async function lockReconciliation(tx: Tx, id: string): Promise<ReconciliationRow | undefined> {
  const [r] = await tx.select().from(paymentReconciliations).where(eq(paymentReconciliations.id, id)).for('update');
  return r;
}

export async function updateReconciliation(tx: Tx, id: string, set: Partial<typeof paymentReconciliations.$inferInsert>): Promise<void> {
  await tx.update(paymentReconciliations).set(set).where(eq(paymentReconciliations.id, id));
}

export async function listReconciliations(db: Executor, bureauId: string, limit = 50): Promise<ReconciliationRow[]> {
  return db
    .select()
    .from(paymentReconciliations)
    .where(eq(paymentReconciliations.bureauId, bureauId))
    .orderBy(desc(paymentReconciliations.createdAt))
    .limit(limit);
}
