/** Chinese names of the audit actions and object types the server writes (apps/server, appendAudit calls). */
export const ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.lock': '账号锁定',
  'auth.unlock': '账号解锁',
  'auth.recovery_code_used': '使用恢复码登录',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.disable': '停用用户',
  'user.enable': '启用用户',
  'user.password_reset': '重置密码',
  'user.password_change': '修改本人密码',
  'user.roles_assign': '分配角色',
  'user.admin_appoint': '任命管理员',
  'user.totp_setup_started': '开始绑定动态口令',
  'user.totp_enabled': '启用动态口令',
  'pii.reveal': '查看完整个人信息',
  'policy.update': '修改安全策略',
  'department.create': '新建科室',
  'audit.verify': '校验审计链',
  'system.seed': '系统初始化',
};

/** Prefix searches the server supports (`action` matches by prefix). */
export const ACTION_GROUPS: Record<string, string> = {
  'auth.': '登录与会话（全部）',
  'user.': '用户管理（全部）',
};

export const OBJECT_TYPE_LABELS: Record<string, string> = {
  user: '用户',
  department: '科室',
  security_policy: '安全策略',
  bureau: '本局',
};

export function actionLabel(action: string): string | undefined {
  return ACTION_LABELS[action];
}
