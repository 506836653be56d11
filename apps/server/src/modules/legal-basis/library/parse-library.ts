/**
 * A library file → rows with the workbook's columns: Excel as it is; JSON (documents with articles) flattened, one
 * row per article version, numbered in file order, so both go through the same validation and report.
 */
import { formatArticleAddress } from '@quanze/domain';
import type { LibraryImportJson } from '@quanze/contracts';
import { blankRecord, columnOfHeader, LIBRARY_COLUMNS, LIBRARY_SHEET_NAME, type LibraryRow } from './library-columns.ts';
import { readSheet } from './workbook.ts';

export const MAX_LIBRARY_ROWS = 50_000;

export type LibraryParse = { ok: true; rows: LibraryRow[] } | { ok: false; reason: string };

export async function parseLibraryWorkbook(buf: Buffer): Promise<LibraryParse> {
  return readSheet(buf, { sheetName: LIBRARY_SHEET_NAME, columns: LIBRARY_COLUMNS, columnOfHeader, maxRows: MAX_LIBRARY_ROWS });
}

const s = (v: string | null | undefined): string => (v ?? '').trim();

export function libraryJsonToRows(file: LibraryImportJson): LibraryParse {
  const rows: LibraryRow[] = [];
  for (const d of file.documents) {
    const doc = {
      title: s(d.title),
      level: s(d.level),
      issuingBody: s(d.issuingBody),
      documentNumber: s(d.documentNumber),
      publishedOn: s(d.publishedOn),
      effectiveFrom: s(d.effectiveFrom),
      repealedOn: s(d.repealedOn),
      note: s(d.note),
    };
    const labelFrom = new Map((d.versions ?? []).map((v) => [v.label, v.effectiveFrom]));
    for (const a of d.articles) {
      const address = typeof a.address === 'string' ? a.address : formatArticleAddress(a.address);
      const base = { ...blankRecord(), ...doc, address, isPenaltyProvision: a.isPenaltyProvision ? '是' : '否', articleRepealedOn: s(a.repealedOn) };
      const versions = a.versions?.length ? a.versions : [{ text: a.text ?? '', effectiveFrom: s(a.effectiveFrom), effectiveTo: null, versionLabel: null }];
      for (const v of versions) {
        rows.push({
          row: rows.length + 1,
          values: {
            ...base,
            text: s(v.text),
            versionFrom: s(v.effectiveFrom) || (v.versionLabel ? s(labelFrom.get(v.versionLabel)) : ''),
            versionTo: s(v.effectiveTo),
            versionLabel: s(v.versionLabel),
          },
        });
      }
      if (rows.length > MAX_LIBRARY_ROWS) return { ok: false, reason: `单次导入不超过 ${MAX_LIBRARY_ROWS} 条条文版本，请分批导入` };
    }
  }
  if (rows.length === 0) return { ok: false, reason: '文件中没有条文' };
  return { ok: true, rows };
}
