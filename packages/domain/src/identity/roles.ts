/**
 * Roles and permissions. The three administrator roles (三员) are separated by
 * 等保 2.0 level 3 (GB/T 22239-2019 §8.1.5.1–8.1.5.3): no account may hold two of them.
 */
import type { Citation } from '../citation.ts';

export const ROLES = [
  'systemAdmin',
  'securityAdmin',
  'auditAdmin',
  'leader',
  'departmentHead',
  'officer',
  'legalReviewer',
  'supervisor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  systemAdmin: '系统管理员',
  securityAdmin: '安全管理员',
  auditAdmin: '审计管理员',
  leader: '局领导',
  departmentHead: '科室负责人',
  officer: '执法人员',
  legalReviewer: '法制审核员',
  supervisor: '执法监督人员',
};

export const ADMIN_ROLES = ['systemAdmin', 'securityAdmin', 'auditAdmin'] as const satisfies readonly Role[];
export type AdminRole = (typeof ADMIN_ROLES)[number];

export function isAdminRole(role: Role): role is AdminRole {
  return (ADMIN_ROLES as readonly Role[]).includes(role);
}

export const PERMISSIONS = [
  'user:read', // see user accounts of the bureau
  'user:manage', // create / edit / disable users (system administrator)
  'department:manage',
  'config:manage',
  'role:assign', // grant roles to users (security administrator)
  'policy:manage', // password / lockout policy
  'account:unlock',
  'audit:read',
  'audit:verify',
  'pii:reveal', // see an unmasked ID-card / phone number, audited
  'business:read', // business data of the bureau (cases, officers …) within data scope
  'officer:read', // officer files and certificates, within data scope
  'officer:manage', // create / edit officer files, training, records; apply for certificates; import
  'subject:read',
  'subject:manage', // register and edit enforcement subjects (status decisions are the leader's, in the domain rule)
  'org:manage', // posts and the leadership group of the responsibility system
  'law:read', // the legal-basis library (laws, articles, versions, search)
  'law:manage', // add, amend and repeal documents and articles; import the library
  'power:read', // the power list, its breakdown, targets and the coverage check
  'power:manage', // draft changes to the power list, breakdown to departments/posts, annual targets, catalogue import
  'power:approve', // approve (or return) a drafted version of the power list
  'case:read', // penalty cases within data scope (officer: cases they investigate or registered)
  'case:manage', // register leads and take the investigating officers' / department head's case actions
  'case:approve', // the leader's case actions: filing, decisions, closing
  'discretion:manage', // save and publish discretion benchmarks (裁量基准) of penalty powers: the 法制 unit
  'disclosure:publish', // 公示发布: the publication queue of decisions — mask, publish, withdraw (执法公示)
  'payment:reconcile', // 导入银行对账: the bank / 非税收入 reconciliation file that records payments (罚缴分离)
  'complaint:read', // 投诉举报 / 信访 within data scope (officer: complaints assigned to them)
  'complaint:handle', // intake, acceptance decision, assignment, reply, closure of complaints (信访工作条例 clocks)
  'supervision:manage', // 社会监督员 registry and their observations queue; satisfaction results (满意度评议)
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: Record<Permission, string> = {
  'user:read': '查看用户',
  'user:manage': '管理用户',
  'department:manage': '管理科室',
  'config:manage': '系统配置',
  'role:assign': '分配角色',
  'policy:manage': '安全策略',
  'account:unlock': '解锁账号',
  'audit:read': '查阅审计日志',
  'audit:verify': '校验审计链',
  'pii:reveal': '查看完整个人信息',
  'business:read': '查看业务数据',
  'officer:read': '查看执法人员',
  'officer:manage': '管理执法人员',
  'subject:read': '查看执法主体',
  'subject:manage': '管理执法主体',
  'org:manage': '管理岗位与领导小组',
  'law:read': '查看法规库',
  'law:manage': '维护法规库',
  'power:read': '查看权责清单',
  'power:manage': '编制权责清单与职权分解',
  'power:approve': '审批权责清单',
  'case:read': '查看处罚案件',
  'case:manage': '办理处罚案件',
  'case:approve': '审批处罚案件',
  'discretion:manage': '制定裁量基准',
  'disclosure:publish': '公示发布',
  'payment:reconcile': '导入银行对账',
  'complaint:read': '查看投诉举报',
  'complaint:handle': '办理投诉举报与信访',
  'supervision:manage': '管理社会监督员与满意度评议',
};

/** Data scope: how far an actor sees business records (ARCHITECTURE.md "Rules that hold everywhere"). */
export type DataScope = 'self' | 'department' | 'bureau';

export interface RoleDefinition {
  permissions: readonly Permission[];
  scope: DataScope;
  /** Administrator roles must pass a second factor before their permissions take effect. */
  requiresSecondFactor: boolean;
}

/**
 * The security administrator cannot read business data, the system administrator cannot read audit records,
 * the audit administrator cannot change users or rights (SECURITY.md §1 三员分立).
 */
export const ROLE_DEFINITIONS: Record<Role, RoleDefinition> = {
  systemAdmin: { permissions: ['user:read', 'user:manage', 'department:manage', 'config:manage'], scope: 'bureau', requiresSecondFactor: true },
  securityAdmin: { permissions: ['user:read', 'role:assign', 'policy:manage', 'account:unlock'], scope: 'bureau', requiresSecondFactor: true },
  auditAdmin: { permissions: ['audit:read', 'audit:verify'], scope: 'bureau', requiresSecondFactor: true },
  leader: { permissions: ['business:read', 'user:read', 'pii:reveal', 'officer:read', 'subject:read', 'subject:manage', 'org:manage', 'law:read', 'power:read', 'power:approve', 'case:read', 'case:approve', 'disclosure:publish', 'payment:reconcile', 'complaint:read', 'complaint:handle', 'supervision:manage'], scope: 'bureau', requiresSecondFactor: false },
  departmentHead: { permissions: ['business:read', 'user:read', 'pii:reveal', 'officer:read', 'officer:manage', 'subject:read', 'law:read', 'power:read', 'power:manage', 'case:read', 'case:manage', 'payment:reconcile', 'complaint:read', 'complaint:handle'], scope: 'department', requiresSecondFactor: false },
  officer: { permissions: ['business:read', 'officer:read', 'subject:read', 'law:read', 'power:read', 'case:read', 'case:manage', 'complaint:read'], scope: 'self', requiresSecondFactor: false },
  legalReviewer: { permissions: ['business:read', 'officer:read', 'subject:read', 'law:read', 'law:manage', 'power:read', 'case:read', 'discretion:manage'], scope: 'bureau', requiresSecondFactor: false },
  // 行政执法协调监督科 keeps the roster, the certificates and the subject register (ARCHITECTURE: supervision staff).
  supervisor: { permissions: ['business:read', 'user:read', 'officer:read', 'officer:manage', 'subject:read', 'subject:manage', 'org:manage', 'pii:reveal', 'law:read', 'law:manage', 'power:read', 'power:manage', 'case:read', 'discretion:manage', 'disclosure:publish', 'complaint:read', 'complaint:handle', 'supervision:manage'], scope: 'bureau', requiresSecondFactor: false },
};

export const SEPARATION_OF_DUTIES: Citation = {
  law: 'GB/T 22239-2019 信息安全技术 网络安全等级保护基本要求',
  article: '8.1.5.1–8.1.5.3（三员分立）',
};

export type RoleCheck = { ok: true } | { ok: false; code: 'ROLE_SEPARATION'; reason: string; basis: Citation };

/** An account may hold at most one of the three administrator roles, and an administrator holds no business role. */
export function checkRoleSet(roles: readonly Role[]): RoleCheck {
  const admins = roles.filter(isAdminRole);
  if (admins.length > 1) {
    return {
      ok: false,
      code: 'ROLE_SEPARATION',
      reason: `三员分立：一个账号不得同时担任${admins.map((r) => ROLE_LABELS[r]).join('和')}`,
      basis: SEPARATION_OF_DUTIES,
    };
  }
  if (admins.length === 1 && roles.length > 1) {
    return {
      ok: false,
      code: 'ROLE_SEPARATION',
      reason: `三员分立：${ROLE_LABELS[admins[0]!]}账号不得兼任业务角色`,
      basis: SEPARATION_OF_DUTIES,
    };
  }
  return { ok: true };
}

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_DEFINITIONS[r].permissions));
}

const SCOPE_ORDER: Record<DataScope, number> = { self: 0, department: 1, bureau: 2 };
/** The widest scope among the roles; an account with no role sees only itself. */
export function scopeOf(roles: readonly Role[]): DataScope {
  let widest: DataScope = 'self';
  for (const r of roles) if (SCOPE_ORDER[ROLE_DEFINITIONS[r].scope] > SCOPE_ORDER[widest]) widest = ROLE_DEFINITIONS[r].scope;
  return widest;
}

export function requiresSecondFactor(roles: readonly Role[]): boolean {
  return roles.some((r) => ROLE_DEFINITIONS[r].requiresSecondFactor);
}
