/**
 * 登记社会监督员: the registry row (personal fields sealed) and the portal account with a one-time password that the
 * registering staff member hands over; the supervisor must change it at first login. One transaction, one audit row.
 */
import { checkTerm, isValidIdCardNumber, appointmentBasis, type LocalDate } from '@quanze/domain';
import type { CreateSupervisorRequest } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { generateInitialPassword, hashPassword } from '../../identity/index.ts';
import { documentNumberTaken, findAccountByLoginName } from '../supervision.repository.ts';
import { socialSupervisors, supervisorAccounts } from '../supervision.table.ts';
import { refusal } from './refusal.ts';

export async function registerSupervisor(
  deps: Deps,
  actor: Actor,
  input: CreateSupervisorRequest,
  ip: string | null,
): Promise<{ id: string; initialPassword: string }> {
  const term = checkTerm(input.termStart, input.termEnd);
  if (!term.ok) throw refusal(term, 'termEnd');
  if (input.idCardNumber && !isValidIdCardNumber(input.idCardNumber)) {
    throw new AppError('VALIDATION_FAILED', '身份证号码校验位不正确', { fieldErrors: { idCardNumber: ['身份证号码校验位不正确'] } });
  }
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  const { cipher } = deps;
  const id = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    if (await findAccountByLoginName(tx, input.loginName)) {
      throw new AppError('DUPLICATE', `登录名 ${input.loginName} 已被使用`, { fieldErrors: { loginName: ['登录名已被使用'] } });
    }
    if (await documentNumberTaken(tx, actor.bureauId, input.documentNumber, null)) {
      throw new AppError('DUPLICATE', `聘书编号 ${input.documentNumber} 已登记`, { fieldErrors: { documentNumber: ['聘书编号已登记'] } });
    }
    const [row] = await tx
      .insert(socialSupervisors)
      .values({
        bureauId: actor.bureauId,
        name: input.name,
        mobileSealed: input.mobile ? cipher.encrypt(input.mobile) : null,
        mobileIndex: input.mobile ? cipher.blindIndex(input.mobile) : null,
        idCardSealed: input.idCardNumber ? cipher.encrypt(input.idCardNumber) : null,
        idCardIndex: input.idCardNumber ? cipher.blindIndex(input.idCardNumber) : null,
        employer: input.employer,
        sector: input.sector,
        documentNumber: input.documentNumber,
        termStart: input.termStart as LocalDate,
        termEnd: input.termEnd as LocalDate,
        status: 'active',
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: socialSupervisors.id });
    await tx.insert(supervisorAccounts).values({
      supervisorId: row!.id,
      loginName: input.loginName,
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: true,
      createdAt: now,
      updatedAt: now,
    });
    // Personal fields stay out of the audit trail; only that they were given.
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'supervision.supervisor.register',
      objectType: 'social_supervisor',
      objectId: row!.id,
      summary: {
        after: {
          name: input.name,
          loginName: input.loginName,
          documentNumber: input.documentNumber,
          termStart: input.termStart,
          termEnd: input.termEnd,
          employer: input.employer,
          sector: input.sector,
          mobileGiven: Boolean(input.mobile),
          idCardGiven: Boolean(input.idCardNumber),
        },
      },
      basis: appointmentBasis(input.documentNumber),
    });
    return row!.id;
  });
  return { id, initialPassword };
}
