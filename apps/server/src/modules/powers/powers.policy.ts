/**
 * Who may do what with the power list. Reading is open to every business role of the bureau (the published list
 * is public anyway); drafting is for the supervision unit and department heads (a head only for the powers of
 * their own department, or not yet broken down); approval is the leader's — the domain's transition table and
 * four-eyes guard decide the rest (checkListTransition).
 */
import { canEditListVersion, POWER_LIST_ACTIONS, POWER_LIST_TRANSITIONS, type PowerListAction } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import type { ListRow } from './powers.repository.ts';

export const canReadPowers = (actor: Actor, record: { bureauId: string }): boolean => actor.permissions.has('power:read') && record.bureauId === actor.bureauId;

export function assertMayManagePowers(actor: Actor): void {
  if (!actor.permissions.has('power:manage')) throw new AppError('FORBIDDEN', '没有编制权责清单的权限');
}

/** Department-scoped actors act only on powers of their department, or on powers not yet assigned to any. */
export function inPowerScope(actor: Actor, assignedDepartmentId: string | null): boolean {
  if (actor.scope === 'bureau') return true;
  return assignedDepartmentId === null || (actor.departmentId !== null && assignedDepartmentId === actor.departmentId);
}

export function canEditItems(actor: Actor, list: Pick<ListRow, 'status'>): boolean {
  return actor.permissions.has('power:manage') && canEditListVersion(list, actor.roles);
}

type ListAbility = PowerListAction | 'edit' | 'import';

export function listAbilities(actor: Actor, list: ListRow): ListAbility[] {
  const out: ListAbility[] = [];
  if (canEditItems(actor, list)) out.push('edit', 'import');
  if (!actor.permissions.has('power:manage') && !actor.permissions.has('power:approve')) return out;
  for (const a of POWER_LIST_ACTIONS) {
    const t = POWER_LIST_TRANSITIONS[a];
    if (!t.from.includes(list.status) || !actor.roles.some((r) => t.roles.includes(r))) continue;
    if (a === 'approve' && list.draftedBy === actor.userId) continue; // four eyes: not the drafter
    out.push(a);
  }
  return out;
}

export function itemAbilities(actor: Actor, list: Pick<ListRow, 'status'>, change: string, assignedDepartmentId: string | null): ('edit' | 'remove')[] {
  if (!canEditItems(actor, list) || !inPowerScope(actor, assignedDepartmentId) || change === 'removed') return [];
  return ['edit', 'remove'];
}

export function canAssign(actor: Actor, assignedDepartmentId: string | null): boolean {
  return actor.permissions.has('power:manage') && inPowerScope(actor, assignedDepartmentId);
}
