/**
 * Reads an uploaded roster workbook into plain text cells keyed by column. The bytes have already passed the
 * upload checks (type by magic bytes, zip-bomb guard); this only interprets cells. Formulas are read as their
 * cached result and never evaluated.
 */
import ExcelJS from 'exceljs';
import { columnOfHeader, headerOf, ROSTER_COLUMNS, ROSTER_SHEET_NAME, type RosterColumnKey, type RosterRecord } from './roster-columns.ts';

export const MAX_IMPORT_ROWS = 20_000;

export interface ParsedRow {
  /** Excel row number (the header is row 1). */
  row: number;
  values: RosterRecord;
  /** Columns whose cell was a number that cannot hold the text (an 18-digit ID typed as a number). */
  numericIdCard: boolean;
}

export type ParseResult = { ok: true; rows: ParsedRow[] } | { ok: false; reason: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a person reads; dates become YYYY-MM-DD (exceljs gives date cells as UTC midnight). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('result' in value) return cellText(value.result ?? null);
  if ('error' in value) return '';
  return '';
}

export async function parseRoster(buf: Buffer): Promise<ParseResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: '无法读取该 Excel 文件，请确认是 .xlsx 格式且未加密' };
  }
  const sheet = wb.getWorksheet(ROSTER_SHEET_NAME) ?? wb.worksheets[0];
  if (!sheet) return { ok: false, reason: '工作簿中没有工作表' };

  const columnAt = new Map<number, RosterColumnKey>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = columnOfHeader(cellText(cell.value));
    if (key && ![...columnAt.values()].includes(key)) columnAt.set(col, key);
  });
  const present = new Set(columnAt.values());
  const missing = ROSTER_COLUMNS.filter((c) => c.required && !present.has(c.key)).map((c) => c.header);
  if (missing.length) return { ok: false, reason: `第 1 行须为表头，缺少必填列：${missing.join('、')}` };
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS) return { ok: false, reason: `单次导入不超过 ${MAX_IMPORT_ROWS} 行，请分批导入` };

  const rows: ParsedRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber === 1) return;
    const values = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, ''])) as RosterRecord;
    let numericIdCard = false;
    for (const [col, key] of columnAt) {
      const v = r.getCell(col).value;
      if (key === 'idCardNumber' && typeof v === 'number') numericIdCard = !Number.isSafeInteger(v);
      values[key] = cellText(v);
    }
    if (Object.values(values).every((v) => v === '')) return;
    rows.push({ row: rowNumber, values, numericIdCard });
  });
  if (rows.length === 0)
    return {
      ok: false,
      reason: `文件中没有数据行（表头下方为空），表头应包含：${['name', 'idCardNumber', 'employmentType', 'departmentName'].map((k) => headerOf(k as RosterColumnKey)).join('、')}`,
    };
  return { ok: true, rows };
}
