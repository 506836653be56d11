/**
 * Who sees a case's payments and who records what. The data scope is the case's (an officer: cases they
 * investigate or registered; a department head: the department's; leaders and bureau-wide roles: the bureau's);
 * outside it the answer is 404. Recording execution facts (复议/诉讼 pauses, 催告, court application, cash
 * hand-overs) is case work (case:manage) or the leader's (case:approve); approving deferral or instalments is the
 * leader's alone (第六十六条: 经行政机关批准). Importing the bank file is 'payment:reconcile'. Nobody marks a fine
 * paid by hand: there is no such command.
 */
import type { Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { caseForScope, investigatesCase, type CaseScopeRow } from './payments.repository.ts';

export function canSeeCase(
  actor: Actor,
  row: Pick<CaseScopeRow, 'bureauId' | 'departmentId' | 'registeredBy'>,
  investigates: boolean,
): boolean {
  if (!actor.permissions.has('case:read') || row.bureauId !== actor.bureauId) return false;
  if (actor.scope === 'bureau') return true;
  if (actor.scope === 'department') return actor.departmentId !== null && actor.departmentId === row.departmentId;
  return investigates || row.registeredBy === actor.userId;
}

export async function visibleCase(db: Executor, actor: Actor, caseId: string): Promise<CaseScopeRow> {
  const row = await caseForScope(db, caseId);
  if (!row || !canSeeCase(actor, row, await investigatesCase(db, caseId, actor.userId))) throw notFound('案件');
  return row;
}

export const mayManage = (actor: Actor): boolean => actor.permissions.has('case:manage') || actor.permissions.has('case:approve');
export const mayApprove = (actor: Actor): boolean => actor.permissions.has('case:approve') && actor.roles.includes('leader');
