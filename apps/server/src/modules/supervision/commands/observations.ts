/**
 * Observations: the supervisor submits one (accepted only while the appointment is in force that day); staff route
 * it to a department, answer it, close it. Each is one transaction with its audit row; staff act at the version
 * they saw. The answer and a closing note are what the supervisor reads on the portal.
 */
import { and, eq } from 'drizzle-orm';
import { checkObservationAction, checkObservationSubmission, toLocalDate, type LocalDate, type ObservationCommand } from '@quanze/domain';
import type { SubmitObservationRequest } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { departments } from '../../org/index.ts';
import { lockObservation } from '../supervision.repository.ts';
import { supervisorAuditContext, type SupervisorActor } from '../supervisor-session.ts';
import { socialSupervisors, supervisionObservations } from '../supervision.table.ts';
import { refusal } from './refusal.ts';

const OBJECT = 'supervision_observation';

export async function submitObservation(deps: Deps, me: SupervisorActor, input: SubmitObservationRequest, ip: string | null): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    // Re-read the appointment under a share lock: a suspension committed a moment ago must win.
    const [s] = await tx.select().from(socialSupervisors).where(eq(socialSupervisors.id, me.supervisorId)).for('share');
    if (!s) throw new AppError('AUTH_REQUIRED', '请先以社会监督员账号登录');
    const check = checkObservationSubmission(
      { status: s.status, termStart: s.termStart, termEnd: s.termEnd, documentNumber: s.documentNumber },
      toLocalDate(now),
      input.content,
    );
    if (!check.ok) throw refusal(check, check.code === 'OBSERVATION_TEXT_REQUIRED' ? 'content' : undefined);
    const [row] = await tx
      .insert(supervisionObservations)
      .values({
        bureauId: s.bureauId,
        supervisorId: s.id,
        state: 'submitted',
        category: input.category,
        aboutUnit: input.aboutUnit.trim(),
        caseNumber: input.caseNumber?.trim() || null,
        officerName: input.officerName?.trim() || null,
        occurredOn: (input.occurredOn ?? null) as LocalDate | null,
        content: input.content.trim(),
        submittedAt: now,
        updatedAt: now,
      })
      .returning({ id: supervisionObservations.id });
    await appendAudit(tx, supervisorAuditContext(me, ip), now, {
      action: 'supervision.observation.submit',
      objectType: OBJECT,
      objectId: row!.id,
      summary: { category: input.category, aboutUnit: input.aboutUnit, caseNumber: input.caseNumber ?? null },
    });
    return row!.id;
  });
}

type StaffCommand = ObservationCommand & { version: number };

export async function actOnObservation(deps: Deps, actor: Actor, id: string, cmd: StaffCommand, ip: string | null): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const o = await lockObservation(tx, actor, id, cmd.version);
    const check = checkObservationAction(o.state, cmd);
    if (!check.ok) throw refusal(check, cmd.action === 'answer' ? 'answer' : cmd.action === 'close' ? 'reason' : 'departmentId');
    const patch: Partial<typeof supervisionObservations.$inferInsert> = { state: check.to, updatedAt: now, version: o.version + 1 };
    let summary: Record<string, unknown> = { from: o.state, to: check.to };
    switch (cmd.action) {
      case 'assign': {
        const [d] = await tx
          .select({ id: departments.id, name: departments.name })
          .from(departments)
          .where(and(eq(departments.id, cmd.departmentId!), eq(departments.bureauId, o.bureauId), eq(departments.status, 'active')));
        if (!d) throw new AppError('VALIDATION_FAILED', '承办科室不存在或已撤销', { fieldErrors: { departmentId: ['承办科室不存在或已撤销'] } });
        patch.departmentId = d.id;
        summary = { ...summary, departmentFrom: o.departmentId, departmentTo: d.id, departmentName: d.name };
        break;
      }
      case 'answer':
        patch.answer = cmd.answer.trim();
        patch.answeredAt = now;
        patch.answeredBy = actor.userId;
        summary = { ...summary, answerLength: patch.answer.length };
        break;
      case 'close':
        patch.closedAt = now;
        patch.closeReason = cmd.reason?.trim() || null;
        summary = { ...summary, reason: patch.closeReason };
        break;
    }
    await tx.update(supervisionObservations).set(patch).where(eq(supervisionObservations.id, o.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: `supervision.observation.${cmd.action}`, objectType: OBJECT, objectId: o.id, summary });
  });
}

