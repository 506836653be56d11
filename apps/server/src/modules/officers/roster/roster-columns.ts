/**
 * The columns of 执法人员名册, shared by export and import so that an exported roster reads back as it was written.
 * Labels come from the domain; the import also accepts the short forms people type (参公, 派遣, 男/女 …).
 */
import {
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_STATUSES,
  EMPLOYMENT_TYPE_LABELS,
  EMPLOYMENT_TYPES,
  type CertificateStatus,
  type EmploymentType,
} from '@quanze/domain';

export const ROSTER_SHEET_NAME = '执法人员名册';

export const ROSTER_COLUMNS = [
  { key: 'name', header: '姓名', width: 10, required: true },
  { key: 'gender', header: '性别', width: 6, required: false },
  { key: 'idCardNumber', header: '身份证号码', width: 22, required: true },
  { key: 'employmentType', header: '用工性质', width: 20, required: true },
  { key: 'departmentName', header: '科室', width: 20, required: true },
  { key: 'postName', header: '岗位', width: 14, required: false },
  { key: 'certificateNumber', header: '执法证号', width: 18, required: false },
  { key: 'issuingAuthority', header: '发证机关', width: 20, required: false },
  { key: 'categories', header: '执法类别', width: 16, required: false },
  { key: 'areas', header: '执法区域', width: 16, required: false },
  { key: 'validFrom', header: '有效期自', width: 12, required: false },
  { key: 'validTo', header: '有效期至', width: 12, required: false },
  { key: 'lastReviewedYear', header: '最近审验年度', width: 12, required: false },
  { key: 'certificateStatus', header: '证件状态', width: 14, required: false },
  { key: 'trainingHoursThisYear', header: '本年培训学时', width: 12, required: false },
  { key: 'legalProfessionQualification', header: '法律职业资格', width: 12, required: false },
  { key: 'legalProfessionCertificateNumber', header: '法律职业资格证书编号', width: 20, required: false },
  { key: 'education', header: '学历', width: 10, required: false },
] as const;

export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];
export type RosterRecord = Record<RosterColumnKey, string>;

export const headerOf = (key: RosterColumnKey): string => ROSTER_COLUMNS.find((c) => c.key === key)!.header;

/** Other headings people use for the same column. */
const HEADER_ALIASES: Record<string, RosterColumnKey> = {
  身份证号: 'idCardNumber',
  公民身份号码: 'idCardNumber',
  所在科室: 'departmentName',
  部门: 'departmentName',
  执法证编号: 'certificateNumber',
  证件编号: 'certificateNumber',
  有效期起: 'validFrom',
  发证日期: 'validFrom',
  有效期止: 'validTo',
  状态: 'certificateStatus',
};

export function columnOfHeader(text: string): RosterColumnKey | undefined {
  const t = text.replace(/\s+/g, '');
  return ROSTER_COLUMNS.find((c) => c.header === t)?.key ?? HEADER_ALIASES[t];
}

export const GENDER_LABELS = { male: '男', female: '女' } as const;

const EMPLOYMENT_ALIASES: Record<string, EmploymentType> = {
  公务员: 'civilServant',
  参公: 'civilServantManaged',
  参照公务员法管理: 'civilServantManaged',
  事业编: 'publicInstitution',
  事业编制: 'publicInstitution',
  事业单位人员: 'publicInstitution',
  合同: 'contract',
  合同制: 'contract',
  劳动合同: 'contract',
  派遣: 'dispatched',
  劳务派遣: 'dispatched',
};

export function parseEmploymentType(text: string): EmploymentType | undefined {
  const t = text.replace(/\s+/g, '');
  return EMPLOYMENT_TYPES.find((e) => EMPLOYMENT_TYPE_LABELS[e] === t || e === t) ?? EMPLOYMENT_ALIASES[t];
}

export function parseCertificateStatus(text: string): CertificateStatus | undefined {
  const t = text.replace(/\s+/g, '');
  return (
    CERTIFICATE_STATUSES.find((s) => CERTIFICATE_STATUS_LABELS[s] === t || s === t) ??
    ({ 过期: 'expired', 正常: 'valid' } as Record<string, CertificateStatus>)[t]
  );
}

export function parseGender(text: string): 'male' | 'female' | undefined {
  return ({ 男: 'male', 女: 'female', male: 'male', female: 'female' } as const)[text.trim() as '男'];
}

export function parseYesNo(text: string): boolean | undefined {
  const t = text.trim();
  if (t === '' || t === '否' || t === '无') return false;
  if (t === '是' || t === '有') return true;
  return undefined;
}

/** 类别/区域 cells list several values separated by 、 , ， ; ； or spaces. */
export const splitList = (text: string): string[] =>
  text
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export const joinList = (items: readonly string[]): string => items.join('、');
