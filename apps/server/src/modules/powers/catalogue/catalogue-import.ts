/**
 * Catalogue import into a DRAFT list version (changes to the list go through approval): upload or JSON body →
 * background validation with progress (each row through catalogEntryToPower, bases linked to the library) →
 * commit in ONE transaction: an item whose code the draft already has is updated, any other is added; or nothing.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { PowerImportDto, PowerInput } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Executor } from '../../../platform/db.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { inspectUpload, type UploadPolicy } from '../../../platform/files/inspect.ts';
import { readSheet, resolveCitations } from '../../legal-basis/index.ts';
import { itemValues } from '../commands/item-values.ts';
import { assertMayManagePowers, canEditItems } from '../powers.policy.ts';
import { getList, type ListRow } from '../powers.repository.ts';
import { powerImports, powerListItems, powers } from '../powers.table.ts';
import { CATALOGUE_COLUMNS, CATALOGUE_SHEET_NAME, catalogueColumnOfHeader } from './catalogue-columns.ts';
import { duplicateCodeErrors, validateCatalogueItem, validateCatalogueRow, type CatalogueRowInput } from './validate-catalogue.ts';

export const CATALOGUE_UPLOAD_POLICY: UploadPolicy = { label: '权责清单文件', maxBytes: 10 * 1024 * 1024, kinds: ['xlsx'] };
const MAX_ROWS = 10_000;
const STALE_MS = 15 * 60_000;

export type CatalogueSource = { format: 'xlsx'; buf: Buffer; fileName: string | null; area: string } | { format: 'json'; items: unknown[]; fileName: string | null; area: string };

const touch = (deps: Deps, id: string, set: Partial<typeof powerImports.$inferInsert>) =>
  deps.db
    .update(powerImports)
    .set({ ...set, updatedAt: deps.clock.now() })
    .where(eq(powerImports.id, id));

async function draftOf(db: Executor, actor: Actor, listId: string, lock = false): Promise<ListRow> {
  assertMayManagePowers(actor);
  const list = await getList(db, listId, lock);
  if (!list || list.bureauId !== actor.bureauId) throw notFound('权责清单版本');
  if (!canEditItems(actor, list)) throw new AppError('CONFLICT', '只能导入到草稿状态的清单版本');
  return list;
}

export async function startCatalogueImport(deps: Deps, actor: Actor, listId: string, source: CatalogueSource, ip: string | null) {
  await draftOf(deps.db, actor, listId);
  if (source.format === 'xlsx') await inspectUpload(source.buf, CATALOGUE_UPLOAD_POLICY, source.fileName);
  const importId = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [row] = await tx
      .insert(powerImports)
      .values({ bureauId: actor.bureauId, listId, actorId: actor.userId, fileName: source.fileName, format: source.format, status: 'validating', createdAt: now, updatedAt: now })
      .returning({ id: powerImports.id });
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: 'power.import.upload', objectType: 'powerImport', objectId: row!.id, summary: { listId, fileName: source.fileName, format: source.format, area: source.area } });
    return row!.id;
  });
  return { importId, validate: () => validateCatalogueImport(deps, actor.bureauId, importId, source) };
}

async function validateCatalogueImport(deps: Deps, bureauId: string, importId: string, source: CatalogueSource): Promise<void> {
  try {
    const results: ReturnType<typeof validateCatalogueRow>[] = [];
    if (source.format === 'xlsx') {
      const sheet = await readSheet(source.buf, { sheetName: CATALOGUE_SHEET_NAME, columns: CATALOGUE_COLUMNS, columnOfHeader: catalogueColumnOfHeader, maxRows: MAX_ROWS });
      if (!sheet.ok) {
        await touch(deps, importId, { status: 'failed', failureReason: sheet.reason, progress: 1 });
        return;
      }
      for (const r of sheet.rows) results.push(validateCatalogueRow(r, source.area));
    } else {
      source.items.forEach((item, i) => results.push(validateCatalogueItem(item, i + 1, source.area)));
    }
    await touch(deps, importId, { progress: 0.5, total: results.length });
    const candidates = results.flatMap((r) => (r.row ? [r.row] : []));
    const dupErrors = duplicateCodeErrors(candidates);
    const badRows = new Set(dupErrors.map((e) => e.row));
    const rows = candidates.filter((r) => !badRows.has(r.row));
    // Link every basis to the library in one pass; unlinked ones are counted, not refused (coverage shows them).
    const refs = rows.flatMap((r) => r.input.basis);
    const linked = await resolveCitations(deps.db, bureauId, refs);
    let k = 0;
    let unlinked = 0;
    for (const r of rows) {
      r.input.basis = r.input.basis.map((b) => {
        const ids = linked[k++] ?? [];
        if (ids.length === 0) unlinked++;
        return { ...b, articleIds: ids };
      });
    }
    const errors = [...results.flatMap((r) => r.errors), ...dupErrors].sort((a, b) => a.row - b.row);
    await touch(deps, importId, {
      status: 'validated',
      progress: 1,
      total: results.length,
      valid: rows.length,
      errors: errors.slice(0, 10_000),
      errorCount: errors.length,
      unlinkedBases: unlinked,
      rows: rows as unknown as Record<string, unknown>[],
    });
  } catch (err) {
    await touch(deps, importId, { status: 'failed', failureReason: '校验过程出错，请重新上传', progress: 1 }).catch(() => undefined);
    throw err;
  }
}

async function ownImport(db: Executor, actor: Actor, id: string, forUpdate: boolean) {
  const q = db.select().from(powerImports).where(eq(powerImports.id, id));
  const [imp] = forUpdate ? await q.for('update') : await q;
  if (!imp || imp.bureauId !== actor.bureauId || imp.actorId !== actor.userId) throw notFound('导入记录');
  return imp;
}

export async function catalogueImportReport(deps: Deps, actor: Actor, id: string): Promise<PowerImportDto> {
  const imp = await ownImport(deps.db, actor, id, false);
  if (imp.status === 'validating' && deps.clock.now().getTime() - imp.updatedAt.getTime() > STALE_MS) {
    Object.assign(imp, { status: 'failed', failureReason: '校验已中断（服务重启），请重新上传', progress: 1 });
    await touch(deps, imp.id, { status: 'failed', failureReason: imp.failureReason, progress: 1 });
  }
  const done = imp.status !== 'validating' && imp.status !== 'failed';
  return {
    id: imp.id,
    listId: imp.listId,
    status: imp.status,
    progress: imp.progress,
    fileName: imp.fileName,
    format: imp.format,
    total: imp.total,
    valid: imp.valid,
    invalid: done ? imp.total - imp.valid : 0,
    errors: imp.errors,
    errorCount: imp.errorCount,
    unlinkedBases: imp.unlinkedBases,
    failureReason: imp.failureReason,
    imported: imp.imported,
    createdAt: imp.createdAt.toISOString(),
  };
}

export async function commitCatalogueImport(deps: Deps, actor: Actor, id: string, mode: 'all' | 'validOnly', ip: string | null) {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const imp = await ownImport(tx, actor, id, true);
    const list = await draftOf(tx, actor, imp.listId, true);
    if (imp.status === 'committed') throw new AppError('IMPORT_NOT_READY', '该文件已导入，不能重复导入');
    if (imp.status !== 'validated') throw new AppError('IMPORT_NOT_READY', imp.status === 'failed' ? '该文件无法读取，请修改后重新上传' : '文件仍在校验中，请稍候');
    const skipped = imp.total - imp.valid;
    if (mode === 'all' && skipped > 0)
      throw new AppError('IMPORT_HAS_ERRORS', `文件中有 ${skipped} 个事项存在错误，未导入任何数据；请改正后重新上传，或选择“仅导入无误的事项”`, { details: { invalidRows: skipped } });
    const rows = (imp.rows ?? []) as unknown as CatalogueRowInput[];
    if (rows.length === 0) throw new AppError('IMPORT_HAS_ERRORS', '文件中没有无误的事项，未导入任何数据');
    const existing = await tx
      .select({ id: powerListItems.id, code: powerListItems.code, change: powerListItems.change, version: powerListItems.version })
      .from(powerListItems)
      .where(and(eq(powerListItems.listId, list.id), ne(powerListItems.change, 'removed')));
    const byCode = new Map(existing.map((e) => [e.code, e]));
    let added = 0;
    let updated = 0;
    for (const r of rows) {
      const input = r.input as PowerInput & { basis: { law: string; article: string; gist: string; articleIds: string[] }[] };
      const values = itemValues(input, input.basis);
      const cur = byCode.get(input.code);
      if (cur) {
        await tx
          .update(powerListItems)
          .set({ ...values, change: cur.change === 'added' ? 'added' : 'modified', version: cur.version + 1, updatedAt: now })
          .where(eq(powerListItems.id, cur.id));
        updated++;
      } else {
        const [p] = await tx.insert(powers).values({ bureauId: list.bureauId, subjectId: list.subjectId, createdAt: now }).returning({ id: powers.id });
        await tx.insert(powerListItems).values({ ...values, bureauId: list.bureauId, listId: list.id, powerId: p!.id, change: 'added', createdAt: now, updatedAt: now });
        added++;
      }
    }
    await tx.update(powerImports).set({ status: 'committed', imported: rows.length, rows: null, updatedAt: now }).where(eq(powerImports.id, imp.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'power.import.commit',
      objectType: 'powerImport',
      objectId: imp.id,
      summary: { listVersion: list.versionNo, fileName: imp.fileName, mode, added, updated, skipped },
    });
    return { added, updated, skipped };
  });
}
