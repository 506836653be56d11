/**
 * Registering, editing and deciding the status of enforcement subjects. Status decisions go through the domain's
 * table (checkSubjectTransition) and leave a dated history row; nothing is deleted.
 */
import { and, eq, ne } from 'drizzle-orm';
import { checkSubjectTransition, checkUscc, SUBJECT_TRANSITIONS, type SubjectAction } from '@quanze/domain';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../platform/auth/actor.ts';
import type { Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, versionConflict } from '../../platform/errors.ts';
import { toLocalDate } from '@quanze/domain';
import { toDomainSubject } from './subjects.presenter.ts';
import { getSubject } from './subjects.repository.ts';
import { enforcementSubjects, subjectStatusChanges } from './subjects.table.ts';

export interface SubjectInput {
  name: string;
  creditCode: string;
  kind: 'statutory' | 'authorized' | 'entrusted';
  legalBasis: string;
  domains: string[];
  entrustingSubjectId?: string | null | undefined;
  entrustmentScope: string[];
  entrustmentStart?: string | null | undefined;
  entrustmentEnd?: string | null | undefined;
  isBureauItself?: boolean | undefined;
}

async function validate(tx: Tx, actor: Actor, input: SubjectInput, selfId: string | null): Promise<void> {
  const uscc = checkUscc(input.creditCode);
  if (!uscc.ok) throw new AppError('VALIDATION_FAILED', uscc.reason, { basis: uscc.basis, fieldErrors: { creditCode: [uscc.reason] } });
  const [dup] = await tx
    .select({ id: enforcementSubjects.id })
    .from(enforcementSubjects)
    .where(and(eq(enforcementSubjects.bureauId, actor.bureauId), eq(enforcementSubjects.creditCode, input.creditCode), ...(selfId ? [ne(enforcementSubjects.id, selfId)] : [])));
  if (dup) throw new AppError('DUPLICATE', '该统一社会信用代码已登记', { fieldErrors: { creditCode: ['该统一社会信用代码已登记'] } });
  if (input.kind === 'entrusted') {
    if (!input.entrustingSubjectId) throw new AppError('VALIDATION_FAILED', '受委托组织须载明委托机关', { fieldErrors: { entrustingSubjectId: ['请选择委托机关'] } });
    const e = await getSubject(tx, input.entrustingSubjectId);
    if (!e || e.bureauId !== actor.bureauId) throw new AppError('VALIDATION_FAILED', '委托机关不存在', { fieldErrors: { entrustingSubjectId: ['委托机关不存在'] } });
  }
}

const row = (input: SubjectInput) => ({
  name: input.name,
  creditCode: input.creditCode,
  kind: input.kind,
  legalBasis: input.legalBasis,
  domains: input.domains,
  entrustingSubjectId: input.kind === 'entrusted' ? (input.entrustingSubjectId ?? null) : null,
  entrustmentScope: input.kind === 'entrusted' ? input.entrustmentScope : [],
  entrustmentStart: input.kind === 'entrusted' ? (input.entrustmentStart ?? null) : null,
  entrustmentEnd: input.kind === 'entrusted' ? (input.entrustmentEnd ?? null) : null,
});

const requireManage = (actor: Actor) => {
  if (!actor.permissions.has('subject:manage')) throw new AppError('FORBIDDEN', '没有管理执法主体的权限');
};

export async function registerSubject(deps: Deps, actor: Actor, input: SubjectInput, ip: string | null): Promise<string> {
  requireManage(actor);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    await validate(tx, actor, input, null);
    if (input.isBureauItself) {
      const [own] = await tx.select({ id: enforcementSubjects.id }).from(enforcementSubjects).where(and(eq(enforcementSubjects.bureauId, actor.bureauId), eq(enforcementSubjects.isBureauItself, true)));
      if (own) throw new AppError('CONFLICT', '本局已登记为执法主体');
      if (input.kind !== 'statutory') throw new AppError('VALIDATION_FAILED', '本局应为法定行政机关', { fieldErrors: { kind: ['本局应为法定行政机关'] } });
    }
    const [s] = await tx.insert(enforcementSubjects).values({ ...row(input), isBureauItself: input.isBureauItself ?? false, bureauId: actor.bureauId, createdAt: now, updatedAt: now }).returning({ id: enforcementSubjects.id });
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: 'subject.register', objectType: 'enforcement_subject', objectId: s!.id, summary: { name: input.name, creditCode: input.creditCode, kind: input.kind } });
    return s!.id;
  });
}

export async function updateSubject(deps: Deps, actor: Actor, id: string, input: SubjectInput & { version: number }, ip: string | null): Promise<void> {
  requireManage(actor);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const s = await getSubject(tx, id, true);
    if (!s || s.bureauId !== actor.bureauId) throw notFound('执法主体');
    if (s.version !== input.version) throw versionConflict();
    if (s.status === 'revoked') throw new AppError('CONFLICT', '已撤销的执法主体不能修改');
    await validate(tx, actor, input, s.id);
    await tx.update(enforcementSubjects).set({ ...row(input), version: s.version + 1, updatedAt: now }).where(eq(enforcementSubjects.id, s.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'subject.update',
      objectType: 'enforcement_subject',
      objectId: s.id,
      summary: { before: { name: s.name, creditCode: s.creditCode, kind: s.kind, entrustmentEnd: s.entrustmentEnd }, after: { name: input.name, creditCode: input.creditCode, kind: input.kind, entrustmentEnd: input.entrustmentEnd ?? null } },
    });
  });
}

export async function decideSubjectStatus(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { action: SubjectAction; reason?: string | undefined; decidedOn?: string | undefined; version: number },
  ip: string | null,
): Promise<void> {
  requireManage(actor);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const today = toLocalDate(now);
    const s = await getSubject(tx, id, true);
    if (!s || s.bureauId !== actor.bureauId) throw notFound('执法主体');
    if (s.version !== input.version) throw versionConflict();
    const entrusting = s.entrustingSubjectId ? await getSubject(tx, s.entrustingSubjectId) : undefined;
    const check = checkSubjectTransition(
      toDomainSubject(s),
      input.action,
      {
        actorRoles: actor.roles,
        reason: input.reason ?? null,
        entrusting: entrusting ? { id: entrusting.id, kind: entrusting.kind, status: (entrusting.status) ?? null } : null,
      },
      input.decidedOn ?? today,
    );
    if (!check.ok) throw new AppError(check.code, check.reason, { basis: check.basis });
    await tx.update(enforcementSubjects).set({ status: check.to, version: s.version + 1, updatedAt: now }).where(eq(enforcementSubjects.id, s.id));
    await tx.insert(subjectStatusChanges).values({
      subjectId: s.id,
      action: input.action,
      fromStatus: s.status,
      toStatus: check.to,
      reason: input.reason ?? null,
      decidedOn: input.decidedOn ?? today,
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: `subject.${input.action}`,
      objectType: 'enforcement_subject',
      objectId: s.id,
      summary: { before: { status: s.status }, after: { status: check.to }, reason: input.reason ?? null },
      basis: SUBJECT_TRANSITIONS[input.action].basis,
    });
  });
}
