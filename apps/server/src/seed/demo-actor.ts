import { permissionsOf, scopeOf, type Role } from '@quanze/domain';
import type { Actor } from '../platform/auth/actor.ts';
import type { users } from '../modules/identity/index.ts';

/** A demo account as the command path sees a logged-in user: demo data is made through the real commands. */
export function demoActorOf(u: typeof users.$inferSelect): Actor {
  const roles = u.roles as Role[];
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    bureauId: u.bureauId,
    departmentId: u.departmentId,
    roles,
    permissions: permissionsOf(roles),
    scope: scopeOf(roles),
    sessionId: 'demo-seed',
    csrfToken: '',
    secondFactorRequired: false,
    secondFactorSatisfied: true,
    mustChangePassword: false,
    idleTimeoutMinutes: 30,
  };
}
