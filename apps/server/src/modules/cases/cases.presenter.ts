/**
 * Case rows → DTOs: the list summary (a citizen party's name masked), the detail with its timeline, investigators,
 * the actions this actor may take now (allowed, or blocked with reason and article) and the open clocks.
 */
import type { z } from 'zod';
import type { CaseAbilityDto, CaseClockDto, CaseDetailDto, CaseRecusalDto, CaseSummaryDto } from '@quanze/contracts';
import {
  CASE_STATE_LABELS,
  RECUSAL_ROLE_LABELS,
  caseClocks,
  isCaseActionName,
  actionDefinition,
  maskIdCardNumber,
  maskPersonName,
  toLocalDate,
  type ActionAvailability,
  type CaseSnapshot,
  type ProcedureConfig,
} from '@quanze/domain';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { CaseRow } from './cases.repository.ts';
import type { CaseRecord } from './snapshot-builder.ts';

type Ability = z.infer<typeof CaseAbilityDto>;

/** Codes that only say the form of the action is not filled in yet: the action is open, its input will decide. */
const INPUT_CODES = new Set([
  'PRIOR_NOTICE_DRAFT_MISSING',
  'PROPOSAL_MISSING',
  'DECISION_DRAFT_MISSING',
  'SERVICE_METHOD_MISSING',
  'CLOSURE_REASON_MISSING',
  'NO_PENALTY_GROUND_MISSING',
  'RECEIVING_ORGAN_MISSING',
  'COLLECTIVE_MINUTES_MISSING',
  'HEARING_SCHEDULE_MISSING',
  'HEARING_RECORD_MISSING',
  'NO_PENDING_RECUSAL',
  'REOPEN_REASON_MISSING',
  'RECUSAL_REQUEST_MISSING',
  'INVESTIGATOR_CHANGE_MISSING',
  'CLOCK_CHANGE_MISSING',
  'ON_THE_SPOT_FORM_INCOMPLETE',
]);

export function presentAbility(a: ActionAvailability, snapshot: CaseSnapshot): Ability {
  const needsInput = (code: string) =>
    INPUT_CODES.has(code) ||
    (code === 'TWO_OFFICER_RULE' && a.action === 'startInvestigation' && snapshot.investigators.length === 0) ||
    // The second officer of an on-the-spot decision is named in its form.
    (code === 'TWO_OFFICER_RULE' && a.action === 'decideOnTheSpot');
  // Deciding a recusal is open only while a request waits for it.
  if (a.action === 'decideRecusal' && !a.allowed && a.code === 'NO_PENDING_RECUSAL' && !snapshot.recusals.some((r) => r.status === 'pending')) {
    return { action: a.action, label: a.label, allowed: false, to: null, code: a.code, reason: '没有待决定的回避申请', basis: a.basis, suggestedAction: null, others: [], warnings: [] };
  }
  if (a.allowed) {
    return { action: a.action, label: a.label, allowed: true, to: a.to, code: null, reason: null, basis: null, suggestedAction: null, others: [], warnings: a.warnings };
  }
  const blocks = [{ code: a.code, reason: a.reason, basis: a.basis, suggestedAction: a.suggestedAction }, ...a.others].filter((x) => !needsInput(x.code));
  const [first, ...others] = blocks;
  const to = actionDefinition(a.action).to;
  if (!first) return { action: a.action, label: a.label, allowed: true, to: to ?? snapshot.state, code: null, reason: null, basis: null, suggestedAction: null, others: [], warnings: [] };
  return {
    action: a.action,
    label: a.label,
    allowed: false,
    to: null,
    code: first.code,
    reason: first.reason,
    basis: first.basis,
    suggestedAction: first.suggestedAction ?? null,
    others: others.map(({ code, reason, basis }) => ({ code, reason, basis })),
    warnings: [],
  };
}

export function presentClocks(snapshot: CaseSnapshot, now: Date, config?: ProcedureConfig): z.infer<typeof CaseClockDto>[] {
  const today = toLocalDate(now);
  return caseClocks(snapshot, config).map(({ clockId, deadline: d }) => {
    const daysLeft = d.dueDate === null ? null : d.daysLeft(today);
    return {
      clockId,
      label: d.label,
      startDate: d.startDate,
      dueDate: d.dueDate,
      dayType: d.dayType,
      daysLeft,
      overdue: daysLeft !== null && daysLeft < 0,
      provisional: d.provisional,
      basis: d.basis,
    };
  });
}

/** The columns of a case a list row shows. */
type SummaryColumns = Pick<CaseRow, 'id' | 'caseNumber' | 'decisionNumber' | 'state' | 'procedure' | 'departmentId' | 'powerId' | 'partyKind' | 'partyName' | 'leadSource' | 'leadReceivedAt' | 'version'>;

export function presentSummary(row: SummaryColumns & { departmentName?: string | null }, power: { code: string; name: string } | null, masked = true): CaseSummaryDto {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    decisionNumber: row.decisionNumber,
    state: row.state,
    stateLabel: CASE_STATE_LABELS[row.state],
    procedure: row.procedure,
    departmentId: row.departmentId,
    departmentName: row.departmentName ?? null,
    powerId: row.powerId,
    powerCode: power?.code ?? null,
    powerName: power?.name ?? null,
    partyKind: row.partyKind,
    partyName: masked && row.partyKind === 'citizen' ? maskPersonName(row.partyName) : row.partyName,
    leadSource: row.leadSource,
    leadReceivedAt: row.leadReceivedAt.toISOString(),
    version: row.version,
  };
}

export function presentDetail(
  rec: CaseRecord,
  snapshot: CaseSnapshot,
  abilities: ActionAvailability[],
  cipher: FieldCipher,
  now: Date,
  departmentName: string | null,
  /** The bureau's configuration (database calendar); the domain defaults when absent. */
  config?: ProcedureConfig,
): CaseDetailDto {
  const { row } = rec;
  const idNumber = row.partyIdSealed ? cipher.decrypt(row.partyIdSealed) : null;
  return {
    ...presentSummary({ ...row, departmentName }, rec.power, false),
    party: {
      kind: row.partyKind,
      name: row.partyName,
      idNumberMasked: idNumber ? (row.partyKind === 'citizen' ? maskIdCardNumber(idNumber) : idNumber) : null,
      address: row.partyAddress,
      birthDate: row.partyBirthDate,
    },
    conduct: row.conduct,
    leadSummary: row.leadSummary,
    violation: snapshot.violation ? { ...snapshot.violation, endedOn: snapshot.violation.endedOn } : null,
    legalBasis: row.legalBasis,
    legalBasisChecks: snapshot.legalBasis.map((b) => ({
      label: b.label,
      problems: b.problems.map((p) => ({ code: p.code, message: p.message, basis: p.basis })),
      applied: (b.applied ?? []).map((a) => ({ ...a })),
    })),
    flags: { ...row.flags },
    proposedPenalty: row.proposedPenalty ? [...row.proposedPenalty] : null,
    steps: rec.steps.map((s) => ({
      id: s.id,
      action: s.action,
      label: isCaseActionName(s.action) ? actionDefinition(s.action).label : s.action === 'completeExecution' ? '执行完毕（罚没款缴清）' : '案源登记',
      fromState: s.fromState,
      toState: s.toState,
      actorName: s.actorName,
      at: s.at.toISOString(),
      basis: s.basis,
      payload: s.payload,
      warnings: s.warnings,
    })),
    investigators: rec.assignments.map((a) => {
      const o = rec.officers.get(a.officerId);
      return {
        officerId: a.officerId,
        name: o?.officer.name ?? '',
        certificateNumber: o?.officer.certificate?.number ?? null,
        assignedAt: a.assignedAt.toISOString(),
        removedAt: a.removedAt?.toISOString() ?? null,
        removedReason: a.removedReason,
      };
    }),
    abilities: abilities.map((a) => presentAbility(a, snapshot)),
    clocks: presentClocks(snapshot, now, config),
    recusals: presentRecusals(rec),
    decisionClock: {
      suspensions: row.decisionClockSuspensions.map((s) => ({ from: s.from, to: s.to ?? null, reason: s.reason ?? '', recordedByName: s.recordedBy ?? '' })),
      extensions: row.decisionClockExtensions.map((e) => ({ days: e.days, reason: e.reason ?? '', approvedAt: e.approvedAt ?? null, approvedByName: e.approvedBy ?? '' })),
    },
  };
}

/** 回避申请, oldest first, with their decisions (第四十三条). */
export function presentRecusals(rec: CaseRecord): z.infer<typeof CaseRecusalDto>[] {
  return (rec.recusals ?? []).map((r) => ({
    id: r.id,
    role: r.role,
    roleLabel: RECUSAL_ROLE_LABELS[r.role],
    personName: r.personName,
    officerId: r.officerId,
    userId: r.userId,
    requestedBy: r.requestedBy,
    reason: r.reason,
    requestedAt: r.requestedAt.toISOString(),
    recordedByName: r.recordedByName,
    status: r.status,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decidedByName: r.decidedByName,
    decisionReason: r.decisionReason,
  }));
}
