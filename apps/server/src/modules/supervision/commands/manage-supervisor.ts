/**
 * Registry changes, each one transaction with its audit row at the version the editor saw: edit the appointment
 * (term, letter, employer), suspend / resume / end (never delete), and reset the portal password. Suspending,
 * ending or resetting kills the supervisor's portal sessions in the same transaction.
 */
import { eq } from 'drizzle-orm';
import { appointmentBasis, checkStatusChange, checkTerm, LOCKOUT_BASIS, type LocalDate, type SupervisorStatus } from '@quanze/domain';
import type { UpdateSupervisorRequest } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { generateInitialPassword, hashPassword } from '../../identity/index.ts';
import { accountOf, documentNumberTaken, lockAccount, lockSupervisor } from '../supervision.repository.ts';
import { revokeSupervisorSessions } from '../supervisor-session.ts';
import { socialSupervisors, supervisorAccounts } from '../supervision.table.ts';
import { refusal } from './refusal.ts';

const OBJECT = 'social_supervisor';
const endedIsFinal = () => new AppError('SUPERVISOR_STATUS_CHANGE_INVALID', '该监督员已解聘，登记信息不能再修改；续聘请重新登记');

export async function updateSupervisor(deps: Deps, actor: Actor, id: string, input: UpdateSupervisorRequest, ip: string | null): Promise<void> {
  const term = checkTerm(input.termStart, input.termEnd);
  if (!term.ok) throw refusal(term, 'termEnd');
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const s = await lockSupervisor(tx, actor, id, input.version);
    if (s.status === 'ended') throw endedIsFinal();
    if (await documentNumberTaken(tx, s.bureauId, input.documentNumber, s.id)) {
      throw new AppError('DUPLICATE', `聘书编号 ${input.documentNumber} 已登记`, { fieldErrors: { documentNumber: ['聘书编号已登记'] } });
    }
    const before = { documentNumber: s.documentNumber, termStart: s.termStart, termEnd: s.termEnd, employer: s.employer, sector: s.sector };
    const after = {
      documentNumber: input.documentNumber,
      termStart: input.termStart as LocalDate,
      termEnd: input.termEnd as LocalDate,
      employer: input.employer,
      sector: input.sector,
    };
    await tx.update(socialSupervisors).set({ ...after, updatedAt: now, version: s.version + 1 }).where(eq(socialSupervisors.id, s.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'supervision.supervisor.update',
      objectType: OBJECT,
      objectId: s.id,
      summary: { before, after },
      basis: appointmentBasis(input.documentNumber),
    });
  });
}

export async function changeSupervisorStatus(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { version: number; status: SupervisorStatus; reason?: string | undefined },
  ip: string | null,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const s = await lockSupervisor(tx, actor, id, input.version);
    const check = checkStatusChange(s.status, input.status, input.reason);
    if (!check.ok) throw refusal(check, input.status === 'active' ? undefined : 'reason');
    const reason = input.status === 'active' ? null : input.reason!.trim();
    await tx
      .update(socialSupervisors)
      .set({ status: input.status, statusReason: reason, updatedAt: now, version: s.version + 1 })
      .where(eq(socialSupervisors.id, s.id));
    const account = await accountOf(tx, s.id);
    if (account && input.status !== 'active') await revokeSupervisorSessions(tx, account.id, now, `supervisor_${input.status}`);
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: input.status === 'active' ? 'supervision.supervisor.resume' : input.status === 'suspended' ? 'supervision.supervisor.suspend' : 'supervision.supervisor.end',
      objectType: OBJECT,
      objectId: s.id,
      summary: { from: s.status, to: input.status, reason },
      basis: appointmentBasis(s.documentNumber),
    });
  });
}

/** A new one-time password (shown once), forced change at next login, lock cleared, all portal sessions killed. */
export async function resetSupervisorPassword(deps: Deps, actor: Actor, id: string, ip: string | null): Promise<{ initialPassword: string }> {
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const s = await lockSupervisor(tx, actor, id, null);
    if (s.status === 'ended') throw endedIsFinal();
    const found = await accountOf(tx, s.id);
    if (!found) throw new AppError('NOT_FOUND', '该监督员没有门户账号');
    const a = await lockAccount(tx, found.id);
    await tx
      .update(supervisorAccounts)
      .set({ passwordHash, passwordChangedAt: now, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null, updatedAt: now })
      .where(eq(supervisorAccounts.id, a.id));
    await revokeSupervisorSessions(tx, a.id, now, 'password_reset');
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'supervision.supervisor.password_reset',
      objectType: OBJECT,
      objectId: s.id,
      summary: { loginName: a.loginName, unlocked: a.lockedUntil !== null },
      basis: LOCKOUT_BASIS,
    });
  });
  return { initialPassword };
}
