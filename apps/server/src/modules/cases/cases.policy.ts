/**
 * Who sees a case and which permission an action needs. The legal role in the case (leader in charge, investigator,
 * reviewer …) is the domain's check (checkAction); this adds the permission and the data scope: an officer sees the
 * cases they investigate or registered, a department head the department's, leaders, reviewers and supervisors the
 * bureau's. A case outside the scope is a 404.
 */
import { actionDefinition, availableActions, type CaseActionName, type CaseActor, type CaseSnapshot, type Permission, type ProcedureConfig } from '@quanze/domain';
import { SUPPORTED_CASE_ACTIONS, type SupportedCaseAction } from '@quanze/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { CaseRow } from './cases.repository.ts';

export function canSeeCase(actor: Actor, row: Pick<CaseRow, 'bureauId' | 'departmentId' | 'registeredBy'>, investigates: boolean): boolean {
  if (!actor.permissions.has('case:read') || row.bureauId !== actor.bureauId) return false;
  if (actor.scope === 'bureau') return true;
  if (actor.scope === 'department') return actor.departmentId !== null && actor.departmentId === row.departmentId;
  return investigates || row.registeredBy === actor.userId;
}

/** A department an actor may register a lead for: their own, or any of the bureau's for a bureau-wide manager. */
export function canRegisterIn(actor: Actor, departmentId: string): boolean {
  if (!actor.permissions.has('case:manage')) return false;
  return actor.scope === 'bureau' || actor.departmentId === departmentId;
}

/** The permission an action needs on top of the domain's actor rule. */
export function permissionFor(action: CaseActionName): Permission {
  switch (actionDefinition(action).actor) {
    case 'leaderInCharge':
      return 'case:approve';
    case 'investigator':
    case 'caseManager':
      return 'case:manage';
    case 'legalReviewer':
    case 'hearingOrganiser':
    case 'presider':
    case 'assigner': // department head (case:manage) or leader in charge (case:approve): the domain checks which
      return 'case:read';
  }
}

export const isSupportedAction = (a: string): a is SupportedCaseAction => (SUPPORTED_CASE_ACTIONS as readonly string[]).includes(a);

/** The actions the actor may try now, from the domain, limited to those this server offers and the actor's permissions. */
export function caseAbilities(actor: Actor, caseActor: CaseActor, snapshot: CaseSnapshot, now: Date, config?: ProcedureConfig) {
  // On a lead, the officer deciding on the spot becomes an investigator by doing so (the second one is chosen in the form).
  const seen =
    snapshot.state === 'lead' && caseActor.officer ? { ...snapshot, investigators: [{ userId: caseActor.userId, officer: caseActor.officer }] } : snapshot;
  return availableActions(seen, caseActor, now, config).filter((a) => isSupportedAction(a.action) && actor.permissions.has(permissionFor(a.action)));
}
