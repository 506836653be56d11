/**
 * Generate a document of a case: the case locked (one generation at a time per case, so versions never collide),
 * the kind offered now (documentOffers: the act it records is on the case, and the case is within the document's
 * window — a 事先告知书 is not made after the decision, 第四十四条、第六十二条), its number — issued by the case action (立案 → case number,
 * 决定 → decision number) or taken once from the kind's yearly series and reused by every later version — the model
 * built from the case data, rendered to .docx, SM3-hashed into the file store, listed as a new version and audited,
 * all in one transaction. Earlier versions stay. Once the window has closed, a document made in time is re-issued as
 * it was (the same row: number, date, content and SM3 hash unchanged — 重新下载、补打), audited; one never made in time
 * is refused (DOCUMENT_OUT_OF_TIME, with the rule's article).
 */
import {
  DocumentSourceError,
  ENFORCEMENT_DOCUMENT_KINDS,
  buildDocumentModel,
  documentOffers,
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

/** Generates a document (or re-issues the one made in time, see above); the row listed on the case. */
export async function generateDocument(deps: Deps, files: FileStore, actor: Actor, caseId: string, kind: GeneratedDocumentKind, ip: string | null): Promise<CaseDocumentRow> {
  return (await issueDocument(deps, files, actor, caseId, kind, ip)).doc;
}

/** The document row, and whether it is an earlier version issued again (`reissued`) rather than a new one. */
export async function issueDocument(
  deps: Deps,
  files: FileStore,
  actor: Actor,
  caseId: string,
  kind: GeneratedDocumentKind,
  ip: string | null,
): Promise<{ doc: CaseDocumentRow; reissued: boolean }> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await visibleCase(tx, actor, caseId, await lockCase(tx, caseId));
    assertMayGenerate(actor);
    const { source, record, docs, records, shortName } = await loadDocumentSource(tx, row);
    const label = ENFORCEMENT_DOCUMENT_KINDS[kind].label;
    const offer = documentOffers(caseFileFacts(row, record.steps, records), record.steps, docs).find((a) => a.kind === kind);
    const versions = docs.filter((d) => d.kind === kind);
    if (offer?.reissueVersion) {
      const made = versions.find((d) => d.version === offer.reissueVersion)!;
      await appendAudit(tx, auditContextOf(actor, ip), now, {
        action: 'case.document.reissue',
        objectType: 'penalty_case',
        objectId: row.id,
        summary: { documentId: made.id, kind, title: made.title, number: made.number, version: made.version, fileHash: made.fileHash },
        basis: offer.basis ?? documentSources.FULL_PROCESS_RECORD,
      });
      return { doc: made, reissued: true };
    }
    if (!offer?.available) {
      if (offer?.code === 'DOCUMENT_OUT_OF_TIME') throw new AppError('DOCUMENT_OUT_OF_TIME', offer.reason ?? `不能生成《${label}》`, { basis: offer.basis ?? documentSources.FULL_PROCESS_RECORD });
      throw new AppError('DOCUMENT_NOT_AVAILABLE', `暂不能生成《${label}》：${offer?.reason ?? '不支持的文书种类'}`, { basis: documentSources.FULL_PROCESS_RECORD });
    }
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
    return { doc, reissued: false };
  });
}
