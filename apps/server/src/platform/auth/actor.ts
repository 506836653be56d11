import type { DataScope, Permission, Role } from '@quanze/domain';
import type { AuditContext } from '../audit/audit-writer.ts';

/** The logged-in user as every route sees it, built from the session row on each request. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  bureauId: string;
  departmentId: string | null;
  roles: Role[];
  permissions: Set<Permission>;
  scope: DataScope;
  sessionId: string;
  csrfToken: string;
  secondFactorRequired: boolean;
  secondFactorSatisfied: boolean;
  mustChangePassword: boolean;
  idleTimeoutMinutes: number;
}

export function auditContextOf(actor: Actor | null, ip: string | null): AuditContext {
  return {
    actorId: actor?.userId ?? null,
    actorName: actor ? `${actor.displayName}（${actor.username}）` : null,
    bureauId: actor?.bureauId ?? null,
    ip,
  };
}

/** Is the record inside the actor's data scope? Records outside answer 404 (CONVENTIONS habit 8). */
export function inScope(
  actor: Actor,
  record: { bureauId: string; departmentId: string | null; ownerId: string | null },
  scope: DataScope = actor.scope,
): boolean {
  if (record.bureauId !== actor.bureauId) return false;
  if (scope === 'bureau') return true;
  if (scope === 'department') return actor.departmentId !== null && record.departmentId === actor.departmentId;
  return record.ownerId === actor.userId;
}
