import {
  AccountBookOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  ClusterOutlined,
  DesktopOutlined,
  EyeOutlined,
  FieldTimeOutlined,
  FileProtectOutlined,
  GoldOutlined,
  IdcardOutlined,
  LockOutlined,
  MessageOutlined,
  NotificationOutlined,
  NodeIndexOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown only when Me.permissions holds it; undefined = everyone. */
  permission?: string;
  testId: string;
}

/** The console menu (docs/api-foundation.md "Menu"). The same permissions guard the routes. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: '工作台', icon: <DesktopOutlined />, testId: 'nav-workbench' },
  { path: '/cases', label: '处罚案件', icon: <FileProtectOutlined />, permission: 'case:read', testId: 'nav-cases' },
  { path: '/deadlines', label: '期限监控', icon: <FieldTimeOutlined />, permission: 'case:read', testId: 'nav-deadlines' },
  { path: '/complaints', label: '投诉举报', icon: <MessageOutlined />, permission: 'complaint:read', testId: 'nav-complaints' },
  { path: '/accountability', label: '责任追究', icon: <AlertOutlined />, permission: 'business:read', testId: 'nav-accountability' },
  { path: '/disclosure', label: '公示管理', icon: <NotificationOutlined />, permission: 'disclosure:publish', testId: 'nav-disclosure' },
  { path: '/surveys', label: '满意度评议', icon: <AuditOutlined />, permission: 'business:read', testId: 'nav-surveys' },
  { path: '/supervision', label: '社会监督员', icon: <EyeOutlined />, permission: 'supervision:manage', testId: 'nav-supervision' },
  { path: '/property', label: '涉案财物', icon: <GoldOutlined />, permission: 'case:read', testId: 'nav-property' },
  { path: '/payments/reconciliation', label: '银行对账', icon: <AccountBookOutlined />, permission: 'payment:reconcile', testId: 'nav-reconciliation' },
  { path: '/officers', label: '执法人员', icon: <IdcardOutlined />, permission: 'officer:read', testId: 'nav-officers' },
  { path: '/subjects', label: '执法主体', icon: <BankOutlined />, permission: 'subject:read', testId: 'nav-subjects' },
  { path: '/legal', label: '执法依据', icon: <BookOutlined />, permission: 'law:read', testId: 'nav-legal' },
  { path: '/powers', label: '权责清单', icon: <ProfileOutlined />, permission: 'power:read', testId: 'nav-powers' },
  { path: '/coverage', label: '覆盖检查', icon: <NodeIndexOutlined />, permission: 'power:read', testId: 'nav-coverage' },
  { path: '/org', label: '岗位与领导小组', icon: <ClusterOutlined />, permission: 'org:manage', testId: 'nav-org' },
  { path: '/users', label: '用户管理', icon: <TeamOutlined />, permission: 'user:read', testId: 'nav-users' },
  { path: '/departments', label: '科室管理', icon: <ApartmentOutlined />, permission: 'department:manage', testId: 'nav-departments' },
  { path: '/calendar', label: '工作日历', icon: <CalendarOutlined />, permission: 'config:manage', testId: 'nav-calendar' },
  { path: '/roles', label: '角色授权', icon: <SafetyCertificateOutlined />, permission: 'role:assign', testId: 'nav-roles' },
  { path: '/security/policy', label: '安全策略', icon: <LockOutlined />, permission: 'policy:manage', testId: 'nav-policy' },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, permission: 'audit:read', testId: 'nav-audit' },
  { path: '/account', label: '个人设置', icon: <UserOutlined />, testId: 'nav-account' },
];

export function visibleNavItems(permissions: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || permissions.includes(item.permission));
}

/** The menu key for a location: the longest nav path that prefixes it. */
export function selectedNavKey(pathname: string): string {
  let best = '/';
  for (const item of NAV_ITEMS) {
    if (item.path === '/') continue;
    if ((pathname === item.path || pathname.startsWith(`${item.path}/`)) && item.path.length > best.length) best = item.path;
  }
  return best;
}
