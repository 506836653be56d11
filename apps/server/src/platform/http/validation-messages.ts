/**
 * Request validation failures in words a user reads: the field by its Chinese name (where this map knows it, never the
 * code name) and zod's English issue text replaced per issue code. A message the contract already wrote in Chinese
 * (z.string().min(1, '请填写…')) is kept as it is.
 */

/** Chinese names of request fields, by the key the contracts use. A key not listed is left out of the message. */
export const FIELD_LABELS: Record<string, string> = {
  version: '版本号',
  id: '编号',
  name: '名称',
  title: '标题',
  note: '说明',
  notes: '备注',
  reason: '理由',
  opinion: '意见',
  summary: '摘要',
  content: '内容',
  text: '内容',
  kind: '类型',
  type: '类型',
  status: '状态',
  code: '编码',
  q: '搜索词',
  page: '页码',
  pageSize: '每页条数',
  departmentId: '科室',
  officerId: '执法人员',
  officerIds: '执法人员',
  userId: '用户',
  username: '用户名',
  loginName: '登录名',
  password: '密码',
  newPassword: '新密码',
  roles: '角色',
  role: '角色',
  powerId: '执法事项',
  powerCode: '执法事项编码',
  postId: '岗位',
  caseId: '案件',
  caseNumber: '案号',
  decisionNumber: '决定书号',
  documentNumber: '文号',
  number: '文号',
  basis: '依据',
  legalBasis: '法律依据',
  law: '法律名称',
  article: '条款',
  gist: '条文要旨',
  penalty: '处罚',
  proposedPenalty: '拟处罚',
  amountFen: '金额',
  partyName: '当事人名称',
  partyKind: '当事人类型',
  idCardNumber: '身份证件号码',
  idNumber: '证件号码',
  creditCode: '统一社会信用代码',
  mobile: '手机号码',
  contactPhone: '联系电话',
  address: '地址',
  place: '地点',
  receivedOn: '收到日期',
  decidedOn: '决定日期',
  publishedOn: '公布日期',
  effectiveFrom: '施行日期',
  repealedOn: '废止日期',
  dueDate: '到期日',
  date: '日期',
  from: '开始日期',
  to: '结束日期',
  year: '年份',
  holidays: '节假日',
  extraWorkdays: '调休上班日',
  days: '天数',
  leadSource: '案源',
  leadSummary: '案源摘要',
  level: '层级',
  target: '实施对象',
  procedure: '办理流程',
  responsibility: '责任事项',
  fileName: '文件名',
  reference: '缴款码',
  paidOn: '缴款日期',
  court: '法院',
  scheduledFor: '日期',
  statement: '陈述申辩内容',
  conclusion: '结论',
  attendees: '参加人员',
  presider: '主持人',
  outcome: '结果',
  trackingCode: '查询码',
  surveyCode: '评价码',
  termStart: '任期开始',
  termEnd: '任期结束',
  items: '明细',
};

export interface ValidationIssue {
  /** zod's issue code (too_small, invalid_type …). */
  keyword: string;
  /** '/holidays/0/name' */
  instancePath: string;
  message?: string | undefined;
  params?: Record<string, unknown> | undefined;
}

const hasChinese = (s: string | undefined): s is string => typeof s === 'string' && /[\u4e00-\u9fff]/.test(s);

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '列表',
  object: '一组字段',
  date: '日期',
  bigint: '整数',
};

/** The field as users read it: 节假日第1项 名称. Segments with no Chinese name are left out; '' when none is known. */
export function fieldLabel(path: readonly (string | number)[]): string {
  const parts: string[] = [];
  for (const seg of path) {
    if (typeof seg === 'number' || /^\d+$/.test(String(seg))) {
      if (parts.length) parts[parts.length - 1] += `第${Number(seg) + 1}项`;
      continue;
    }
    const label = FIELD_LABELS[String(seg)];
    if (label) parts.push(label);
  }
  return parts.join(' ');
}

function sizeMessage(issue: ValidationIssue, small: boolean): string {
  const p = issue.params ?? {};
  const bound = Number(small ? p['minimum'] : p['maximum']);
  const inclusive = p['inclusive'] !== false;
  const origin = typeof p['origin'] === 'string' ? p['origin'] : '';
  if (!Number.isFinite(bound)) return small ? '内容过少' : '内容过多';
  if (origin === 'string') {
    if (small && bound <= 1) return '不能为空';
    return small ? `至少 ${bound} 个字` : `不能超过 ${bound} 个字`;
  }
  if (origin === 'array' || origin === 'set') {
    if (small && bound <= 1) return '至少选择一项';
    return small ? `至少 ${bound} 项` : `最多 ${bound} 项`;
  }
  if (small) return inclusive ? `不能小于 ${bound}` : `必须大于 ${bound}`;
  return inclusive ? `不能大于 ${bound}` : `必须小于 ${bound}`;
}

/** One issue's text in Chinese, by its code. */
export function issueMessage(issue: ValidationIssue): string {
  if (hasChinese(issue.message)) return issue.message;
  const p = issue.params ?? {};
  switch (issue.keyword) {
    case 'invalid_type': {
      if (/received undefined|required/i.test(issue.message ?? '')) return '必须填写';
      const expected = TYPE_NAMES[String(p['expected'])];
      return expected ? `应为${expected}` : '格式不正确';
    }
    case 'too_small':
      return sizeMessage(issue, true);
    case 'too_big':
      return sizeMessage(issue, false);
    case 'invalid_format':
      return p['format'] === 'email' ? '电子邮箱格式不正确' : /date/.test(String(p['format'])) ? '日期格式不正确' : '格式不正确';
    case 'invalid_value': {
      const values = Array.isArray(p['values']) ? p['values'] : [];
      return values.length === 1 ? '取值不正确' : '不是可选的值';
    }
    case 'not_multiple_of':
      return '数值不符合要求的精度';
    case 'unrecognized_keys':
      return '包含无法识别的字段';
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return '格式不正确';
    default:
      return '格式不正确';
  }
}

/**
 * fieldErrors keyed by the path, each with the issue's text only (the form shows it under that field), and the
 * one-line message the user reads first, naming the field where its Chinese name is known.
 */
export function describeValidationIssues(issues: readonly ValidationIssue[]): { message: string; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  let first: string | null = null;
  for (const issue of issues) {
    const path = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean);
    const text = issueMessage(issue);
    (fieldErrors[path.join('.') || '_'] ??= []).push(text);
    const label = fieldLabel(path);
    first ??= label ? `${label}：${text}` : text;
  }
  return { message: `输入有误：${first ?? '格式不正确'}`, fieldErrors };
}

/** A raw zod issue (from schema.safeParse outside a route schema) in the shape above. */
export const fromZodIssue = (i: { code: string; path: readonly PropertyKey[]; message: string }): ValidationIssue => ({
  keyword: i.code,
  instancePath: `/${i.path.map(String).join('/')}`,
  message: i.message,
  params: { ...i },
});
