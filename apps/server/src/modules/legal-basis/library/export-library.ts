/**
 * 法规库 export, Excel (the import's columns: one row per article version) or JSON (the import's shape): an export
 * re-imports as the same library into another bureau. Each export is an audit row.
 */
import ExcelJS from 'exceljs';
import { asc, eq, inArray } from 'drizzle-orm';
import type { LibraryImportJson } from '@quanze/contracts';
import { formatArticleAddress, LEGAL_LEVEL_LABELS } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { today } from '../legal-basis.config.ts';
import { versionsOf } from '../legal-basis.repository.ts';
import { legalArticles, legalDocuments, legalDocumentVersions } from '../legal-basis.table.ts';
import { LIBRARY_COLUMNS, LIBRARY_SHEET_NAME, type LibraryColumnKey } from './library-columns.ts';
import { newSheet } from './workbook.ts';

async function libraryAsJson(deps: Deps, bureauId: string): Promise<LibraryImportJson> {
  const docs = await deps.db.select().from(legalDocuments).where(eq(legalDocuments.bureauId, bureauId)).orderBy(asc(legalDocuments.title));
  const docIds = docs.map((d) => d.id);
  const [articles, docVersions] = docIds.length
    ? await Promise.all([
        deps.db
          .select()
          .from(legalArticles)
          .where(eq(legalArticles.bureauId, bureauId))
          .orderBy(asc(legalArticles.articleNo), asc(legalArticles.paragraphNo), asc(legalArticles.itemNo)),
        deps.db.select().from(legalDocumentVersions).where(inArray(legalDocumentVersions.documentId, docIds)),
      ])
    : [[], []];
  const versions = await versionsOf(
    deps.db,
    articles.map((a) => a.id),
  );
  const labelOf = new Map(docVersions.map((v) => [v.id, v.label]));
  const articlesOf = new Map<string, typeof articles>();
  for (const a of articles) {
    const list = articlesOf.get(a.documentId);
    if (list) list.push(a);
    else articlesOf.set(a.documentId, [a]);
  }
  return {
    documents: docs.map((d) => ({
      title: d.title,
      level: d.level,
      issuingBody: d.issuingBody,
      documentNumber: d.documentNumber,
      publishedOn: d.publishedOn,
      effectiveFrom: d.effectiveFrom,
      repealedOn: d.repealedOn,
      note: d.note,
      versions: docVersions.filter((v) => v.documentId === d.id).map((v) => ({ label: v.label, adoptedOn: v.adoptedOn, publishedOn: v.publishedOn, effectiveFrom: v.effectiveFrom })),
      articles: (articlesOf.get(d.id) ?? []).map((a) => ({
          address: formatArticleAddress({ article: a.articleNo, paragraph: a.paragraphNo, item: a.itemNo }),
          isPenaltyProvision: a.isPenaltyProvision,
          repealedOn: a.repealedOn,
          versions: (versions.get(a.id) ?? []).map((v) => ({
            text: v.text,
            effectiveFrom: v.effectiveFrom,
            effectiveTo: v.effectiveTo,
            versionLabel: v.documentVersionId ? (labelOf.get(v.documentVersionId) ?? null) : null,
          })),
      })),
    })),
  };
}

export async function exportLibrary(deps: Deps, actor: Actor, format: 'xlsx' | 'json', ip: string | null): Promise<{ body: Buffer; fileName: string; mime: string }> {
  if (!actor.permissions.has('law:read')) throw new AppError('FORBIDDEN', '没有查看法规库的权限');
  const data = await libraryAsJson(deps, actor.bureauId);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: 'law.export', objectType: 'legalLibrary', summary: { format, documents: data.documents.length } });
  });
  const name = `${LIBRARY_SHEET_NAME}-${today(deps.clock)}`;
  if (format === 'json') return { body: Buffer.from(JSON.stringify(data, null, 1)), fileName: `${name}.json`, mime: 'application/json' };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Quanze 权责';
  wb.created = now;
  const sheet = newSheet(wb, LIBRARY_SHEET_NAME, LIBRARY_COLUMNS);
  for (const d of data.documents) {
    for (const a of d.articles) {
      for (const v of a.versions ?? []) {
        const cells: Record<LibraryColumnKey, string> = {
          title: d.title,
          level: LEGAL_LEVEL_LABELS[d.level as keyof typeof LEGAL_LEVEL_LABELS] ?? d.level,
          issuingBody: d.issuingBody,
          documentNumber: d.documentNumber ?? '',
          publishedOn: d.publishedOn ?? '',
          effectiveFrom: d.effectiveFrom,
          repealedOn: d.repealedOn ?? '',
          note: d.note ?? '',
          address: typeof a.address === 'string' ? a.address : formatArticleAddress(a.address),
          text: v.text,
          isPenaltyProvision: a.isPenaltyProvision ? '是' : '否',
          articleRepealedOn: a.repealedOn ?? '',
          versionFrom: v.effectiveFrom,
          versionTo: v.effectiveTo ?? '',
          versionLabel: v.versionLabel ?? '',
        };
        sheet.addRow(cells);
      }
    }
  }
  return { body: Buffer.from(await wb.xlsx.writeBuffer()), fileName: `${name}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}
