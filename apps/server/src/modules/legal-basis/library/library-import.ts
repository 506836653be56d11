/**
 * Library import (法规库导入), the roster import's pattern: (1) the upload is checked and an import record written
 * with its audit row; (2) validation runs in the background with progress in the record (any app node answers
 * "how far?"); (3) commit writes every valid document with its revisions, articles and versions in ONE transaction
 * with one audit row — or nothing. 'all' is refused while any row has an error.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { LegalImportDto, LibraryImportJson } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Executor, Tx } from '../../../platform/db.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { inspectUpload, type UploadPolicy } from '../../../platform/files/inspect.ts';
import { searchColumns } from '../article-search.ts';
import { assertMayManageLaw } from '../legal-basis.policy.ts';
import { legalArticles, legalArticleVersions, legalDocuments, legalDocumentVersions, legalImports, type LibraryImportDocument } from '../legal-basis.table.ts';
import { libraryJsonToRows, parseLibraryWorkbook, type LibraryParse } from './parse-library.ts';
import { validateLibrary } from './validate-library.ts';
import { invalidateLibraryCache, libraryWrite } from '../library-cache.ts';

export const LIBRARY_UPLOAD_POLICY: UploadPolicy = { label: '法规库文件', maxBytes: 20 * 1024 * 1024, kinds: ['xlsx'] };
const MAX_STORED_ERRORS = 10_000;
/** A validation that has not moved for this long died with its app node. */
const STALE_MS = 15 * 60_000;
const BATCH = 500;

export type LibrarySource = { format: 'xlsx'; buf: Buffer; fileName: string | null } | { format: 'json'; file: LibraryImportJson; fileName: string | null };

type ImportRow = typeof legalImports.$inferSelect;

const touch = (deps: Deps, id: string, set: Partial<typeof legalImports.$inferInsert>) =>
  deps.db
    .update(legalImports)
    .set({ ...set, updatedAt: deps.clock.now() })
    .where(eq(legalImports.id, id));

export async function startLibraryImport(deps: Deps, actor: Actor, source: LibrarySource, ip: string | null): Promise<{ importId: string; validate: () => Promise<void> }> {
  assertMayManageLaw(actor);
  if (source.format === 'xlsx') await inspectUpload(source.buf, LIBRARY_UPLOAD_POLICY, source.fileName);
  const importId = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [row] = await tx
      .insert(legalImports)
      .values({ bureauId: actor.bureauId, actorId: actor.userId, fileName: source.fileName, format: source.format, status: 'validating', createdAt: now, updatedAt: now })
      .returning({ id: legalImports.id });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'law.import.upload',
      objectType: 'legalImport',
      objectId: row!.id,
      summary: { fileName: source.fileName, format: source.format, ...(source.format === 'xlsx' ? { size: source.buf.length } : { documents: source.file.documents.length }) },
    });
    return row!.id;
  });
  return { importId, validate: () => validateLibraryImport(deps, actor.bureauId, importId, source) };
}

async function validateLibraryImport(deps: Deps, bureauId: string, importId: string, source: LibrarySource): Promise<void> {
  try {
    const parsed: LibraryParse = source.format === 'xlsx' ? await parseLibraryWorkbook(source.buf) : libraryJsonToRows(source.file);
    if (!parsed.ok) {
      await touch(deps, importId, { status: 'failed', failureReason: parsed.reason, progress: 1 });
      return;
    }
    await touch(deps, importId, { progress: 0.3, total: parsed.rows.length });
    const titles = [...new Set(parsed.rows.map((r) => r.values.title.trim()).filter(Boolean))];
    const existing = new Set<string>();
    for (let i = 0; i < titles.length; i += 1_000) {
      const rows = await deps.db
        .select({ title: legalDocuments.title })
        .from(legalDocuments)
        .where(and(eq(legalDocuments.bureauId, bureauId), inArray(legalDocuments.title, titles.slice(i, i + 1_000))));
      for (const r of rows) existing.add(r.title);
    }
    // Let the progress poll and other requests run before the CPU-bound part.
    await new Promise((resolve) => setImmediate(resolve));
    const v = validateLibrary(parsed.rows, existing);
    await touch(deps, importId, {
      status: 'validated',
      progress: 1,
      total: parsed.rows.length,
      valid: v.validRows,
      documentCount: v.documents.length,
      errors: v.errors.slice(0, MAX_STORED_ERRORS),
      errorCount: v.errors.length,
      documents: v.documents,
    });
  } catch (err) {
    await touch(deps, importId, { status: 'failed', failureReason: '校验过程出错，请重新上传', progress: 1 }).catch(() => undefined);
    throw err;
  }
}

/**
 * Writes validated documents with their revisions, articles (search columns computed) and article versions, in
 * batches, inside the caller's transaction. Returns the number of articles. Also used by the demo seed.
 */
export async function insertLibraryDocuments(tx: Tx, bureauId: string, docs: readonly LibraryImportDocument[], now: Date): Promise<number> {
  let articleCount = 0;
  for (const d of docs) {
    const [doc] = await tx
      .insert(legalDocuments)
      .values({ bureauId, title: d.title, level: d.level, issuingBody: d.issuingBody, documentNumber: d.documentNumber, publishedOn: d.publishedOn, effectiveFrom: d.effectiveFrom, repealedOn: d.repealedOn, note: d.note, createdAt: now, updatedAt: now })
      .returning({ id: legalDocuments.id });
    const versionIds = new Map<string, string>();
    if (d.versions.length) {
      const vs = await tx
        .insert(legalDocumentVersions)
        .values(d.versions.map((v) => ({ bureauId, documentId: doc!.id, label: v.label, adoptedOn: v.adoptedOn, publishedOn: v.publishedOn, effectiveFrom: v.effectiveFrom, createdAt: now })))
        .returning({ id: legalDocumentVersions.id, label: legalDocumentVersions.label });
      for (const v of vs) versionIds.set(v.label, v.id);
    }
    for (let i = 0; i < d.articles.length; i += BATCH) {
      const part = d.articles.slice(i, i + BATCH);
      const ids = await tx
        .insert(legalArticles)
        .values(
          part.map((a) => {
            const current = a.versions.at(-1)!.text;
            return { bureauId, documentId: doc!.id, articleNo: a.article, paragraphNo: a.paragraph, itemNo: a.item, sortKey: d.title, text: current, ...searchColumns(current), isPenaltyProvision: a.isPenaltyProvision, repealedOn: a.repealedOn, createdAt: now, updatedAt: now };
          }),
        )
        .returning({ id: legalArticles.id });
      await tx.insert(legalArticleVersions).values(
        part.flatMap((a, k) =>
          a.versions.map((v) => ({ bureauId, articleId: ids[k]!.id, text: v.text, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo, documentVersionId: v.versionLabel ? (versionIds.get(v.versionLabel) ?? null) : null, createdAt: now })),
        ),
      );
      articleCount += part.length;
    }
  }
  // Also when called outside the import command (the seed, a test's fixture): no cached index of this bureau survives it.
  invalidateLibraryCache(bureauId);
  return articleCount;
}

async function ownImport(deps: Deps, actor: Actor, id: string, forUpdate: boolean, db: Executor = deps.db): Promise<ImportRow> {
  const q = db.select().from(legalImports).where(eq(legalImports.id, id));
  const [imp] = forUpdate ? await q.for('update') : await q;
  if (!imp || imp.bureauId !== actor.bureauId || imp.actorId !== actor.userId) throw notFound('导入记录');
  return imp;
}

export async function libraryImportReport(deps: Deps, actor: Actor, id: string): Promise<LegalImportDto> {
  const imp = await ownImport(deps, actor, id, false);
  if (imp.status === 'validating' && deps.clock.now().getTime() - imp.updatedAt.getTime() > STALE_MS) {
    Object.assign(imp, { status: 'failed', failureReason: '校验已中断（服务重启），请重新上传', progress: 1 });
    await touch(deps, imp.id, { status: 'failed', failureReason: imp.failureReason, progress: 1 });
  }
  const done = imp.status !== 'validating' && imp.status !== 'failed';
  return {
    id: imp.id,
    status: imp.status,
    progress: imp.progress,
    fileName: imp.fileName,
    format: imp.format,
    total: imp.total,
    valid: imp.valid,
    invalid: done ? imp.total - imp.valid : 0,
    documents: imp.documentCount,
    errors: imp.errors,
    errorCount: imp.errorCount,
    failureReason: imp.failureReason,
    imported: imp.imported,
    createdAt: imp.createdAt.toISOString(),
  };
}

export async function commitLibraryImport(deps: Deps, actor: Actor, id: string, mode: 'all' | 'validOnly', ip: string | null) {
  assertMayManageLaw(actor);
  return libraryWrite(actor.bureauId, deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const imp = await ownImport(deps, actor, id, true, tx);
    if (imp.status === 'committed') throw new AppError('IMPORT_NOT_READY', '该文件已导入，不能重复导入');
    if (imp.status !== 'validated') throw new AppError('IMPORT_NOT_READY', imp.status === 'failed' ? '该文件无法读取，请修改后重新上传' : '文件仍在校验中，请稍候');
    const skipped = imp.total - imp.valid;
    if (mode === 'all' && skipped > 0)
      throw new AppError('IMPORT_HAS_ERRORS', `文件中有 ${skipped} 行存在错误，未导入任何数据；请改正后重新上传，或选择“仅导入无误的文件”`, { details: { invalidRows: skipped } });
    const docs = imp.documents ?? [];
    if (docs.length === 0) throw new AppError('IMPORT_HAS_ERRORS', '文件中没有无误的法律文件，未导入任何数据');
    const [taken] = await tx
      .select({ title: legalDocuments.title })
      .from(legalDocuments)
      .where(and(eq(legalDocuments.bureauId, actor.bureauId), inArray(legalDocuments.title, docs.map((d) => d.title))));
    if (taken) throw new AppError('IMPORT_HAS_ERRORS', `《${taken.title}》在校验之后已被录入法规库；未导入任何数据，请重新上传`);
    const articleCount = await insertLibraryDocuments(tx, actor.bureauId, docs, now);
    await tx.update(legalImports).set({ status: 'committed', imported: articleCount, documents: null, updatedAt: now }).where(eq(legalImports.id, imp.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'law.import.commit',
      objectType: 'legalImport',
      objectId: imp.id,
      summary: { fileName: imp.fileName, mode, documents: docs.length, articles: articleCount, skippedRows: skipped },
    });
    return { documents: docs.length, articles: articleCount, skipped };
  }));
}
