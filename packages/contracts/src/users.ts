import { z } from 'zod';
import { RoleName } from './identity.ts';

export const UserStatus = z.enum(['active', 'disabled']);

export const UserDto = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  roles: z.array(RoleName),
  status: UserStatus,
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  totpEnabled: z.boolean(),
  /** masked unless revealed: 138****5678 */
  mobile: z.string().nullable(),
  idCardNumber: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  abilities: z.array(z.string()),
});
export type UserDto = z.infer<typeof UserDto>;

export const UserList = z.object({ items: z.array(UserDto), total: z.number().int() });

const username = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, '用户名为 3–32 位字母、数字、下划线、点或连字符，以字母开头');
const displayName = z.string().trim().min(1, '请输入姓名').max(32, '姓名最多 32 个字');
const mobile = z.string().trim().regex(/^1[3-9]\d{9}$/, '手机号码格式不正确');
const idCard = z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, '身份证号码为 18 位');

export const CreateUserRequest = z.object({
  username,
  displayName,
  departmentId: z.string().uuid('科室不存在').nullable().optional(),
  mobile: mobile.optional(),
  idCardNumber: idCard.optional(),
});
export const CreateUserResponse = z.object({ user: UserDto, initialPassword: z.string() });

export const UpdateUserRequest = z.object({
  displayName: displayName.optional(),
  departmentId: z.string().uuid('科室不存在').nullable().optional(),
  mobile: mobile.nullable().optional(),
  idCardNumber: idCard.nullable().optional(),
  version: z.number().int(),
});
export const AssignRolesRequest = z.object({ roles: z.array(RoleName), version: z.number().int() });
export const AppointAdminRequest = z.object({ role: z.enum(['securityAdmin', 'auditAdmin']), version: z.number().int() });
export const VersionBody = z.object({ version: z.number().int() });
export const RevealResponse = z.object({ mobile: z.string().nullable(), idCardNumber: z.string().nullable() });
export const ResetPasswordResponse = z.object({ initialPassword: z.string() });

export const DepartmentDto = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  parentId: z.string().nullable(),
  duties: z.string().nullable(),
  status: z.enum(['active', 'closed']),
  version: z.number().int(),
});
export const CreateDepartmentRequest = z.object({
  name: z.string().trim().min(1, '请输入科室名称').max(64),
  code: z.string().trim().max(32).optional(),
  parentId: z.string().uuid().nullable().optional(),
  duties: z.string().trim().max(2000).optional(),
});
