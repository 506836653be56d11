/** Row validation of the roster import, without a database: each rule names its column and reason. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICER_RULES, idCardCheckChar } from '@quanze/domain';
import type { ParsedRow } from './parse-roster.ts';
import { ROSTER_COLUMNS, type RosterRecord } from './roster-columns.ts';
import { parseDate, validateRosterRow, type RosterValidationContext } from './validate-roster.ts';

const id = (first17: string) => first17 + idCardCheckChar(first17);
const MALE = id('32010219800101001'); // 17th digit 1: male
const FEMALE = id('32010219800101002');

const ctx: RosterValidationContext = {
  departmentByName: new Map([['法制科', 'd1']]),
  postByDepartmentAndName: new Map([['d1\u0000审核岗', 'p1']]),
  departmentInScope: () => true,
  idRows: new Map(),
  certificateRows: new Map(),
  existingIdIndexes: new Set(),
  existingCertificateNumbers: new Set(),
  blindIndex: (v) => `idx:${v.length}:${v.slice(-2)}`,
  seal: (v) => `sealed:${v.length}`,
  today: '2026-03-02',
  rules: DEFAULT_OFFICER_RULES,
};

function row(values: Partial<RosterRecord>): ParsedRow {
  const blank = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, ''])) as RosterRecord;
  return {
    row: 2,
    values: { ...blank, name: '张三', idCardNumber: MALE, employmentType: '公务员', departmentName: '法制科', ...values },
    numericIdCard: false,
  };
}
const messages = (values: Partial<RosterRecord>) => validateRosterRow(row(values), ctx).errors.map((e) => `${e.field}|${e.message}`);

describe('validateRosterRow', () => {
  it('accepts a plain row, derives gender from the ID and seals the number', () => {
    const { row: r, errors } = validateRosterRow(
      row({ postName: '审核岗', employmentType: '参公', legalProfessionQualification: '是' }),
      ctx,
    );
    expect(errors).toEqual([]);
    expect(r).toMatchObject({
      gender: 'male',
      employmentType: 'civilServantManaged',
      departmentId: 'd1',
      postId: 'p1',
      idCardSealed: 'sealed:18',
      legalProfessionQualification: true,
      certificate: null,
    });
    expect(JSON.stringify(r)).not.toContain(MALE);
  });

  it('names the column and reason for each kind of bad cell', () => {
    expect(messages({ gender: '男', idCardNumber: FEMALE })).toEqual(['gender|性别：与身份证号码不符']);
    expect(messages({ gender: '未知' })).toEqual(['gender|性别：应为“男”或“女”']);
    expect(messages({ employmentType: '临时工' })[0]).toMatch(/^employmentType\|用工性质：无法识别“临时工”/);
    expect(messages({ name: '' })).toEqual(['name|姓名：未填写']);
    expect(messages({ idCardNumber: '320102********1234' })[0]).toContain('为脱敏号码');
    expect(validateRosterRow({ ...row({}), numericIdCard: true }, ctx).errors[0]!.message).toContain('数字格式');
    expect(messages({ legalProfessionQualification: '也许' })).toEqual(['legalProfessionQualification|法律职业资格：应为“是”或“否”']);
  });

  it('checks certificate columns by status', () => {
    const issued = {
      certificateNumber: 'A1',
      issuingAuthority: '市政府',
      categories: 'LS',
      areas: '320100',
      validFrom: '2024-01-01',
      validTo: '2028-12-31',
    };
    expect(messages(issued)).toEqual([]);
    expect(messages({ ...issued, certificateStatus: '作废了' })[0]).toMatch(/^certificateStatus\|证件状态：无法识别/);
    expect(messages({ ...issued, issuingAuthority: '', validFrom: '' })).toEqual([
      'issuingAuthority|发证机关：已发证的证件须填写发证机关',
      'validFrom|有效期自：已发证的证件须填写有效期起始日',
    ]);
    expect(messages({ ...issued, validTo: '2023-12-31' })).toEqual([
      'validTo|有效期至：早于有效期起始日',
      'validTo|有效期至：已于 2023-12-31 届满，证件状态应为“已过期”',
    ]);
    expect(messages({ ...issued, certificateStatus: '已申领' })).toEqual([
      'certificateNumber|执法证号：证件状态为“已申领”（尚未发证）时不应填写证号',
    ]);
    expect(messages({ certificateStatus: '已申领', categories: 'LS', areas: '320100' })).toEqual([]);
    expect(messages({ ...issued, employmentType: '合同' })).toEqual([
      'employmentType|用工性质：劳动合同制人员不得持有行政执法证，请删去该行的执法证信息',
    ]);
    expect(messages({ ...issued, lastReviewedYear: '2030' })).toEqual(['lastReviewedYear|最近审验年度：应为不晚于今年的四位年份']);
  });

  it('reads the date forms people type', () => {
    expect(['2024-1-5', '2024/01/05', '2024.1.5', '2024年1月5日', '20240105'].map(parseDate)).toEqual(Array(5).fill('2024-01-05'));
    expect(['2024-02-30', '24-1-5', 'soon'].map(parseDate)).toEqual([null, null, null]);
  });
});
