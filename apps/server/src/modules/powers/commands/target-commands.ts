/**
 * 年度执法目标: a planned figure per power, year, department (and optionally post) and metric, kept for the
 * evaluation later. A change is an update with its version and an audit row holding before and after.
 */
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors.ts';
import { departments, posts } from '../../org/index.ts';
import { assertMayManagePowers } from '../powers.policy.ts';
import { getTarget } from '../powers.repository.ts';
import { powers, powerTargets } from '../powers.table.ts';

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { fieldErrors: { [field]: [message] } });
const ZERO = '00000000-0000-0000-0000-000000000000';

export interface TargetInput {
  powerId: string;
  year: number;
  departmentId: string;
  postId?: string | null | undefined;
  metric: string;
  planned: number;
  unit: string;
  note?: string | null | undefined;
}

function assertDepartmentScope(actor: Actor, departmentId: string): void {
  if (actor.scope !== 'bureau' && actor.departmentId !== departmentId) throw new AppError('FORBIDDEN', '只能为本科室设定执法目标');
}

export async function createTarget(deps: Deps, actor: Actor, input: TargetInput, ip: string | null): Promise<string> {
  assertMayManagePowers(actor);
  assertDepartmentScope(actor, input.departmentId);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [p] = await tx.select().from(powers).where(eq(powers.id, input.powerId));
    if (!p || p.bureauId !== actor.bureauId) throw invalid('powerId', '执法事项不存在');
    const [d] = await tx.select().from(departments).where(eq(departments.id, input.departmentId));
    if (!d || d.bureauId !== actor.bureauId) throw invalid('departmentId', '科室不存在');
    if (input.postId) {
      const [post] = await tx.select().from(posts).where(eq(posts.id, input.postId));
      if (!post || post.departmentId !== d.id) throw invalid('postId', '岗位不存在或不属于所选科室');
    }
    const [dup] = await tx
      .select({ id: powerTargets.id })
      .from(powerTargets)
      .where(
        and(
          eq(powerTargets.powerId, input.powerId),
          eq(powerTargets.year, input.year),
          eq(powerTargets.departmentId, input.departmentId),
          eq(powerTargets.metric, input.metric),
          sql`coalesce(${powerTargets.postId}, ${ZERO}::uuid) = ${input.postId ?? ZERO}::uuid`,
        ),
      );
    if (dup) throw new AppError('DUPLICATE', `${input.year}年该事项、科室（岗位）的此项目标已设定，请修改原目标`, { details: { targetId: dup.id } });
    const [t] = await tx
      .insert(powerTargets)
      .values({ ...input, postId: input.postId ?? null, note: input.note ?? null, bureauId: actor.bureauId, createdAt: now, updatedAt: now })
      .returning({ id: powerTargets.id });
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: 'powerTarget.create', objectType: 'powerTarget', objectId: t!.id, summary: { ...input } });
    return t!.id;
  });
}

export async function updateTarget(deps: Deps, actor: Actor, id: string, input: { planned: number; note?: string | null | undefined; version: number }, ip: string | null): Promise<void> {
  assertMayManagePowers(actor);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const t = await getTarget(tx, id, true);
    if (!t || t.bureauId !== actor.bureauId || (actor.scope !== 'bureau' && actor.departmentId !== t.departmentId)) throw notFound('执法目标');
    if (t.version !== input.version) throw versionConflict();
    await tx
      .update(powerTargets)
      .set({ planned: input.planned, ...(input.note !== undefined ? { note: input.note } : {}), version: t.version + 1, updatedAt: now })
      .where(eq(powerTargets.id, t.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'powerTarget.update',
      objectType: 'powerTarget',
      objectId: t.id,
      summary: { before: { planned: t.planned, note: t.note }, after: { planned: input.planned, note: input.note ?? t.note } },
    });
  });
}
