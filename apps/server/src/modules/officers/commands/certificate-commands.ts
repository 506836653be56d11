/**
 * Certificate lifecycle: application, then every transition through the domain's table and guards
 * (checkCertificateTransition), each with an event row and an audit row in one transaction.
 */
import { and, eq, ne } from 'drizzle-orm';
import {
  CERTIFICATE_ACTION_LABELS,
  CERTIFICATE_TRANSITIONS,
  checkCertificateApplication,
  checkCertificateTransition,
  evaluateAnnualReview,
  type CertificateAction,
  type DisciplineKind,
} from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors.ts';
import { officerRules, today } from '../officers.config.ts';
import { canSeeOfficer } from '../officers.policy.ts';
import { toDomainCertificate } from '../officers.presenter.ts';
import { certificatesOf, getCertificate, lockOfficer } from '../officers.repository.ts';
import { certificateEvents, certificates, officerRecords, trainings } from '../officers.table.ts';
import { newCheckCode } from './create-officer.ts';

type Ip = string | null;

export async function applyForCertificate(deps: Deps, actor: Actor, officerId: string, input: { categories: string[]; areas: string[] }, ip: Ip): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const o = await lockOfficer(tx, officerId);
    if (!o || !canSeeOfficer(actor, o)) throw notFound('执法人员');
    if (!actor.permissions.has('officer:manage') || o.status !== 'active') throw new AppError('FORBIDDEN', '没有为该人员申领执法证的权限');
    const current = (await certificatesOf(tx, [o.id])).get(o.id)?.[0] ?? null;
    const check = checkCertificateApplication({ employmentType: o.employmentType, certificate: current ? { status: current.status } : null }, actor.roles, officerRules);
    if (!check.ok) throw new AppError(check.code, check.reason, { basis: check.basis });
    const [c] = await tx
      .insert(certificates)
      .values({ bureauId: o.bureauId, officerId: o.id, status: 'applied', categories: input.categories, areas: input.areas, checkCode: newCheckCode(), createdAt: now, updatedAt: now })
      .returning({ id: certificates.id });
    await tx.insert(certificateEvents).values({ certificateId: c!.id, action: 'apply', fromStatus: null, toStatus: 'applied', details: { categories: input.categories, areas: input.areas }, actorId: actor.userId, actorName: actor.displayName, at: now });
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: 'certificate.apply', objectType: 'certificate', objectId: c!.id, summary: { officerId: o.id, categories: input.categories, areas: input.areas } });
  });
}

export interface TransitionInput {
  action: CertificateAction;
  reason?: string | undefined;
  version: number;
  issue?: { number: string; issuingAuthority: string; categories: string[]; areas: string[]; validFrom: string; validTo: string } | undefined;
  reviewYear?: number | undefined;
}

/** Returns the officer id, so the route can answer with the refreshed file. */
export async function transitionCertificate(deps: Deps, actor: Actor, certificateId: string, input: TransitionInput, ip: Ip): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const date = today(deps.clock);
    const c = await getCertificate(tx, certificateId, true);
    const o = c ? await lockOfficer(tx, c.officerId) : undefined;
    if (!c || !o || !canSeeOfficer(actor, o) || actor.scope === 'self') throw notFound('执法证');
    if (c.version !== input.version) throw versionConflict();

    let review;
    if (input.action === 'passReview' || input.action === 'failReview') {
      if (!input.reviewYear) throw new AppError('VALIDATION_FAILED', '请选择审验年度', { fieldErrors: { reviewYear: ['请选择审验年度'] } });
      // One after another: the transaction is one pg client (platform/db-all.ts).
      const ts = await tx.select().from(trainings).where(eq(trainings.officerId, o.id));
      const ds = await tx.select().from(officerRecords).where(and(eq(officerRecords.officerId, o.id), eq(officerRecords.type, 'discipline')));
      review = evaluateAnnualReview(
        {
          year: input.reviewYear,
          trainings: ts.map((t) => ({ id: t.id, course: t.course, hours: t.hours, date: t.trainedOn, examScore: t.examScore })),
          disciplines: ds.map((d) => ({ id: d.id, kind: d.kind as DisciplineKind, decidedOn: d.decidedOn, endsOn: d.endsOn, rescinded: d.rescinded })),
        },
        officerRules,
      );
    }
    const check = checkCertificateTransition(
      toDomainCertificate(c),
      input.action,
      { actor: { roles: actor.roles }, reason: input.reason ?? null, holder: { employmentType: o.employmentType }, ...(input.issue ? { issue: input.issue } : {}), ...(review ? { review } : {}) },
      date,
      officerRules,
    );
    if (!check.ok) throw new AppError(check.code, check.reason, { basis: check.basis });
    if (input.action === 'issue' && input.issue) {
      const [dup] = await tx.select({ id: certificates.id }).from(certificates).where(and(eq(certificates.number, input.issue.number), ne(certificates.id, c.id)));
      if (dup) throw new AppError('DUPLICATE', `执法证号 ${input.issue.number} 已被使用`, { fieldErrors: { 'issue.number': ['证号已被使用'] } });
    }
    const { status: _s, id: _i, ...patch } = check.patch;
    await tx
      .update(certificates)
      .set({ ...patch, categories: patch.categories ? [...patch.categories] : undefined, areas: patch.areas ? [...patch.areas] : undefined, status: check.to, version: c.version + 1, updatedAt: now })
      .where(eq(certificates.id, c.id));
    const details = { ...(input.issue ? { issue: input.issue } : {}), ...(review ? { review: { year: review.year, trainingHours: review.trainingHours, requiredHours: review.requiredHours, passed: review.passed, reasons: review.reasons.map((r) => r.message) } } : {}) };
    await tx.insert(certificateEvents).values({ certificateId: c.id, action: input.action, fromStatus: c.status, toStatus: check.to, reason: input.reason ?? null, details, actorId: actor.userId, actorName: actor.displayName, at: now });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: `certificate.${input.action}`,
      objectType: 'certificate',
      objectId: c.id,
      summary: { label: CERTIFICATE_ACTION_LABELS[input.action], before: { status: c.status }, after: { status: check.to }, reason: input.reason ?? null, officerId: o.id },
      basis: CERTIFICATE_TRANSITIONS[input.action].basis,
    });
    return o.id;
  });
}
