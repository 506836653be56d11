import { inScope, type Actor } from '../../platform/auth/actor.ts';
import type { UserRow } from './users.repository.ts';

export type UserAbility = 'edit' | 'disable' | 'enable' | 'resetPassword' | 'assignRoles' | 'appointAdmin' | 'unlock' | 'reveal';

const asRecord = (u: Pick<UserRow, 'bureauId' | 'departmentId' | 'id'>) => ({ bureauId: u.bureauId, departmentId: u.departmentId, ownerId: u.id });

/** Whether the actor may see this account at all; anything else answers 404. */
export function canSeeUser(actor: Actor, u: Pick<UserRow, 'bureauId' | 'departmentId' | 'id'>): boolean {
  if (u.id === actor.userId) return true;
  if (!actor.permissions.has('user:read')) return false;
  return inScope(actor, asRecord(u));
}

/**
 * `vacantAdminRoles`: security/audit administrator roles nobody in the bureau holds yet. Right after installation
 * only the system administrator exists; they may appoint the first holder of each (then never again), otherwise no
 * one could ever grant roles.
 */
export function userAbilities(actor: Actor, u: UserRow, now: Date, vacantAdminRoles: readonly string[] = []): UserAbility[] {
  if (!canSeeUser(actor, u) || (actor.secondFactorRequired && !actor.secondFactorSatisfied)) return [];
  const p = actor.permissions;
  const self = u.id === actor.userId;
  const out: UserAbility[] = [];
  if (p.has('user:manage')) {
    out.push('edit');
    if (!self && u.status === 'active') out.push('disable');
    if (u.status === 'disabled') out.push('enable');
    if (!self) out.push('resetPassword');
  }
  // Nobody grants roles to themselves: that would let one account escalate past 三员分立.
  if (p.has('role:assign') && !self) out.push('assignRoles');
  if (p.has('user:manage') && !self && vacantAdminRoles.length > 0 && u.roles.length === 0 && u.status === 'active') out.push('appointAdmin');
  if (p.has('account:unlock') && u.lockedUntil && u.lockedUntil > now) out.push('unlock');
  if (p.has('pii:reveal') && inScope(actor, asRecord(u)) && (u.mobileSealed || u.idCardSealed)) out.push('reveal');
  return out;
}
