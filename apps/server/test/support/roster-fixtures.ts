/** Roster workbooks for import tests, and reading an exported roster back into plain rows. */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { ROSTER_COLUMNS } from '../../src/modules/officers/roster/roster-columns.ts';
import { multipartFile } from './file-fixtures.ts';
import type { Session } from './test-app.ts';

export type RosterCells = Partial<Record<(typeof ROSTER_COLUMNS)[number]['header'], string | number>>;

/** A workbook with the roster headers (or `headers`) in row 1 and one row per entry. */
export async function rosterXlsx(
  rows: readonly RosterCells[],
  headers: readonly string[] = ROSTER_COLUMNS.map((c) => c.header),
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执法人员名册');
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(headers.map((h) => r[h as keyof RosterCells] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Every row of the first sheet as header → text. */
export async function readRoster(buf: Buffer): Promise<Record<string, string>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(
      Object.fromEntries(
        headers.map((h, i) => [h, values[i] === undefined || values[i] === null ? '' : String(values[i] as string | number)]),
      ),
    );
  });
  return out;
}

export async function uploadRoster(session: Session, buf: Buffer, name = '执法人员名册.xlsx') {
  const m = multipartFile(buf, name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  return session.request({ method: 'POST', url: '/api/officers/imports', payload: m.payload, headers: m.headers });
}

/** Polls the import until validation has finished; returns the report. */
export async function waitForReport(
  session: Session,
  importId: string,
): Promise<Record<string, unknown> & { status: string; errors: { row: number; field: string; message: string }[] }> {
  for (let i = 0; i < 300; i++) {
    const r = await session.request({ method: 'GET', url: `/api/officers/imports/${importId}` });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    if (body.status !== 'validating') return body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('import validation did not finish');
}

/** Upload + wait: the import id and its report. */
export async function importRoster(session: Session, buf: Buffer) {
  const up = await uploadRoster(session, buf);
  expect(up.statusCode, up.body).toBe(202);
  const importId = up.json().importId as string;
  return { importId, report: await waitForReport(session, importId) };
}
