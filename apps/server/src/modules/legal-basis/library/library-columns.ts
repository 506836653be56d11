/**
 * The columns of a library workbook (法规库): one row per article version, the document's columns repeated on each
 * row. Export writes them, import reads them, so an export re-imports as the same library.
 */
export const LIBRARY_SHEET_NAME = '法规库';

export const LIBRARY_COLUMNS = [
  { key: 'title', header: '文件名称', width: 36, required: true },
  { key: 'level', header: '效力级别', width: 14, required: true },
  { key: 'issuingBody', header: '制定机关', width: 24, required: true },
  { key: 'documentNumber', header: '文号', width: 18, required: false },
  { key: 'publishedOn', header: '公布日期', width: 12, required: false },
  { key: 'effectiveFrom', header: '施行日期', width: 12, required: true },
  { key: 'repealedOn', header: '废止日期', width: 12, required: false },
  { key: 'note', header: '备注', width: 24, required: false },
  { key: 'address', header: '条款', width: 22, required: true },
  { key: 'text', header: '条文内容', width: 80, required: true },
  { key: 'isPenaltyProvision', header: '罚则', width: 8, required: false },
  { key: 'articleRepealedOn', header: '条文废止日期', width: 12, required: false },
  { key: 'versionFrom', header: '版本施行日期', width: 12, required: false },
  { key: 'versionTo', header: '版本失效日期', width: 12, required: false },
  { key: 'versionLabel', header: '版本名称', width: 14, required: false },
] as const;

export type LibraryColumnKey = (typeof LIBRARY_COLUMNS)[number]['key'];
export type LibraryRecord = Record<LibraryColumnKey, string>;

/** One row of the file as text cells; `row` is the Excel row number, or the article's position in a JSON file. */
export interface LibraryRow {
  row: number;
  values: LibraryRecord;
}

export const headerOf = (key: LibraryColumnKey): string => LIBRARY_COLUMNS.find((c) => c.key === key)?.header ?? key;

export function columnOfHeader(header: string): LibraryColumnKey | null {
  const h = header.replace(/\s+/g, '');
  return LIBRARY_COLUMNS.find((c) => c.header === h)?.key ?? null;
}

export const blankRecord = (): LibraryRecord => Object.fromEntries(LIBRARY_COLUMNS.map((c) => [c.key, ''])) as LibraryRecord;
