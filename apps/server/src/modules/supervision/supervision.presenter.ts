/** Rows → DTOs: personal fields masked, labels in Chinese, and the actions the actor may take now (abilities). */
import {
  APPOINTMENT_STANDING_LABELS,
  appointmentStanding,
  maskIdCardNumber,
  maskMobile,
  OBSERVATION_CATEGORY_LABELS,
  OBSERVATION_STATE_LABELS,
  observationActionsFrom,
  SUPERVISOR_STATUS_LABELS,
  type LocalDate,
  type ObservationCategory,
} from '@quanze/domain';
import type { MyObservationDto, ObservationDto, SupervisorDto } from '@quanze/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { canRevealSupervisorPii } from './supervision.policy.ts';
import type { ObservationRow, SocialSupervisorRow, SupervisorAccountRow } from './supervision.table.ts';

type Ability = SupervisorDto['abilities'][number];

export function presentSupervisor(
  cipher: FieldCipher,
  actor: Pick<Actor, 'permissions'>,
  s: SocialSupervisorRow,
  account: Pick<SupervisorAccountRow, 'loginName' | 'lockedUntil' | 'mustChangePassword' | 'lastLoginAt'> | null,
  observationCount: number,
  now: Date,
  today: LocalDate,
): SupervisorDto {
  const standing = appointmentStanding({ status: s.status, termStart: s.termStart, termEnd: s.termEnd, documentNumber: s.documentNumber }, today);
  const abilities: Ability[] = [];
  if (s.status !== 'ended') abilities.push('edit', 'end');
  if (s.status === 'active') abilities.push('suspend');
  if (s.status === 'suspended') abilities.push('resume');
  if (s.status !== 'ended' && account) abilities.push('resetPassword');
  if ((s.mobileSealed || s.idCardSealed) && canRevealSupervisorPii(actor, s)) abilities.push('reveal');
  return {
    id: s.id,
    name: s.name,
    mobile: s.mobileSealed ? maskMobile(cipher.decrypt(s.mobileSealed)) : null,
    idCardNumber: s.idCardSealed ? maskIdCardNumber(cipher.decrypt(s.idCardSealed)) : null,
    employer: s.employer,
    sector: s.sector,
    documentNumber: s.documentNumber,
    termStart: s.termStart,
    termEnd: s.termEnd,
    status: s.status,
    statusLabel: SUPERVISOR_STATUS_LABELS[s.status],
    statusReason: s.statusReason,
    standing,
    standingLabel: APPOINTMENT_STANDING_LABELS[standing],
    loginName: account?.loginName ?? null,
    locked: account?.lockedUntil ? account.lockedUntil > now : false,
    mustChangePassword: account?.mustChangePassword ?? false,
    lastLoginAt: account?.lastLoginAt?.toISOString() ?? null,
    observationCount,
    version: s.version,
    abilities,
  };
}

const categoryOf = (c: string) => c as ObservationCategory;

export function presentMyObservation(o: ObservationRow): MyObservationDto {
  return {
    id: o.id,
    category: categoryOf(o.category),
    categoryLabel: OBSERVATION_CATEGORY_LABELS[categoryOf(o.category)] ?? o.category,
    aboutUnit: o.aboutUnit,
    caseNumber: o.caseNumber,
    officerName: o.officerName,
    occurredOn: o.occurredOn,
    content: o.content,
    state: o.state,
    stateLabel: OBSERVATION_STATE_LABELS[o.state],
    answer: o.answer,
    answeredAt: o.answeredAt?.toISOString() ?? null,
    closeReason: o.closeReason,
    closedAt: o.closedAt?.toISOString() ?? null,
    submittedAt: o.submittedAt.toISOString(),
  };
}

export function presentObservation(o: ObservationRow, supervisorName: string, departmentName: string | null): ObservationDto {
  return {
    ...presentMyObservation(o),
    supervisorId: o.supervisorId,
    supervisorName,
    departmentId: o.departmentId,
    departmentName,
    version: o.version,
    abilities: observationActionsFrom(o.state),
  };
}
