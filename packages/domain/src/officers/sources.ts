/**
 * Citations for the officer and certificate rules. Tags follow shared/domain/LAW.md: [V] text checked, [S] seen in a
 * secondary source only, [U] unverified. Where Jiangsu's own rule could not be found, the citation names the
 * model actually used (Shandong, Chongqing) so a reader sees exactly how solid the ground is.
 */
import type { Citation } from '../citation.ts';

/** 执法资格 and the two-officer minimum. */
export const ENFORCEMENT_QUALIFICATION: Citation = {
  law: '行政处罚法',
  article: '第四十二条',
  note: '行政处罚应当由具有行政执法资格的执法人员实施；执法人员不得少于两人，法律另有规定的除外',
};

/** Certificates state their holder's enforcement area and categories; acting outside them is acting without 资格. */
export const CERTIFICATE_SCOPE: Citation = {
  ...ENFORCEMENT_QUALIFICATION,
  note: '执法证载明执法类别与执法区域，超出范围即不具有相应执法资格（证件载明执法区域：山东 2015 证件管理办法 [S]）',
};

/** Who may not hold a certificate. Jiangsu's rule was not found; Shandong's is the model LAW.md §6 verified. */
export const EMPLOYMENT_BAR: Citation = {
  law: '山东省行政执法监督条例',
  article: '第十条',
  note: '劳动合同制、劳务派遣、借调人员不得取得行政执法证件（外省范例 [V]；江苏条文未核实，本系统按 issue #3 适用）',
};

export const DISCIPLINE_BAR: Citation = {
  law: '山东省行政执法人员资格认证和行政执法证件管理办法（2015）',
  article: '不予颁发证件情形',
  note: '受行政记过以上处分尚在受处分期间的 [S：新闻转述]',
};

export const TRAINING_HOURS: Citation = {
  law: '国办发〔2023〕27号',
  article: '（条文未核实）',
  note: '“每人每年不少于60学时”为记忆值 [U]；江苏实施文件为苏政办发〔2023〕47号，数值未核实',
};

export const EXAM_BEFORE_ISSUE: Citation = {
  law: '江苏省行政执法证件管理（2019年换发《江苏省行政执法证》）',
  article: '（条文未核实）',
  note: '闭卷考试合格方可发证 [S：镇江日报 2019-11-17]',
};

export const ANNUAL_REVIEW: Citation = {
  law: '江苏省行政执法证件管理（年度审验）',
  article: '（条文未核实）',
  note: '培训结果作为年度审验/注册条件 [S：部门实践]',
};

export const SUSPENSION_AND_REVOCATION: Citation = {
  law: '重庆市行政执法监督条例',
  article: '第十八条',
  note: '受处分或被追究刑事责任的，暂扣或吊销行政执法证件（外省范例 [V]）',
};

export const CANCELLATION: Citation = {
  law: '山东省行政执法人员资格认证和行政执法证件管理办法（2015）',
  article: '（条文未核实）',
  note: '因辞职、辞退、退休、岗位调整等不再从事执法工作的，注销证件 [S：新闻转述]',
};

export const CERTIFICATE_VALIDITY: Citation = {
  law: '江苏省行政执法证件管理',
  article: '（条文未核实）',
  note: '有效期届满证件失效；江苏有效期年限未核实，须配置',
};
