import { z } from 'zod';

export const RoleName = z.enum(['systemAdmin', 'securityAdmin', 'auditAdmin', 'leader', 'departmentHead', 'officer', 'legalReviewer', 'supervisor']);

export const LoginRequest = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
  totp: z.string().trim().regex(/^(\d{6}|[A-Za-z0-9]{4}-[A-Za-z0-9]{4})$/, '动态口令为 6 位数字或恢复码').optional(),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const SessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  bureauId: z.string(),
  bureauName: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  roles: z.array(RoleName),
});

/** What the console needs after login and on every reload (GET /api/auth/me). */
export const Me = z.object({
  user: SessionUser,
  permissions: z.array(z.string()),
  /**
   * Data scope of the roles (self / department / bureau). Some actions need bureau scope on top of the permission
   * (bureau-wide configuration such as the supervision channels): the console hides or disables them from this.
   */
  scope: z.enum(['self', 'department', 'bureau']),
  csrfToken: z.string(),
  /** Password change required now (first login, reset, or older than the policy's maximum age). */
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  /** Administrator roles need TOTP set up and verified in this session before their permissions take effect. */
  secondFactorRequired: z.boolean(),
  secondFactorSatisfied: z.boolean(),
  idleTimeoutMinutes: z.number(),
  /** The bureau's password rules, so the change-password form can explain them before the server refuses. */
  passwordPolicy: z.object({ minLength: z.number(), maxLength: z.number(), minClasses: z.number(), historyCount: z.number(), maxAgeDays: z.number() }),
});
export type Me = z.infer<typeof Me>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(256),
  newPassword: z.string().min(1, '请输入新密码').max(256),
});

export const TotpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() });
export const TotpEnableRequest = z.object({ code: z.string().trim().regex(/^\d{6}$/, '请输入 6 位动态口令') });
export const TotpEnableResponse = z.object({ recoveryCodes: z.array(z.string()) });
export const TotpVerifyRequest = TotpEnableRequest;

export const PolicyDto = z.object({
  minLength: z.number().int().min(8).max(64),
  maxLength: z.number().int().min(16).max(256),
  minClasses: z.number().int().min(3).max(4),
  historyCount: z.number().int().min(1).max(24),
  maxAgeDays: z.number().int().min(1).max(180),
  lockoutThreshold: z.number().int().min(3).max(10),
  lockoutMinutes: z.number().int().min(10).max(1440),
  idleTimeoutMinutes: z.number().int().min(5).max(30),
  absoluteLifetimeHours: z.number().int().min(1).max(24),
  version: z.number().int(),
});
export type PolicyDto = z.infer<typeof PolicyDto>;
