/**
 * Who sees and who changes a case's evidence and property. Seeing follows the case's scope (a case outside it is a
 * 404): officers the cases they investigate or registered, department heads their department's, bureau-wide roles
 * the bureau's. Adding evidence, custody events, preservation applications and property movements: the case's
 * active investigators, the head of the case's department, or a leader. Approving preservation and disposals: the
 * agency head (局领导), checked by the domain rule with its article.
 */
import { checkEvidenceStage, type EvidenceCheck } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { caseHead, investigates, type CaseHead } from './evidence.repository.ts';

export interface CaseAccess {
  head: CaseHead;
  investigator: boolean;
  /** May add evidence, custody events, preservation applications and property movements. */
  canManage: boolean;
  /** 局领导. */
  canApprove: boolean;
}

export function seesCase(actor: Actor, head: Pick<CaseHead, 'bureauId' | 'departmentId' | 'registeredBy'>, investigator: boolean): boolean {
  if (!actor.permissions.has('case:read') || head.bureauId !== actor.bureauId) return false;
  if (actor.scope === 'bureau') return true;
  if (actor.scope === 'department') return actor.departmentId !== null && actor.departmentId === head.departmentId;
  return investigator || head.registeredBy === actor.userId;
}

/** The case as the actor may see it, or a 404. */
export async function caseAccess(db: Executor, actor: Actor, caseId: string, lock = false): Promise<CaseAccess> {
  const head = await caseHead(db, caseId, lock);
  if (!head) throw notFound('案件');
  const investigator = await investigates(db, caseId, actor.userId);
  if (!seesCase(actor, head, investigator)) throw notFound('案件');
  const leader = actor.roles.includes('leader');
  const deptHead = actor.roles.includes('departmentHead') && actor.departmentId === head.departmentId;
  const canManage = leader || (actor.permissions.has('case:manage') && (investigator || deptHead));
  return { head, investigator, canManage, canApprove: leader };
}

export function requireManage(access: CaseAccess): void {
  if (!access.canManage) throw new AppError('FORBIDDEN', '只有本案承办人员、所在科室负责人或局领导可以办理');
}

export function assertRule(check: EvidenceCheck): void {
  if (!check.ok) throw new AppError(check.code, check.reason, { basis: check.basis });
}

/** Evidence may be added only after filing and before the decision. */
export function assertEvidenceStage(access: CaseAccess): void {
  assertRule(checkEvidenceStage(access.head.state));
}
