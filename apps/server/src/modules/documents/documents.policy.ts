/**
 * Who reads and who generates: reading needs case:read and the case in the actor's scope (outside it: 404, the
 * cases module's rule); generating also needs case:manage (承办) or case:approve (审批).
 */
import type { Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { canSeeCase, getCase, investigatesCase, type CaseRow } from '../cases/index.ts';

export const canGenerateDocuments = (actor: Actor): boolean => actor.permissions.has('case:manage') || actor.permissions.has('case:approve');

export function assertMayGenerate(actor: Actor): void {
  if (!canGenerateDocuments(actor)) throw forbidden('生成执法文书须具有案件办理或审批权限');
}

/** The case row when the actor may see it; 404 otherwise (also for a case of another bureau). */
export async function visibleCase(db: Executor, actor: Actor, caseId: string, row?: CaseRow): Promise<CaseRow> {
  const r = row ?? (await getCase(db, caseId));
  if (!r || !canSeeCase(actor, r, await investigatesCase(db, caseId, actor.userId))) throw notFound('案件');
  return r;
}
