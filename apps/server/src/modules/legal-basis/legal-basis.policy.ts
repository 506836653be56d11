/** Who may read and change the library. The library is the bureau's: another bureau's record is a 404. */
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';

export const canReadLaw = (actor: Actor, record: { bureauId: string }): boolean => actor.permissions.has('law:read') && record.bureauId === actor.bureauId;

export const canManageLaw = (actor: Actor): boolean => actor.permissions.has('law:manage');

export function assertMayManageLaw(actor: Actor): void {
  if (!canManageLaw(actor)) throw new AppError('FORBIDDEN', '没有维护法规库的权限');
}

export function documentAbilities(actor: Actor, d: { repealedOn: string | null }): ('edit' | 'repeal' | 'addVersion' | 'addArticle')[] {
  if (!canManageLaw(actor)) return [];
  return d.repealedOn ? ['edit'] : ['edit', 'repeal', 'addVersion', 'addArticle'];
}

export function articleAbilities(actor: Actor, a: { repealedOn: string | null }, documentRepealed: boolean): ('amend' | 'repeal')[] {
  if (!canManageLaw(actor) || a.repealedOn || documentRepealed) return [];
  return ['amend', 'repeal'];
}
