/**
 * Generate a document of a case: the case locked (one generation at a time per case, so versions never collide),
 * the kind available now (documentAvailability), its number — issued by the case action (立案 → case number,
 * 决定 → decision number) or taken once from the kind's yearly series and reused by every later version — the model
 * built from the case data, rendered to .docx, SM3-hashed into the file store, listed as a new version and audited,
 * all in one transaction. Earlier versions stay.
 */
import {
  DocumentSourceError,
  ENFORCEMENT_DOCUMENT_KINDS,
  buildDocumentModel,
  documentAvailability,
  formatDocumentNumber,
  nextNumber,
  toLocalDate,
  documentSources,
  type DocumentModel,
  type GeneratedDocumentKind,
} from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Tx } from '../../../platform/db.ts';
import { AppError } from '../../../platform/errors.ts';
import type { FileStore } from '../../../platform/files/file-store.ts';
import type { UploadPolicy } from '../../../platform/files/inspect.ts';
import { allocateNumber, issuerOf, lockCase, type CaseRow } from '../../cases/index.ts';
import { caseFileFacts, loadDocumentSource } from '../document-source.ts';
import { insertDocument, type CaseDocumentRow } from '../documents.repository.ts';
import { assertMayGenerate, visibleCase } from '../documents.policy.ts';
import { renderDocx } from '../render-docx.ts';

/** Generated files pass the same content checks as uploads: a real .docx, within the zip limits. */
export const GENERATED_DOCUMENT_POLICY: UploadPolicy = { label: '执法文书', maxBytes: 20 * 1024 * 1024, kinds: ['docx'] };

async function numberFor(tx: Tx, row: CaseRow, kind: GeneratedDocumentKind, previous: CaseDocumentRow | undefined, shortName: string, now: Date): Promise<string | null> {
  if (previous) return previous.number;
  if (kind === 'filingApproval') return row.caseNumber;
  // 简易程序: the pre-printed form's own number, entered with 当场处罚 (第五十二条), never one from a series.
  if (kind === 'onTheSpotDecision') return row.decisionNumber;
  if (kind === 'decision') {
    if (!row.decisionNumber) throw new AppError('DOCUMENT_SOURCE_INCOMPLETE', '处罚决定尚未编号，无法生成决定书');
    return row.decisionNumber;
  }
  const numberKind = ENFORCEMENT_DOCUMENT_KINDS[kind].numberKind;
  if (numberKind === null) return null;
  const year = Number(toLocalDate(now).slice(0, 4));
  const sequence = await allocateNumber(tx, row.bureauId, numberKind, year, now, (last) => nextNumber(last, year).sequence);
  return formatDocumentNumber({ issuer: issuerOf(shortName), kind: numberKind, year, sequence });
}

export async function generateDocument(deps: Deps, files: FileStore, actor: Actor, caseId: string, kind: GeneratedDocumentKind, ip: string | null): Promise<CaseDocumentRow> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await visibleCase(tx, actor, caseId, await lockCase(tx, caseId));
    assertMayGenerate(actor);
    const { source, record, docs, records, shortName } = await loadDocumentSource(tx, row);
    const label = ENFORCEMENT_DOCUMENT_KINDS[kind].label;
    const availability = documentAvailability(caseFileFacts(row, record.steps, records)).find((a) => a.kind === kind);
    if (!availability?.available) {
      throw new AppError('DOCUMENT_NOT_AVAILABLE', `暂不能生成《${label}》：${availability?.reason ?? '不支持的文书种类'}`, { basis: documentSources.FULL_PROCESS_RECORD });
    }
    const versions = docs.filter((d) => d.kind === kind);
    const previous = versions.reduce<CaseDocumentRow | undefined>((a, d) => (!a || d.version > a.version ? d : a), undefined);
    const number = await numberFor(tx, row, kind, previous, shortName, now);
    let model: DocumentModel;
    try {
      model = buildDocumentModel(kind, source, { number, generatedOn: toLocalDate(now) });
    } catch (err) {
      if (err instanceof DocumentSourceError) throw new AppError('DOCUMENT_SOURCE_INCOMPLETE', err.message);
      throw err;
    }
    const buf = await renderDocx(model, now);
    const stored = await files.put(buf, { policy: GENERATED_DOCUMENT_POLICY, name: null });
    const doc = await insertDocument(tx, {
      bureauId: row.bureauId,
      caseId: row.id,
      kind,
      number,
      title: model.title,
      version: (previous?.version ?? 0) + 1,
      fileHash: stored.id,
      size: stored.size,
      model,
      generatedBy: actor.userId,
      generatedByName: actor.displayName,
      generatedAt: now,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'case.document.generate',
      objectType: 'penalty_case',
      objectId: row.id,
      summary: { documentId: doc.id, kind, title: model.title, number, version: doc.version, fileHash: doc.fileHash, size: doc.size },
      basis: documentSources.FULL_PROCESS_RECORD,
    });
    return doc;
  });
}
