/** Who may do what in the registry beyond supervision:manage (checked at the route). */
import { checkSupervisorPiiReveal } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { SocialSupervisorRow } from './supervision.table.ts';

/**
 * A supervisor's full mobile / ID-card number: only with pii:reveal (查看完整个人信息), as for users, officers and
 * case parties, and only while the domain allows it (not after 解聘). Staff without it keep the masked values.
 */
export const canRevealSupervisorPii = (actor: Pick<Actor, 'permissions'>, s: Pick<SocialSupervisorRow, 'status'>): boolean =>
  actor.permissions.has('pii:reveal') && checkSupervisorPiiReveal(s.status).ok;
