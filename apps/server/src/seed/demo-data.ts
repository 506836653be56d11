/** The demo bureau: departments of a typical prefecture-level 司法局 after the 2019 merger (JUSTICE-POWERS.md §6). */
import type { Role } from '@quanze/domain';

export const DEMO_BUREAU = { name: '示例市司法局', shortName: '示司' };
export const DEMO_PASSWORD = 'Quanze@2026';

export const DEMO_DEPARTMENTS: { name: string; code: string; duties: string }[] = [
  { name: '办公室', code: 'BGS', duties: '综合协调、文秘、信息、政务公开' },
  { name: '政治部', code: 'ZZB', duties: '干部人事、机构编制、教育培训' },
  { name: '依法治市办秘书科', code: 'YFZS', duties: '法治建设统筹、法治调研' },
  { name: '法治督察科', code: 'FZDC', duties: '法治督察' },
  { name: '立法科', code: 'LFK', duties: '地方性法规、政府规章起草审查' },
  { name: '行政复议与应诉科', code: 'FYYS', duties: '行政复议、行政应诉' },
  { name: '行政执法协调监督科', code: 'ZFJD', duties: '法制审核、执法证件管理、执法监督、行政执法责任制' },
  { name: '普法与依法治理科', code: 'PFZL', duties: '普法宣传、依法治理' },
  { name: '人民参与和促进法治科', code: 'RMCY', duties: '人民调解、人民陪审员、人民监督员、司法所' },
  { name: '社区矫正管理科', code: 'SQJZ', duties: '社区矫正' },
  { name: '公共法律服务管理科', code: 'GGFW', duties: '公证、司法鉴定、法律援助、基层法律服务' },
  { name: '律师工作科', code: 'LSGZ', duties: '律师、律师事务所监督管理' },
  { name: '计划财务装备科', code: 'JCZB', duties: '财务、装备' },
];

export const DEMO_USERS: {
  username: string;
  displayName: string;
  roles: Role[];
  department: string | null;
  mobile?: string;
  idCardNumber?: string;
}[] = [
  { username: 'sysadmin', displayName: '系统管理员', roles: ['systemAdmin'], department: '办公室' },
  { username: 'secadmin', displayName: '安全管理员', roles: ['securityAdmin'], department: '办公室' },
  { username: 'auditor', displayName: '审计管理员', roles: ['auditAdmin'], department: '法治督察科' },
  // 局领导 sit in 办公室 for their accounts; three 负责人 make a collective discussion (第五十七条, config minLeaders 3).
  { username: 'leader', displayName: '王建国', roles: ['leader'], department: '办公室', mobile: '13905140001' },
  { username: 'leader2', displayName: '孙立平', roles: ['leader'], department: '办公室', mobile: '13905140007' },
  { username: 'leader3', displayName: '周海涛', roles: ['leader'], department: '办公室', mobile: '13905140008' },
  { username: 'head', displayName: '李明华', roles: ['departmentHead'], department: '律师工作科', mobile: '13905140002' },
  {
    username: 'officer1',
    displayName: '张伟',
    roles: ['officer'],
    department: '律师工作科',
    mobile: '13905140003',
    idCardNumber: '320102198503127',
  },
  {
    username: 'officer2',
    displayName: '刘芳',
    roles: ['officer'],
    department: '律师工作科',
    mobile: '13905140004',
    idCardNumber: '320104199008214',
  },
  { username: 'reviewer', displayName: '陈静', roles: ['legalReviewer'], department: '行政执法协调监督科', mobile: '13905140005' },
  { username: 'supervisor', displayName: '赵强', roles: ['supervisor'], department: '行政执法协调监督科', mobile: '13905140006' },
];
