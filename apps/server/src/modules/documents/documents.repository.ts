/** The only place case_documents is read or written (appended only: a new version is a new row). */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db.ts';
import { caseSteps } from '../cases/index.ts';
import { caseDocuments } from './documents.table.ts';

export type CaseDocumentRow = typeof caseDocuments.$inferSelect;

/** Every version of every document of the case, newest first. */
export async function documentsOfCase(db: Executor, caseId: string): Promise<CaseDocumentRow[]> {
  return db
    .select()
    .from(caseDocuments)
    .where(eq(caseDocuments.caseId, caseId))
    .orderBy(desc(caseDocuments.generatedAt), desc(caseDocuments.version), desc(caseDocuments.id));
}

export async function documentOfCase(db: Executor, caseId: string, id: string): Promise<CaseDocumentRow | undefined> {
  const [r] = await db
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.id, id)));
  return r;
}

export async function insertDocument(tx: Tx, values: typeof caseDocuments.$inferInsert): Promise<CaseDocumentRow> {
  const [r] = await tx.insert(caseDocuments).values(values).returning();
  return r!;
}

/** The actions recorded on a case with their times, in order (what the case-file and window rules read). */
export async function caseActionsOf(db: Executor, caseId: string): Promise<{ action: string; at: Date }[]> {
  return db.select({ action: caseSteps.action, at: caseSteps.at }).from(caseSteps).where(eq(caseSteps.caseId, caseId)).orderBy(asc(caseSteps.at), asc(caseSteps.id));
}
