/** Rows → DTOs: evidence items with files and custody, preservations with their clock, property with movements. */
import {
  custodyState,
  EVIDENCE_KIND_LABELS,
  PRESERVATION_DECISION_LABELS,
  PRESERVATION_STATUS_LABELS,
  PROPERTY_STATUS_LABELS,
  preservationTimeline,
  validateCustodyChain,
  type WorkdayCalendar,
} from '@quanze/domain';
import type { EvidenceItemDto, PreservationDto, PropertyDto } from '@quanze/contracts';
import { toCustodyEvent } from './commands/append-custody.ts';
import type { CustodyRow, EvidenceFileRow, EvidenceItemRow, MovementRow, PreservationRow, PropertyRow } from './evidence.repository.ts';

export function presentItem(row: EvidenceItemRow, files: EvidenceFileRow[], custody: CustodyRow[]): EvidenceItemDto {
  const chain = custody.map(toCustodyEvent);
  const state = custodyState(chain);
  return {
    id: row.id,
    caseId: row.caseId,
    seq: row.seq,
    kind: row.kind,
    kindLabel: EVIDENCE_KIND_LABELS[row.kind],
    name: row.name,
    source: row.source,
    obtainedHow: row.obtainedHow,
    collectors: row.collectors,
    collectedAt: row.collectedAt.toISOString(),
    place: row.place,
    description: row.description,
    record: row.record ? { ...row.record, officers: row.collectors, place: row.place } : null,
    holder: state.holder,
    checkedOutBy: state.checkedOut?.by ?? null,
    custodyProblems: validateCustodyChain(chain),
    files: files.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      mime: f.mime,
      kind: f.kind,
      size: f.size,
      sm3: f.sm3,
      uploadedBy: f.uploadedByName,
      uploadedAt: f.uploadedAt.toISOString(),
    })),
    custody: custody.map((c) => ({ ...toCustodyEvent(c), actorName: c.actorName })),
    createdBy: row.createdByName,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentPreservation(p: PreservationRow, calendar: WorkdayCalendar, now: Date): PreservationDto {
  const t = preservationTimeline(p, calendar, now);
  return {
    id: p.id,
    caseId: p.caseId,
    status: p.status,
    statusLabel: PRESERVATION_STATUS_LABELS[p.status],
    emergency: p.emergency,
    reason: p.reason,
    items: p.items,
    location: p.location,
    holder: p.holder,
    appliedBy: p.appliedByName,
    appliedAt: p.appliedAt.toISOString(),
    approvedBy: p.approvedByName,
    approvedAt: p.approvedAt?.toISOString() ?? null,
    opinion: p.opinion,
    decision: p.decision,
    decisionLabel: p.decision ? PRESERVATION_DECISION_LABELS[p.decision] : null,
    decisionNote: p.decisionNote,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    dueDate: t.dueDate,
    daysLeft: t.daysLeft,
    overdue: t.overdue,
    decidedLate: t.decidedLate,
    ratificationOverdue: t.ratificationOverdue,
    provisional: t.provisional,
    basis: t.basis,
    version: p.version,
  };
}

export function presentProperty(p: PropertyRow, movements: MovementRow[], head: { caseNumber: string | null; partyName: string }): PropertyDto {
  return {
    id: p.id,
    caseId: p.caseId,
    caseNumber: head.caseNumber,
    partyName: head.partyName,
    preservationId: p.preservationId,
    name: p.name,
    quantity: p.quantity,
    unit: p.unit,
    location: p.location,
    holder: p.holder,
    status: p.status,
    statusLabel: PROPERTY_STATUS_LABELS[p.status],
    approvedDisposal: p.approvedDisposal,
    approvedBy: p.approvedByName,
    approvedAt: p.approvedAt?.toISOString() ?? null,
    proceedsFen: p.proceedsFen,
    version: p.version,
    movements: movements.map((m) => ({
      seq: m.seq,
      kind: m.kind,
      fromStatus: m.fromStatus,
      toStatus: m.toStatus,
      location: m.location,
      holder: m.holder,
      note: m.note,
      proceedsFen: m.proceedsFen,
      actorName: m.actorName,
      at: m.at.toISOString(),
    })),
    createdAt: p.createdAt.toISOString(),
  };
}
