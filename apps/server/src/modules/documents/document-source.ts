/**
 * The case as the document builders read it (DocumentSource): the case row, its steps with their payloads, the
 * active investigators with their certificate numbers, the power, the department, the bureau's name and the latest
 * version of each document already generated. Also the facts the case-file rules read.
 */
import {
  ENFORCEMENT_DOCUMENT_KINDS,
  checkCaseFile,
  documentOffers,
  type CaseFileCheck,
  type CaseFileFacts,
  type DocumentOffer,
  type DocumentRecord,
  type DocumentSource,
  type GeneratedDocumentKind,
} from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { allOn } from '../../platform/db-all.ts';
import { bureauNamesOf, departmentOf, loadCaseRecord, type CaseRecord, type CaseRow } from '../cases/index.ts';
import { documentsOfCase, type CaseDocumentRow } from './documents.repository.ts';
// Type only (erased): the rows are loaded through a dynamic import, see evidenceOfCase.
import type { evidenceItems } from '../evidence/evidence.table.ts';

type EvidenceItemRow = typeof evidenceItems.$inferSelect;

export function caseFileFacts(
  row: Pick<CaseRow, 'state' | 'procedure'>,
  steps: readonly { action: string }[],
  records: readonly Pick<DocumentRecord, 'kind'>[],
  evidenceItems?: number,
): CaseFileFacts {
  return {
    state: row.state,
    procedure: row.procedure,
    actions: steps.map((s) => s.action),
    recordKinds: [...new Set(records.map((r) => r.kind))],
    ...(evidenceItems === undefined ? {} : { evidenceItems }),
  };
}

/** The structured 笔录 among the case's evidence items (询问笔录, 现场检查笔录), in evidence order. */
export async function recordsOfCase(db: Executor, caseId: string): Promise<DocumentRecord[]> {
  return (await evidenceOfCase(db, caseId)).records;
}

// Loaded on first use: evidence imports cases, and cases (archiving) imports this module — a static import would
// make the cycle cases → documents → evidence → cases and read the cases tables before they exist. The promise is
// kept: an import() per call costs a trip through the module loader (5 % of a case detail's CPU under tsx).
let evidenceModule: Promise<{ itemsOfCase: (db: Executor, caseId: string) => Promise<EvidenceItemRow[]> }> | undefined;
const loadEvidenceModule = () => (evidenceModule ??= import('../evidence/index.ts'));
const itemsOfCaseLoaded = async (db: Executor, caseId: string) => (await loadEvidenceModule()).itemsOfCase(db, caseId);

/** The case's 证据目录: how many items it holds (笔录 included) and the structured 笔录 among them. */
export async function evidenceOfCase(db: Executor, caseId: string): Promise<{ items: number; records: DocumentRecord[] }> {
  const items = await itemsOfCaseLoaded(db, caseId);
  return { items: items.length, records: recordsOf(items) };
}

function recordsOf(items: readonly EvidenceItemRow[]): DocumentRecord[] {
  return items.flatMap((i) =>
    i.record
      ? [
          {
            kind: i.record.kind,
            evidenceSeq: i.seq,
            startedAt: new Date(i.record.startedAt),
            endedAt: new Date(i.record.endedAt),
            place: i.place,
            officers: i.collectors.map((c) => ({ name: c.name, certificateNumber: c.certificateNumber })),
            certificatesShown: i.record.certificatesShown,
            person: i.record.person,
            content: i.record.content,
            signature: i.record.signature,
          },
        ]
      : [],
  );
}

/** The newest version of each kind. */
export function latestVersions(docs: readonly CaseDocumentRow[]): CaseDocumentRow[] {
  const seen = new Map<GeneratedDocumentKind, CaseDocumentRow>();
  for (const d of docs) {
    const cur = seen.get(d.kind);
    if (!cur || d.version > cur.version) seen.set(d.kind, d);
  }
  return [...seen.values()];
}

export function documentSource(
  record: CaseRecord,
  agencyName: string,
  departmentName: string | null,
  docs: readonly CaseDocumentRow[],
  records: readonly DocumentRecord[],
): DocumentSource {
  const { row } = record;
  const investigators = record.assignments
    .filter((a) => a.removedAt === null)
    .flatMap((a) => {
      const o = record.officers.get(a.officerId);
      return o ? [{ name: o.officer.name, certificateNumber: o.officer.certificate?.number ?? null }] : [];
    });
  return {
    agency: { name: agencyName },
    caseNumber: row.caseNumber,
    decisionNumber: row.decisionNumber,
    state: row.state,
    procedure: row.procedure,
    party: { kind: row.partyKind, name: row.partyName, address: row.partyAddress },
    power: record.power ? { code: record.power.code, name: record.power.name } : null,
    departmentName,
    lead: { source: row.leadSource, summary: row.leadSummary, receivedAt: row.leadReceivedAt },
    violation: row.violationStartedOn ? { startedOn: row.violationStartedOn, endedOn: row.violationEndedOn } : null,
    legalBasis: row.legalBasis,
    proposedPenalty: row.proposedPenalty,
    investigators,
    steps: record.steps.map((s) => ({ action: s.action, at: s.at, actorName: s.actorName, payload: s.payload })),
    records,
    caseFile: latestVersions(docs).map((d) => ({ kind: d.kind, title: ENFORCEMENT_DOCUMENT_KINDS[d.kind].label, number: d.number, generatedAt: d.generatedAt })),
  };
}

/** Everything the builders need, read with one executor (the generation's transaction). */
export async function loadDocumentSource(
  db: Executor,
  row: CaseRow,
): Promise<{ source: DocumentSource; record: CaseRecord; docs: CaseDocumentRow[]; records: DocumentRecord[]; shortName: string }> {
  const [record, bureau, department, docs, records] = await allOn(db, [
    () => loadCaseRecord(db, row),
    () => bureauNamesOf(db, row.bureauId),
    () => departmentOf(db, row.departmentId),
    () => documentsOfCase(db, row.id),
    () => recordsOfCase(db, row.id),
  ]);
  return { source: documentSource(record, bureau.name, department?.name ?? null, docs, records), record, docs, records, shortName: bureau.shortName };
}

/**
 * The case file of a case: what can be generated now — made, re-issued as made, or refused with the window's article
 * (documentOffers) — and the completeness check (for the list and for archiving). `steps` in time order, with times.
 */
export async function caseFileState(
  db: Executor,
  row: Pick<CaseRow, 'id' | 'state' | 'procedure'>,
  steps: readonly { action: string; at: Date }[],
): Promise<{ docs: CaseDocumentRow[]; available: DocumentOffer[]; check: CaseFileCheck }> {
  const [docs, evidence] = await allOn(db, [() => documentsOfCase(db, row.id), () => itemsOfCaseLoaded(db, row.id)]);
  return caseFileStateOf(row, steps, docs, evidence);
}

/** caseFileState from rows already read (the case page reads them within its one statement: cases/case-detail.repository.ts). */
export function caseFileStateOf(
  row: Pick<CaseRow, 'id' | 'state' | 'procedure'>,
  steps: readonly { action: string; at: Date }[],
  docs: CaseDocumentRow[],
  evidence: readonly EvidenceItemRow[],
): { docs: CaseDocumentRow[]; available: DocumentOffer[]; check: CaseFileCheck } {
  const facts = caseFileFacts(row, steps, recordsOf(evidence), evidence.length);
  return { docs, available: documentOffers(facts, steps, docs), check: checkCaseFile(facts, docs) };
}
