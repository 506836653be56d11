/**
 * 职权分解: a new arrangement for a power (department, A/B posts, leader in charge) from a date. The row in force
 * ends the day before; a row that had not started yet ends before it starts (never in force). Nothing is
 * overwritten and nothing is backdated: the past arrangement stays what it was.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import { addCalendarDays, toLocalDate, type LocalDate } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { departments, leadershipGroupMembers, posts } from '../../org/index.ts';
import { assertMayManagePowers, inPowerScope } from '../powers.policy.ts';
import { openAssignment } from '../powers.repository.ts';
import { powerAssignments, powers } from '../powers.table.ts';

export interface AssignInput {
  departmentId: string | null;
  postIds: string[];
  leaderInChargeId?: string | null | undefined;
  effectiveFrom?: string | undefined;
  reason?: string | undefined;
  currentAssignmentId: string | null;
}

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { fieldErrors: { [field]: [message] } });

export async function assignPower(deps: Deps, actor: Actor, powerId: string, input: AssignInput, ip: string | null): Promise<string> {
  assertMayManagePowers(actor);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const today = toLocalDate(now);
    const [power] = await tx.select().from(powers).where(eq(powers.id, powerId)).for('update');
    if (!power || power.bureauId !== actor.bureauId) throw notFound('执法事项');
    const open = await openAssignment(tx, powerId, true);
    if (!inPowerScope(actor, open?.departmentId ?? null)) throw notFound('执法事项');
    if ((open?.id ?? null) !== input.currentAssignmentId) throw new AppError('VERSION_CONFLICT', '该事项的职权分解已被他人修改，请刷新后重试');
    if (actor.scope !== 'bureau' && input.departmentId !== actor.departmentId) throw new AppError('FORBIDDEN', '只能将事项分解到本科室');
    const from = (input.effectiveFrom ?? today) as LocalDate;
    if (from < today) throw invalid('effectiveFrom', `职权分解不能追溯，生效日期不得早于今天（${today}）`);
    const postIds = [...new Set(input.postIds)];
    if (postIds.length && !input.departmentId) throw invalid('postIds', '请先选择承办科室，再选择岗位');
    if (input.departmentId) {
      const [d] = await tx.select().from(departments).where(eq(departments.id, input.departmentId));
      if (!d || d.bureauId !== actor.bureauId || d.status !== 'active') throw invalid('departmentId', '科室不存在');
    }
    if (postIds.length) {
      const rows = await tx.select().from(posts).where(inArray(posts.id, postIds));
      const bad = postIds.find((id) => {
        const p = rows.find((r) => r.id === id);
        return !p || p.bureauId !== actor.bureauId || p.status !== 'active' || p.departmentId !== input.departmentId;
      });
      if (bad) throw invalid('postIds', '岗位不存在、已撤销或不属于所选科室');
    }
    if (input.leaderInChargeId) {
      const [m] = await tx
        .select()
        .from(leadershipGroupMembers)
        .where(and(eq(leadershipGroupMembers.id, input.leaderInChargeId), eq(leadershipGroupMembers.bureauId, actor.bureauId)));
      if (!m || (m.toDate !== null && m.toDate < from)) throw invalid('leaderInChargeId', '分管领导不是领导小组的在任成员');
    }
    const id = randomUUID();
    // Every row still in force on or after `from` ends the day before it (the open one, and one already ended by a
    // future arrangement that this one now replaces): arrangements never overlap. Closing before inserting keeps
    // one open row per power (partial unique index); both commit together.
    const endsOn = addCalendarDays(from, -1);
    const shortened = await tx
      .update(powerAssignments)
      .set({ effectiveTo: endsOn, supersededBy: sql`coalesce(${powerAssignments.supersededBy}, ${id}::uuid)` })
      .where(and(eq(powerAssignments.powerId, powerId), or(isNull(powerAssignments.effectiveTo), gte(powerAssignments.effectiveTo, from))))
      .returning({ id: powerAssignments.id });
    await tx.insert(powerAssignments).values({
      id,
      bureauId: actor.bureauId,
      powerId,
      departmentId: input.departmentId,
      postIds,
      leaderInChargeId: input.leaderInChargeId ?? null,
      effectiveFrom: from,
      reason: input.reason ?? null,
      createdBy: actor.userId,
      createdByName: actor.displayName,
      createdAt: now,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'power.assign',
      objectType: 'power',
      objectId: powerId,
      summary: {
        before: open ? { departmentId: open.departmentId, postIds: open.postIds, leaderInChargeId: open.leaderInChargeId, effectiveFrom: open.effectiveFrom } : null,
        after: { departmentId: input.departmentId, postIds, leaderInChargeId: input.leaderInChargeId ?? null, effectiveFrom: from },
        reason: input.reason ?? null,
        ended: shortened.map((r) => r.id),
      },
    });
    return id;
  });
}
