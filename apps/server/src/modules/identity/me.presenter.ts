import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Me } from '@quanze/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db.ts';
import { bureaus, departments } from '../org/index.ts';
import { users } from './identity.table.ts';
import { loadPolicy } from './security-policy.ts';

export async function presentMe(db: Executor, actor: Actor): Promise<z.infer<typeof Me>> {
  const [row] = await db
    .select({ bureauName: bureaus.name, departmentName: departments.name, totpEnabled: users.totpEnabled })
    .from(users)
    .innerJoin(bureaus, eq(bureaus.id, users.bureauId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, actor.userId));
  const { policy } = await loadPolicy(db, actor.bureauId);
  // Until the second factor is passed, an administrator holds none of the role's permissions.
  const effective = actor.secondFactorRequired && !actor.secondFactorSatisfied ? [] : [...actor.permissions];
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      bureauId: actor.bureauId,
      bureauName: row?.bureauName ?? '',
      departmentId: actor.departmentId,
      departmentName: row?.departmentName ?? null,
      roles: actor.roles,
    },
    permissions: effective.sort(),
    scope: actor.scope,
    csrfToken: actor.csrfToken,
    mustChangePassword: actor.mustChangePassword,
    totpEnabled: row?.totpEnabled ?? false,
    secondFactorRequired: actor.secondFactorRequired,
    secondFactorSatisfied: actor.secondFactorSatisfied,
    idleTimeoutMinutes: actor.idleTimeoutMinutes,
    passwordPolicy: { minLength: policy.minLength, maxLength: policy.maxLength, minClasses: policy.minClasses, historyCount: policy.historyCount, maxAgeDays: policy.maxAgeDays },
  };
}
