/** Rows and case-file checks → DTOs. */
import type { CaseDocumentDto, CaseFileCheckDto, DocumentAvailabilityDto } from '@quanze/contracts';
import { CASE_FILE_PATH_LABELS, ENFORCEMENT_DOCUMENT_KINDS, type CaseFileCheck, type DocumentOffer } from '@quanze/domain';
import type { CaseDocumentRow } from './documents.repository.ts';

export function presentDocument(d: CaseDocumentRow): CaseDocumentDto {
  return {
    id: d.id,
    caseId: d.caseId,
    kind: d.kind,
    kindLabel: ENFORCEMENT_DOCUMENT_KINDS[d.kind].label,
    number: d.number,
    title: d.title,
    version: d.version,
    fileHash: d.fileHash,
    size: d.size,
    generatedByName: d.generatedByName,
    generatedAt: d.generatedAt.toISOString(),
  };
}

/** What the documents tab offers for a kind: generate, re-issue as made (补打), or the refusal with its article. */
export function presentOffer(o: DocumentOffer): DocumentAvailabilityDto {
  return { kind: o.kind, label: o.label, available: o.available, reason: o.reason, basis: o.basis, reissueVersion: o.reissueVersion };
}

export function presentCaseFile(c: CaseFileCheck): CaseFileCheckDto {
  return {
    path: c.path,
    pathLabel: CASE_FILE_PATH_LABELS[c.path],
    complete: c.complete,
    required: c.required.map((r) => ({ kind: r.kind, label: r.label, reason: r.reason, basis: r.basis, present: r.present })),
    missing: c.missing.map((m) => ({ kind: m.kind, label: m.label, reason: m.reason, basis: m.basis })),
  };
}

/** 行政处罚决定书（示司罚决字〔2026〕第1号）-v2.docx */
export function downloadName(d: CaseDocumentRow): string {
  return `${d.title}${d.number ? `（${d.number}）` : ''}${d.version > 1 ? `-v${d.version}` : ''}.docx`;
}
