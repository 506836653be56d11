/**
 * 可选人员 of a case: the bureau's active accounts with a business role that a case action may name — leaders for a
 * collective discussion (第五十七条), a hearing presider (第六十四条), the legal reviewer whose recusal is asked
 * (第四十三条) — each marked when they investigate this case. The console only offers them; every action checks its
 * choice again on the server (leader by role, presider not an investigator).
 */
import { and, arrayOverlaps, asc, eq } from 'drizzle-orm';
import type { CasePeopleResponse } from '@quanze/contracts';
import { isAdminRole, ROLES, type Role } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { users } from '../identity/index.ts';
import { departments } from '../org/index.ts';
import { canSeeCase } from './cases.policy.ts';
import { caseOfficersOf, getCase, investigatesCase, officersByIds } from './cases.repository.ts';

/** Every role but the three administrators (三员分立: they take no part in cases). */
const BUSINESS_ROLES: Role[] = ROLES.filter((r) => !isAdminRole(r));

export async function casePeople(deps: Deps, actor: Actor, caseId: string): Promise<CasePeopleResponse> {
  const row = await getCase(deps.db, caseId);
  if (!row || !canSeeCase(actor, row, await investigatesCase(deps.db, caseId, actor.userId))) throw notFound('案件');
  const [accounts, assignments] = await Promise.all([
    deps.db
      .select({ id: users.id, name: users.displayName, roles: users.roles, departmentName: departments.name })
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(and(eq(users.bureauId, row.bureauId), eq(users.status, 'active'), arrayOverlaps(users.roles, BUSINESS_ROLES)))
      .orderBy(asc(users.displayName)),
    caseOfficersOf(deps.db, caseId),
  ]);
  const active = assignments.filter((a) => a.removedAt === null).map((a) => a.officerId);
  const investigatorUsers = new Set((await officersByIds(deps.db, active)).flatMap((o) => (o.userId ? [o.userId] : [])));
  return {
    items: accounts.map((u) => ({
      userId: u.id,
      name: u.name,
      roles: u.roles.filter((r) => (BUSINESS_ROLES as string[]).includes(r)),
      departmentName: u.departmentName,
      investigator: investigatorUsers.has(u.id),
    })),
  };
}
