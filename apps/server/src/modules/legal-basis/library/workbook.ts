/**
 * Reading uploaded workbooks as text cells keyed by column, shared by the library and the power-catalogue imports.
 * The bytes have already passed the upload checks (magic bytes, zip-bomb guard); formulas are read as their cached
 * result and never evaluated.
 */
import ExcelJS from 'exceljs';
import { isLocalDate } from '@quanze/domain';

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a person reads; date cells become YYYY-MM-DD (exceljs gives them as UTC midnight). */
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
  return '';
}

/** YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日 → YYYY-MM-DD; null when not a real date. */
export function parseDateText(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}

export type SheetRows<K extends string> = { ok: true; rows: { row: number; values: Record<K, string> }[] } | { ok: false; reason: string };

/**
 * The rows of `sheetName` (or the first sheet) under a header row, as text keyed by column. Refuses a file without
 * the required headers or with more than `maxRows` rows, with the reason for the user.
 */
export async function readSheet<K extends string>(
  buf: Buffer,
  opts: { sheetName: string; columns: readonly { key: K; header: string; required: boolean }[]; columnOfHeader: (h: string) => K | null; maxRows: number },
): Promise<SheetRows<K>> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: '无法读取该 Excel 文件，请确认是 .xlsx 格式且未加密' };
  }
  const sheet = wb.getWorksheet(opts.sheetName) ?? wb.worksheets[0];
  if (!sheet) return { ok: false, reason: '工作簿中没有工作表' };
  const columnAt = new Map<number, K>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = opts.columnOfHeader(cellText(cell.value));
    if (key && ![...columnAt.values()].includes(key)) columnAt.set(col, key);
  });
  const present = new Set(columnAt.values());
  const missing = opts.columns.filter((c) => c.required && !present.has(c.key)).map((c) => c.header);
  if (missing.length) return { ok: false, reason: `第 1 行须为表头，缺少必填列：${missing.join('、')}` };
  if (sheet.actualRowCount - 1 > opts.maxRows) return { ok: false, reason: `单次导入不超过 ${opts.maxRows} 行，请分批导入` };
  const rows: { row: number; values: Record<K, string> }[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber === 1) return;
    const values = Object.fromEntries(opts.columns.map((c) => [c.key, ''])) as Record<K, string>;
    for (const [col, key] of columnAt) values[key] = cellText(r.getCell(col).value);
    if (Object.values(values).every((v) => v === '')) return;
    rows.push({ row: rowNumber, values });
  });
  if (rows.length === 0) return { ok: false, reason: '文件中没有数据行（表头下方为空）' };
  return { ok: true, rows };
}

/** A workbook with one sheet: bold frozen header, text-formatted columns (dates and codes stay as written). */
export function newSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly { key: string; header: string; width: number }[],
): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}
