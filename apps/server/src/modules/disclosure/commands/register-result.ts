/**
 * 公示编辑 registers a 行政许可决定 or another enforcement result (检查结果 …) into the publication queue — there is no
 * licensing module, so the queue is where such a decision is recorded. Its clock runs from the decision date on the
 * shared working-day calendar: 7 working days for a licence, 20 for another result (LAW.md §2; 国办发〔2018〕118号;
 * 政府信息公开条例第二十六条). From then on it is masked, leak-scanned, published, withdrawn and expired exactly like a
 * penalty decision. One transaction: the row and its audit entry.
 */
import { and, eq, isNull } from 'drizzle-orm';
import {
  compareLocalDate,
  disclosureSources,
  publicationDeadline,
  toLocalDate,
  PUBLICATION_RESULT_TYPE_LABELS,
  type LocalDate,
} from '@quanze/domain';
import type { z } from 'zod';
import type { RegisterResultRequest } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { procedureConfigOf } from '../../calendar/index.ts';
import { departments } from '../../org/index.ts';
import { decisionPublications } from '../disclosure.table.ts';
import { assignedDepartmentOf, publishedPowerOf, settingsOf, type PartyFacts } from '../disclosure.repository.ts';
import { publishCheckOf, refusalsOf } from '../publication-rules.ts';

type Input = z.output<typeof RegisterResultRequest>;

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { fieldErrors: { [field]: [message] } });

/** Licences must be a 行政许可 item of the power list; other results any item that is neither a penalty nor a licence. */
function matterFits(resultType: Input['resultType'], category: string): boolean {
  return resultType === 'licence' ? category === 'license' : category !== 'license' && category !== 'penalty';
}

export async function registerResult(deps: Deps, actor: Actor, body: Input, ip: string | null): Promise<string> {
  const today = toLocalDate(deps.clock.now());
  const decidedOn = body.decidedOn as LocalDate;
  if (compareLocalDate(decidedOn, today) > 0) throw invalid('decidedOn', '决定日期不能晚于今天');
  const birthDate = body.partyKind === 'citizen' ? ((body.partyBirthDate ?? null) as LocalDate | null) : null;
  if (birthDate !== null && compareLocalDate(birthDate, decidedOn) > 0) throw invalid('partyBirthDate', '出生日期应早于决定日期');
  const calendar = (await procedureConfigOf(deps, actor.bureauId)).calendar;
  const deadline = publicationDeadline({ resultType: body.resultType, calendar, decidedOn });
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const power = await publishedPowerOf(tx, actor.bureauId, body.powerId);
    if (!power) throw invalid('powerId', '执法事项不存在或不在已公布的权责清单中');
    if (!matterFits(body.resultType, power.category)) {
      throw invalid('powerId', body.resultType === 'licence' ? '请选择权责清单中的行政许可事项' : '其他执法结果不能登记在行政处罚或行政许可事项下');
    }
    // A department-scoped editor registers for their own department; a bureau-wide one names it, or it falls to
    // their own department, else to the department the matter is assigned to (职权分解).
    const departmentId =
      actor.scope === 'bureau'
        ? (body.departmentId ?? actor.departmentId ?? (await assignedDepartmentOf(tx, power.powerId, today)))
        : actor.departmentId;
    if (!departmentId) throw invalid('departmentId', '该事项未分解到科室，请选择承办科室');
    const [dept] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.id, departmentId), eq(departments.bureauId, actor.bureauId)));
    if (!dept) throw invalid('departmentId', '承办科室不存在');
    const [dup] = await tx
      .select({ id: decisionPublications.id })
      .from(decisionPublications)
      .where(
        and(
          eq(decisionPublications.bureauId, actor.bureauId),
          eq(decisionPublications.resultType, body.resultType),
          eq(decisionPublications.decisionNumber, body.decisionNumber),
          isNull(decisionPublications.caseId),
        ),
      );
    if (dup) throw new AppError('CONFLICT', `${body.resultType === 'licence' ? '许可证号' : '文书编号'}${body.decisionNumber}已登记`, { fieldErrors: { decisionNumber: ['已登记'] } });

    const values = {
      bureauId: actor.bureauId,
      departmentId,
      caseId: null,
      resultType: body.resultType,
      resultLabel: body.resultType === 'other' ? body.resultLabel : null,
      decisionNumber: body.decisionNumber,
      powerId: power.powerId,
      matterName: power.name,
      partyKind: body.partyKind,
      partyName: body.partyName,
      // The ID number is sealed like a case party's; the portal never sees it (masked, then leak-scanned).
      partyIdSealed: body.partyIdNumber ? deps.cipher.encrypt(body.partyIdNumber) : null,
      partyAddress: body.partyAddress,
      partyBirthDate: birthDate,
      content: body.content,
      legalBasis: body.legalBasis,
      penalty: [],
      decidedOn,
      dueOn: deadline.dueDate ?? decidedOn,
      registeredBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    } as const;
    const settings = await settingsOf(tx, actor.bureauId);
    const facts: PartyFacts = {
      partyKind: body.partyKind,
      partyName: body.partyName,
      partyBirthDate: birthDate,
      partyLackedCapacity: false,
      violationStartedOn: null,
      violationEndedOn: null,
      simpleProcedure: false,
    };
    // A citizen applicant without a birth date cannot be ruled out as a minor: withheld until the editor checks.
    const refusals = refusalsOf(publishCheckOf({ resultType: body.resultType, penalty: [], flags: {} }, facts, settings, today));
    const [row] = await tx
      .insert(decisionPublications)
      .values({ ...values, state: refusals.length ? 'withheld' : 'pending', refusals })
      .returning({ id: decisionPublications.id, state: decisionPublications.state, dueOn: decisionPublications.dueOn });
    // Names and ID numbers stay out of the audit trail; the number, matter and clock go in.
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'disclosure.register',
      objectType: 'decision_publication',
      objectId: row!.id,
      summary: {
        resultType: body.resultType,
        resultTypeLabel: PUBLICATION_RESULT_TYPE_LABELS[body.resultType],
        decisionNumber: body.decisionNumber,
        powerCode: power.code,
        decidedOn,
        dueOn: row!.dueOn,
        dueWorkingDays: body.resultType === 'licence' ? 7 : 20,
        state: row!.state,
        refusals: refusals.map((r) => r.code),
      },
      basis: body.resultType === 'licence' ? disclosureSources.PUBLICATION_7WD : disclosureSources.PUBLICATION_20WD,
    });
    return row!.id;
  });
}
