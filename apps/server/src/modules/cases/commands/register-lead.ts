/**
 * 案源登记: a lead for a power in force, in a department the actor may register for. The party's ID number is
 * sealed (SM4) with a blind index; the first step row and the audit row go in the same transaction.
 */
import type { RegisterLeadRequest } from '@quanze/contracts';
import { procedureSources, type LocalDate } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { canRegisterIn } from '../cases.policy.ts';
import { departmentOf, insertCase, insertStep, powerItemOf, type CaseRow } from '../cases.repository.ts';
import { citationText } from './perform-case-action.ts';

export async function registerLead(deps: Deps, actor: Actor, input: RegisterLeadRequest, ip: string | null): Promise<CaseRow> {
  const departmentId = input.departmentId ?? actor.departmentId;
  if (!departmentId) throw new AppError('VALIDATION_FAILED', '请选择承办科室', { fieldErrors: { departmentId: ['请选择承办科室'] } });
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const department = await departmentOf(tx, departmentId);
    const power = await powerItemOf(tx, input.powerId);
    if (!department || department.bureauId !== actor.bureauId) throw new AppError('VALIDATION_FAILED', '承办科室不存在', { fieldErrors: { departmentId: ['承办科室不存在'] } });
    if (!canRegisterIn(actor, departmentId)) throw new AppError('FORBIDDEN', '只能为本科室登记案源');
    if (!power || power.bureauId !== actor.bureauId) {
      throw new AppError('VALIDATION_FAILED', '执法事项不存在或不在已公布的权责清单中', { fieldErrors: { powerId: ['执法事项不存在或未公布'] } });
    }
    const receivedAt = input.leadReceivedAt ? new Date(input.leadReceivedAt) : now;
    if (receivedAt.getTime() > now.getTime()) throw new AppError('VALIDATION_FAILED', '案源收到时间不能晚于现在', { fieldErrors: { leadReceivedAt: ['不能晚于现在'] } });
    const idNumber = input.party.idNumber?.toUpperCase() || null;
    const row = await insertCase(tx, {
      bureauId: actor.bureauId,
      subjectId: power.subjectId,
      departmentId,
      powerId: power.powerId,
      procedure: null,
      state: 'lead',
      partyKind: input.party.kind,
      partyName: input.party.name,
      partyIdSealed: idNumber ? deps.cipher.encrypt(idNumber) : null,
      partyIdIndex: idNumber ? deps.cipher.blindIndex(idNumber) : null,
      partyAddress: input.party.address,
      partyBirthDate: input.party.birthDate as LocalDate | null,
      partyLackedCapacity: input.party.lackedCapacityAtAct,
      conduct: input.conduct,
      leadSource: input.leadSource,
      leadSummary: input.leadSummary,
      leadReceivedAt: receivedAt,
      violationStartedOn: (input.violation?.startedOn ?? null) as LocalDate | null,
      violationEndedOn: (input.violation?.endedOn ?? null) as LocalDate | null,
      violationOngoing: input.violation?.ongoing ?? false,
      violationSeriousHarm: input.violation?.seriousHarm ?? false,
      legalBasis: input.legalBasis ?? power.basis.map((b) => `《${b.law}》${b.article}`),
      flags: input.flags,
      proposedPenalty: null,
      registeredBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const step = await insertStep(tx, {
      caseId: row.id,
      action: 'registerLead',
      fromState: 'lead',
      toState: 'lead',
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      payload: { leadSource: input.leadSource, leadSummary: input.leadSummary, powerCode: power.code },
      basis: citationText(procedureSources.FILING),
      warnings: [],
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'case.registerLead',
      objectType: 'penalty_case',
      objectId: row.id,
      summary: { stepId: step.id, departmentId, powerCode: power.code, leadSource: input.leadSource },
      basis: procedureSources.FILING,
    });
    return row;
  });
}
