/**
 * Evidence files: what may be uploaded (the type is decided from the bytes by platform/files/inspect.ts; the name's
 * extension must say the same), the size limit, the SM3 hash recorded on upload and checked again on download.
 */
import path from 'node:path';
import { evidenceSources } from '@quanze/domain';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../platform/auth/actor.ts';
import { sm3Hex } from '../../platform/crypto.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { FILE_KINDS, inspectUpload, type FileKind, type UploadPolicy } from '../../platform/files/inspect.ts';
import { assertEvidenceStage, caseAccess, requireManage } from './evidence.policy.ts';
import { getFile, getItem, insertFile, lockItem, type EvidenceFileRow } from './evidence.repository.ts';

export const EVIDENCE_FILE_KINDS = ['pdf', 'jpg', 'png', 'docx', 'mp4', 'mp3'] as const satisfies readonly FileKind[];
/** Default limit per file; the routes take another from their options (configuration). */
export const DEFAULT_EVIDENCE_MAX_BYTES = 50 * 1024 * 1024;

export const evidenceFilePolicy = (maxBytes: number): UploadPolicy => ({ label: '证据文件', maxBytes, kinds: EVIDENCE_FILE_KINDS });

const EXTENSIONS: Record<string, FileKind> = { pdf: 'pdf', jpg: 'jpg', jpeg: 'jpg', png: 'png', docx: 'docx', mp4: 'mp4', mp3: 'mp3' };
const EXTENSION_OF: Record<(typeof EVIDENCE_FILE_KINDS)[number], string> = { pdf: 'pdf', jpg: 'jpg', png: 'png', docx: 'docx', mp4: 'mp4', mp3: 'mp3' };

/** Active content a PDF may carry (scripts, launch actions, embedded files): refused in evidence. */
const PDF_ACTIVE = /\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia)\b/;

/** The bytes are what the name claims, or the upload is refused (nothing is stored). */
export async function inspectEvidenceFile(buf: Buffer, fileName: string | null, policy: UploadPolicy): Promise<{ kind: FileKind; mime: string; size: number; fileName: string }> {
  const inspected = await inspectUpload(buf, policy, fileName);
  const ext = path.extname(fileName ?? '').slice(1).toLowerCase();
  const claimed = EXTENSIONS[ext];
  if (!claimed) {
    throw new AppError('FILE_TYPE_REJECTED', `证据文件的扩展名应为 .pdf、.jpg、.png、.docx、.mp4 或 .mp3（${ext ? `收到 .${ext}` : '文件名没有扩展名'}）`);
  }
  if (claimed !== inspected.kind) {
    throw new AppError('FILE_TYPE_REJECTED', `文件扩展名 .${ext} 与实际内容（${FILE_KINDS[inspected.kind].label}）不符，疑似伪装文件，已拒绝`);
  }
  if (inspected.kind === 'pdf' && PDF_ACTIVE.test(buf.toString('latin1'))) {
    throw new AppError('FILE_CONTENT_REJECTED', 'PDF 中含有脚本、启动动作或嵌入文件，不能作为证据文件上传');
  }
  const base = fileName ? path.basename(fileName) : `证据.${EXTENSION_OF[inspected.kind as (typeof EVIDENCE_FILE_KINDS)[number]]}`;
  return { ...inspected, fileName: base };
}

/** Before reading the body: may the actor attach files to this item now? */
export async function assertMayUpload(deps: Deps, actor: Actor, caseId: string, itemId: string): Promise<void> {
  const access = await caseAccess(deps.db, actor, caseId);
  const item = await getItem(deps.db, itemId);
  if (!item || item.caseId !== caseId) throw notFound('证据');
  assertEvidenceStage(access);
  requireManage(access);
}

export async function uploadEvidenceFile(
  deps: Deps,
  files: FileStore,
  actor: Actor,
  caseId: string,
  itemId: string,
  upload: { buf: Buffer; fileName: string | null },
  policy: UploadPolicy,
  ip: string | null,
): Promise<EvidenceFileRow> {
  const inspected = await inspectEvidenceFile(upload.buf, upload.fileName, policy);
  const hash = sm3Hex(upload.buf);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    // Checked again inside the transaction: the case may have moved on while the file was uploading.
    const access = await caseAccess(tx, actor, caseId, true);
    const item = await lockItem(tx, itemId);
    if (!item || item.caseId !== caseId) throw notFound('证据');
    assertEvidenceStage(access);
    requireManage(access);
    const stored = await files.put(upload.buf, { policy, name: upload.fileName });
    if (stored.id !== hash) throw new Error('file store returned a different hash');
    const row = await insertFile(tx, {
      itemId,
      caseId,
      sm3: hash,
      fileName: inspected.fileName,
      mime: inspected.mime,
      kind: inspected.kind,
      size: inspected.size,
      uploadedBy: actor.userId,
      uploadedByName: actor.displayName,
      uploadedAt: now,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'evidence.file.upload',
      objectType: 'evidenceItem',
      objectId: itemId,
      summary: { caseId, fileId: row.id, fileName: row.fileName, kind: row.kind, size: row.size, sm3: hash },
      basis: evidenceSources.EVIDENCE_KINDS_PENALTY,
    });
    return row;
  });
}

/** The file's bytes after the SM3 check against the hash recorded at upload; a mismatch is refused, never served. */
export async function downloadEvidenceFile(deps: Deps, files: FileStore, actor: Actor, caseId: string, fileId: string): Promise<{ row: EvidenceFileRow; buf: Buffer }> {
  await caseAccess(deps.db, actor, caseId);
  const row = await getFile(deps.db, fileId);
  if (!row || row.caseId !== caseId) throw notFound('证据文件');
  const tampered = () => new AppError('FILE_INTEGRITY_FAILED', '证据文件 SM3 校验不通过（存储的内容已被改动），已拒绝下载，请联系系统管理员');
  // The store re-hashes what it reads and throws on a mismatch; the recorded hash is compared again here.
  const buf = await files.get(row.sm3).catch(() => {
    throw tampered();
  });
  if (!buf) throw notFound('证据文件');
  if (sm3Hex(buf) !== row.sm3) throw tampered();
  return { row, buf };
}
