/**
 * Who sees which satisfaction results. supervision:manage (行政执法协调监督科, the leader): the whole bureau. Other
 * business:read users see their own department's (a department-scoped head, a bureau-scoped reviewer alike — the
 * results are for evaluating a department by its own leadership, not a league table); an officer (scope self) sees
 * only the ratings of the cases they handled.
 */
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';

export type ResultsScope = { kind: 'bureau' } | { kind: 'department'; departmentId: string } | { kind: 'self'; userId: string };

export function resultsScopeOf(actor: Actor): ResultsScope {
  if (actor.permissions.has('supervision:manage')) return { kind: 'bureau' };
  if (!actor.permissions.has('business:read')) throw new AppError('FORBIDDEN', '没有查看满意度评议结果的权限');
  if (actor.scope === 'self') return { kind: 'self', userId: actor.userId };
  if (!actor.departmentId) throw new AppError('FORBIDDEN', '未归属科室的账号只能由监督部门查看满意度评议结果');
  return { kind: 'department', departmentId: actor.departmentId };
}
