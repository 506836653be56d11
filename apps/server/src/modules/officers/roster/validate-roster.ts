/**
 * Row-by-row validation of a roster import. Pure: the look-ups (departments, posts, IDs and certificate numbers
 * already in use, in-file duplicates) come in a context, so every message can be tested without a database.
 * Each message names the column, so the report says exactly which cell is wrong and why.
 */
import {
  CERTIFICATE_STATUS_LABELS,
  defaultValidTo,
  EMPLOYMENT_TYPE_LABELS,
  isLocalDate,
  isValidIdCardNumber,
  type CertificateStatus,
  type OfficerRulesConfig,
} from '@quanze/domain';
import type { ImportRow, ImportRowError } from './imports.table.ts';
import type { ParsedRow } from './parse-roster.ts';
import {
  headerOf,
  parseCertificateStatus,
  parseEmploymentType,
  parseGender,
  parseYesNo,
  splitList,
  type RosterColumnKey,
} from './roster-columns.ts';

export interface RosterValidationContext {
  departmentByName: ReadonlyMap<string, string>;
  postByDepartmentAndName: ReadonlyMap<string, string>;
  /** May the actor manage officers of this department (department heads: their own only)? */
  departmentInScope: (departmentId: string) => boolean;
  /** Blind index → every file row holding that ID number. */
  idRows: ReadonlyMap<string, readonly number[]>;
  /** Certificate number → every file row holding it. */
  certificateRows: ReadonlyMap<string, readonly number[]>;
  existingIdIndexes: ReadonlySet<string>;
  existingCertificateNumbers: ReadonlySet<string>;
  blindIndex: (idCardNumber: string) => string;
  seal: (idCardNumber: string) => string;
  today: string;
  rules: OfficerRulesConfig;
}

const ISSUED: readonly CertificateStatus[] = ['valid', 'reviewFailed', 'suspended', 'revoked', 'cancelled', 'expired'];
const LIVE: readonly CertificateStatus[] = ['valid', 'reviewFailed', 'suspended'];

/** The ID number as typed, normalised: no spaces, upper-case X. */
export const normaliseIdCard = (text: string): string => text.replace(/\s+/g, '').toUpperCase();

/** YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日 or YYYYMMDD → YYYY-MM-DD; null when not a real date. */
export function parseDate(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim()) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}

const others = (rows: readonly number[] | undefined, self: number) => (rows ?? []).filter((r) => r !== self);

export function validateRosterRow(p: ParsedRow, ctx: RosterValidationContext): { row: ImportRow | null; errors: ImportRowError[] } {
  const v = p.values;
  const errors: ImportRowError[] = [];
  const fail = (field: RosterColumnKey, message: string) => errors.push({ row: p.row, field, message: `${headerOf(field)}：${message}` });
  const tooLong = (field: RosterColumnKey, max: number) => v[field].length > max && fail(field, `不超过 ${max} 个字`);

  if ([...v.name].length < 2 || [...v.name].length > 32) fail('name', v.name ? '应为 2–32 个字' : '未填写');

  const idCard = normaliseIdCard(v.idCardNumber);
  let idIndex: string | null = null;
  if (!idCard) fail('idCardNumber', '未填写');
  else if (idCard.includes('*')) fail('idCardNumber', '为脱敏号码，无法导入；请使用含完整身份证号码的名册（导出时选择“完整身份证号”）');
  else if (p.numericIdCard) fail('idCardNumber', '单元格为数字格式，末几位已丢失；请将该列设为文本格式后重新填写');
  else if (!isValidIdCardNumber(idCard)) fail('idCardNumber', `“${idCard.slice(0, 6)}…”校验位不正确或出生日期无效`);
  else {
    idIndex = ctx.blindIndex(idCard);
    const dup = others(ctx.idRows.get(idIndex), p.row);
    if (dup.length) fail('idCardNumber', `与第 ${dup.join('、')} 行重复`);
    else if (ctx.existingIdIndexes.has(idIndex)) fail('idCardNumber', '该人员已有执法人员档案（含已离岗人员），不能重复导入');
  }

  // 性别 may be left blank: the 17th digit of the ID number says it (odd = male).
  const fromId = idIndex ? (Number(idCard[16]) % 2 === 1 ? 'male' : 'female') : undefined;
  const gender = v.gender ? parseGender(v.gender) : fromId;
  if (v.gender && !gender) fail('gender', '应为“男”或“女”');
  else if (gender && fromId && gender !== fromId) fail('gender', '与身份证号码不符');

  const employmentType = parseEmploymentType(v.employmentType);
  if (!employmentType)
    fail(
      'employmentType',
      v.employmentType ? `无法识别“${v.employmentType}”，应为${Object.values(EMPLOYMENT_TYPE_LABELS).join('、')}之一` : '未填写',
    );

  const departmentId = ctx.departmentByName.get(v.departmentName.trim());
  if (!v.departmentName) fail('departmentName', '未填写');
  else if (!departmentId) fail('departmentName', `本局没有名为“${v.departmentName}”的科室`);
  else if (!ctx.departmentInScope(departmentId)) fail('departmentName', '只能导入本科室的执法人员');
  let postId: string | null = null;
  if (v.postName && departmentId) {
    postId = ctx.postByDepartmentAndName.get(`${departmentId}\u0000${v.postName.trim()}`) ?? null;
    if (!postId) fail('postName', `科室“${v.departmentName}”下没有名为“${v.postName}”的岗位`);
  }

  const qualification = parseYesNo(v.legalProfessionQualification);
  if (qualification === undefined) fail('legalProfessionQualification', '应为“是”或“否”');
  tooLong('legalProfessionCertificateNumber', 64);
  tooLong('education', 64);

  const certificate = validateCertificate(p, ctx, fail);
  if (certificate && employmentType && !ctx.rules.certifiableEmploymentTypes.includes(employmentType)) {
    fail('employmentType', `${EMPLOYMENT_TYPE_LABELS[employmentType]}不得持有行政执法证，请删去该行的执法证信息`);
  }

  if (errors.length || !idIndex || !gender || !employmentType || !departmentId || certificate === undefined) return { row: null, errors };
  return {
    errors,
    row: {
      row: p.row,
      name: v.name.trim(),
      gender,
      idCardSealed: ctx.seal(idCard),
      idCardIndex: idIndex,
      employmentType,
      departmentId,
      postId,
      legalProfessionQualification: qualification === true || v.legalProfessionCertificateNumber !== '',
      legalProfessionCertificateNumber: v.legalProfessionCertificateNumber || null,
      education: v.education || null,
      certificate,
      valid: true,
    },
  };
}

/** The certificate columns of a row: null when blank, undefined when wrong (errors reported through `fail`). */
function validateCertificate(
  p: ParsedRow,
  ctx: RosterValidationContext,
  fail: (field: RosterColumnKey, message: string) => void,
): ImportRow['certificate'] | undefined {
  const v = p.values;
  const keys = [
    'certificateNumber',
    'issuingAuthority',
    'categories',
    'areas',
    'validFrom',
    'validTo',
    'lastReviewedYear',
    'certificateStatus',
  ] as const;
  if (keys.every((k) => v[k] === '')) return null;
  const state = { ok: true };
  const bad = (field: RosterColumnKey, message: string) => {
    state.ok = false;
    fail(field, message);
  };
  const number = v.certificateNumber || null;
  const status = v.certificateStatus ? parseCertificateStatus(v.certificateStatus) : number ? 'valid' : 'applied';
  if (!status) {
    bad('certificateStatus', `无法识别“${v.certificateStatus}”，应为${Object.values(CERTIFICATE_STATUS_LABELS).join('、')}之一`);
    return undefined;
  }
  const categories = splitList(v.categories);
  const areas = splitList(v.areas);
  if (categories.length === 0) bad('categories', '未填写（多个类别用“、”分隔）');
  if (areas.length === 0) bad('areas', '未填写（多个区域用“、”分隔）');
  if ([...categories, ...areas].some((s) => s.length > 32))
    bad(categories.some((s) => s.length > 32) ? 'categories' : 'areas', '每项不超过 32 个字');
  const validFrom = v.validFrom ? parseDate(v.validFrom) : null;
  const validTo = v.validTo ? parseDate(v.validTo) : null;
  if (v.validFrom && !validFrom) bad('validFrom', `“${v.validFrom}”不是有效日期（应为 YYYY-MM-DD）`);
  if (v.validTo && !validTo) bad('validTo', `“${v.validTo}”不是有效日期（应为 YYYY-MM-DD）`);
  const year = v.lastReviewedYear ? Number(v.lastReviewedYear) : null;
  if (year !== null && (!Number.isInteger(year) || year < 2000 || year > Number(ctx.today.slice(0, 4))))
    bad('lastReviewedYear', '应为不晚于今年的四位年份');

  if (!ISSUED.includes(status)) {
    if (number) bad('certificateNumber', `证件状态为“${CERTIFICATE_STATUS_LABELS[status]}”（尚未发证）时不应填写证号`);
    return state.ok
      ? { status, number: null, issuingAuthority: null, categories, areas, validFrom: null, validTo: null, lastReviewedYear: null }
      : undefined;
  }
  if (!number) bad('certificateNumber', `证件状态为“${CERTIFICATE_STATUS_LABELS[status]}”时须填写证号`);
  else if (number.length > 32) bad('certificateNumber', '不超过 32 个字符');
  else {
    const dup = others(ctx.certificateRows.get(number), p.row);
    if (dup.length) bad('certificateNumber', `与第 ${dup.join('、')} 行重复`);
    else if (ctx.existingCertificateNumbers.has(number)) bad('certificateNumber', `“${number}”已被其他执法证使用`);
  }
  if (!v.issuingAuthority) bad('issuingAuthority', '已发证的证件须填写发证机关');
  else if (v.issuingAuthority.length > 100) bad('issuingAuthority', '不超过 100 个字');
  if (!v.validFrom) bad('validFrom', '已发证的证件须填写有效期起始日');
  if (!v.validTo) bad('validTo', '已发证的证件须填写有效期终止日');
  if (validFrom && validTo) {
    if (validTo < validFrom) bad('validTo', '早于有效期起始日');
    const longest = defaultValidTo(validFrom, ctx.rules);
    if (longest !== null && validTo > longest) bad('validTo', `有效期超过规定的${ctx.rules.certificateValidityYears}年`);
    if (LIVE.includes(status) && validTo < ctx.today)
      bad('validTo', `已于 ${validTo} 届满，证件状态应为“${CERTIFICATE_STATUS_LABELS.expired}”`);
    if (validFrom > ctx.today) bad('validFrom', '晚于今天，尚未生效的证件不能导入');
  }
  if (!state.ok || !number || !validFrom || !validTo) return undefined;
  return { status, number, issuingAuthority: v.issuingAuthority, categories, areas, validFrom, validTo, lastReviewedYear: year };
}
