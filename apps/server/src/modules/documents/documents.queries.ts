/** Read models: a case's documents with what can be generated now and the case-file check; one file; one preview. */
import type { CaseDocumentsResponse } from '@quanze/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { sm3Hex } from '../../platform/crypto.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { caseFileState } from './document-source.ts';
import { caseActionsOf, documentOfCase, type CaseDocumentRow } from './documents.repository.ts';
import { canGenerateDocuments, visibleCase } from './documents.policy.ts';
import { presentCaseFile, presentDocument, presentOffer } from './documents.presenter.ts';
import { renderHtml } from './render-html.ts';

export async function caseDocuments(deps: Deps, actor: Actor, caseId: string): Promise<CaseDocumentsResponse> {
  const row = await visibleCase(deps.db, actor, caseId);
  const steps = await caseActionsOf(deps.db, row.id);
  const { docs, available, check } = await caseFileState(deps.db, row, steps);
  return { items: docs.map(presentDocument), available: available.map(presentOffer), canGenerate: canGenerateDocuments(actor), caseFile: presentCaseFile(check) };
}

async function visibleDocument(deps: Deps, actor: Actor, caseId: string, docId: string): Promise<CaseDocumentRow> {
  await visibleCase(deps.db, actor, caseId);
  const doc = await documentOfCase(deps.db, caseId, docId);
  if (!doc) throw notFound('文书');
  return doc;
}

const integrityFailed = () => new AppError('FILE_INTEGRITY_FAILED', '文书文件校验失败（SM3 摘要与登记不一致），可能已被篡改，请联系安全管理员');

/** The .docx bytes, re-hashed against the hash listed on the case. */
export async function documentFile(deps: Deps, files: FileStore, actor: Actor, caseId: string, docId: string): Promise<{ doc: CaseDocumentRow; buf: Buffer }> {
  const doc = await visibleDocument(deps, actor, caseId, docId);
  let buf: Buffer | null;
  try {
    buf = await files.get(doc.fileHash);
  } catch {
    throw integrityFailed();
  }
  if (!buf || sm3Hex(buf) !== doc.fileHash) throw integrityFailed();
  return { doc, buf };
}

/** The HTML preview, from the model the file was rendered from. */
export async function documentPreview(deps: Deps, actor: Actor, caseId: string, docId: string): Promise<string> {
  const doc = await visibleDocument(deps, actor, caseId, docId);
  return renderHtml(doc.model);
}
