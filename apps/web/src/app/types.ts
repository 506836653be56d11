/**
 * DTO types, derived from the zod schemas in @quanze/contracts (the same schemas the server uses).
 * `ReturnType<S['parse']>` is the schema's output type, so the web needs no direct zod import.
 */
import type {
  AuditEventDto as AuditEventSchema,
  AuditList as AuditListSchema,
  AuditVerifyResult as AuditVerifyResultSchema,
  CreateDepartmentRequest as CreateDepartmentSchema,
  CreateUserRequest as CreateUserSchema,
  CreateUserResponse as CreateUserResponseSchema,
  DepartmentDto as DepartmentSchema,
  RevealResponse as RevealResponseSchema,
  ResetPasswordResponse as ResetPasswordResponseSchema,
  RoleName as RoleNameSchema,
  TotpEnableResponse as TotpEnableResponseSchema,
  TotpSetupResponse as TotpSetupResponseSchema,
  UpdateUserRequest as UpdateUserSchema,
  UserList as UserListSchema,
} from '@quanze/contracts';

type Output<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;

export type { Me, UserDto, PolicyDto, ErrorBody } from '@quanze/contracts';
export type RoleName = Output<typeof RoleNameSchema>;
export type UserList = Output<typeof UserListSchema>;
export type CreateUserRequest = Output<typeof CreateUserSchema>;
export type CreateUserResponse = Output<typeof CreateUserResponseSchema>;
export type UpdateUserRequest = Output<typeof UpdateUserSchema>;
export type RevealResponse = Output<typeof RevealResponseSchema>;
export type ResetPasswordResponse = Output<typeof ResetPasswordResponseSchema>;
export type DepartmentDto = Output<typeof DepartmentSchema>;
export type CreateDepartmentRequest = Output<typeof CreateDepartmentSchema>;
export type TotpSetupResponse = Output<typeof TotpSetupResponseSchema>;
export type TotpEnableResponse = Output<typeof TotpEnableResponseSchema>;
export type AuditEventDto = Output<typeof AuditEventSchema>;
export type AuditList = Output<typeof AuditListSchema>;
export type AuditVerifyResult = Output<typeof AuditVerifyResultSchema>;

/** Row actions a UserDto may carry in `abilities` (docs/api-foundation.md). */
export type UserAbility = 'edit' | 'disable' | 'enable' | 'resetPassword' | 'assignRoles' | 'unlock' | 'reveal';
