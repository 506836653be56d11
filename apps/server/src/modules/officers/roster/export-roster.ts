/**
 * 执法人员名册 export (.xlsx). ID numbers are masked unless the actor holds pii:reveal and asks for them, and every
 * export — masked or not — is an audit row (an unmasked one cites PIPL). The columns are those the import reads,
 * so an unmasked export re-imports as the same officers.
 */
import ExcelJS from 'exceljs';
import {
  CERTIFICATE_STATUS_LABELS,
  EMPLOYMENT_TYPE_LABELS,
  maskIdCardNumber,
  type CertificateStatus,
  type EmploymentType,
} from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { today } from '../officers.config.ts';
import { GENDER_LABELS, joinList, ROSTER_COLUMNS, ROSTER_SHEET_NAME, type RosterColumnKey } from './roster-columns.ts';
import { rosterRows, type RosterRow } from './roster.queries.ts';

export interface RosterExportOptions {
  unmasked: boolean;
  departmentId?: string | undefined;
  status: 'active' | 'left' | 'all';
}

function cells(r: RosterRow, idCardNumber: string): Record<RosterColumnKey, string | number> {
  return {
    name: r.name,
    gender: GENDER_LABELS[r.gender],
    idCardNumber,
    employmentType: EMPLOYMENT_TYPE_LABELS[r.employmentType as EmploymentType] ?? r.employmentType,
    departmentName: r.departmentName ?? '',
    postName: r.postName ?? '',
    certificateNumber: r.certNumber ?? '',
    issuingAuthority: r.issuingAuthority ?? '',
    categories: joinList(r.categories ?? []),
    areas: joinList(r.areas ?? []),
    validFrom: r.validFrom ?? '',
    validTo: r.validTo ?? '',
    lastReviewedYear: r.lastReviewedYear ?? '',
    certificateStatus: r.certStatus ? CERTIFICATE_STATUS_LABELS[r.certStatus as CertificateStatus] : '',
    trainingHoursThisYear: r.trainingHours,
    legalProfessionQualification: r.legalProfessionQualification ? '是' : '否',
    legalProfessionCertificateNumber: r.legalProfessionCertificateNumber ?? '',
    education: r.education ?? '',
  };
}

export async function exportRoster(
  deps: Deps,
  actor: Actor,
  opts: RosterExportOptions,
  ip: string | null,
): Promise<{ body: Buffer; fileName: string; count: number }> {
  if (!actor.permissions.has('officer:read')) throw new AppError('FORBIDDEN', '没有查看执法人员的权限');
  if (opts.unmasked && !actor.permissions.has('pii:reveal')) throw new AppError('FORBIDDEN', '没有导出完整身份证号码的权限');
  const date = today(deps.clock);
  const { rows, now } = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const rows = await rosterRows(tx, {
      bureauId: actor.bureauId,
      // Department heads export their department, officers their own file (data scope).
      departmentId: actor.scope === 'department' ? (actor.departmentId ?? '00000000-0000-0000-0000-000000000000') : opts.departmentId,
      userId: actor.scope === 'self' ? actor.userId : undefined,
      status: opts.status,
      year: Number(date.slice(0, 4)),
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'officer.export',
      objectType: 'officerRoster',
      summary: { count: rows.length, unmaskedIdCardNumbers: opts.unmasked, departmentId: opts.departmentId ?? null, status: opts.status },
      basis: opts.unmasked ? { law: '个人信息保护法', article: '第五十一条' } : null,
    });
    return { rows, now };
  });

  const wb = new ExcelJS.Workbook();
  wb.creator = 'Quanze 权责';
  wb.created = now;
  wb.title = ROSTER_SHEET_NAME;
  const sheet = wb.addWorksheet(ROSTER_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROSTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  // Text format keeps 18-digit ID numbers and dates exactly as written when the file is edited and re-imported.
  for (const key of ['idCardNumber', 'certificateNumber', 'validFrom', 'validTo'] as const) sheet.getColumn(key).numFmt = '@';
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const id = deps.cipher.decrypt(r.idCardSealed);
    sheet.addRow(cells(r, opts.unmasked ? id : maskIdCardNumber(id)));
  }
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { body, fileName: `${ROSTER_SHEET_NAME}-${date}${opts.unmasked ? '-含完整身份证号' : ''}.xlsx`, count: rows.length };
}
