/**
 * 社会监督员 (socialSupervisor): the console registry and observations queue (permission supervision:manage) and the
 * supervisors' own portal (/api/portal/supervisor/*, a separate account and session — never a console user).
 */
import { z } from 'zod';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const version = z.number().int().positive();
const page = z.coerce.number().int().min(1).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

export const SUPERVISOR_STATUS_VALUES = ['active', 'suspended', 'ended'] as const;
export const SupervisorStatus = z.enum(SUPERVISOR_STATUS_VALUES);
export const APPOINTMENT_STANDING_VALUES = ['inForce', 'notYetStarted', 'expired', 'suspended', 'ended'] as const;
export const OBSERVATION_STATE_VALUES = ['submitted', 'underReview', 'answered', 'closed'] as const;
export const ObservationState = z.enum(OBSERVATION_STATE_VALUES);
export const OBSERVATION_CATEGORY_VALUES = ['conduct', 'workStyle', 'integrity', 'inaction', 'profitDriven', 'procedure', 'suggestion', 'other'] as const;
export const ObservationCategory = z.enum(OBSERVATION_CATEGORY_VALUES, '请选择监督事项类别');

// ---- console: registry ----

export const SupervisorDto = z.object({
  id: z.uuid(),
  name: z.string(),
  /** masked: 138****5678 / 3201**********0014 */
  mobile: z.string().nullable(),
  idCardNumber: z.string().nullable(),
  employer: z.string(),
  sector: z.string(),
  documentNumber: z.string(),
  termStart: z.string(),
  termEnd: z.string(),
  status: SupervisorStatus,
  statusLabel: z.string(),
  statusReason: z.string().nullable(),
  standing: z.enum(APPOINTMENT_STANDING_VALUES),
  standingLabel: z.string(),
  loginName: z.string().nullable(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  observationCount: z.number().int(),
  version: z.number().int(),
  /** 'reveal': the actor may ask for a registered personal field unmasked (pii:reveal; audited, with a reason). */
  abilities: z.array(z.enum(['edit', 'suspend', 'resume', 'end', 'resetPassword', 'reveal'])),
});
export type SupervisorDto = z.infer<typeof SupervisorDto>;

export const SupervisorListQuery = z.object({
  status: SupervisorStatus.optional(),
  q: z.string().trim().max(40).optional(),
  page,
  pageSize,
});
export const SupervisorListDto = z.object({ items: z.array(SupervisorDto), total: z.number().int(), page: z.number(), pageSize: z.number() });
export type SupervisorListDto = z.infer<typeof SupervisorListDto>;

const loginName = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, '登录名为 3–32 位字母、数字、下划线、点或连字符，以字母开头');
const termFields = {
  documentNumber: z.string().trim().min(1, '请填写聘书编号').max(64, '聘书编号最多 64 个字'),
  termStart: localDate,
  termEnd: localDate,
  employer: z.string().trim().min(1, '请填写工作单位').max(64, '工作单位最多 64 个字'),
  sector: z.string().trim().min(1, '请填写界别或行业').max(32, '界别或行业最多 32 个字'),
};

export const CreateSupervisorRequest = z.object({
  name: z.string().trim().min(1, '请填写姓名').max(32, '姓名最多 32 个字'),
  mobile: z.string().trim().regex(/^1[3-9]\d{9}$/, '手机号码格式不正确').optional(),
  idCardNumber: z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, '身份证号码为 18 位').optional(),
  loginName,
  ...termFields,
});
export type CreateSupervisorRequest = z.infer<typeof CreateSupervisorRequest>;
/** The initial password is shown once, to the staff member who registered the supervisor. */
export const CreateSupervisorResponse = z.object({ supervisor: SupervisorDto, initialPassword: z.string() });
export type CreateSupervisorResponse = z.infer<typeof CreateSupervisorResponse>;

export const UpdateSupervisorRequest = z.object({ version, ...termFields });
export type UpdateSupervisorRequest = z.infer<typeof UpdateSupervisorRequest>;

export const ChangeSupervisorStatusRequest = z.object({
  version,
  status: SupervisorStatus,
  reason: z.string().trim().max(200, '理由最多 200 个字').optional(),
});
export type ChangeSupervisorStatusRequest = z.infer<typeof ChangeSupervisorStatusRequest>;
export const SupervisorPasswordResetResponse = z.object({ initialPassword: z.string() });

/** One field per reveal, so the audit row names exactly what was seen and why (个人信息保护法 第五十一条). */
export const SUPERVISOR_PII_FIELDS = ['mobile', 'idCardNumber'] as const;
export const RevealSupervisorFieldRequest = z.object({
  field: z.enum(SUPERVISOR_PII_FIELDS, '请选择要查看的信息'),
  reason: z.string('请填写查看原因').trim().min(2, '请填写查看原因（至少 2 个字）').max(200, '查看原因不超过 200 个字'),
});
export type RevealSupervisorFieldRequest = z.infer<typeof RevealSupervisorFieldRequest>;
export const RevealSupervisorFieldResponse = z.object({ field: z.enum(SUPERVISOR_PII_FIELDS), value: z.string() });
export type RevealSupervisorFieldResponse = z.infer<typeof RevealSupervisorFieldResponse>;

// ---- console: observations queue ----

export const ObservationDto = z.object({
  id: z.uuid(),
  supervisorId: z.uuid(),
  supervisorName: z.string(),
  category: ObservationCategory,
  categoryLabel: z.string(),
  aboutUnit: z.string(),
  caseNumber: z.string().nullable(),
  officerName: z.string().nullable(),
  occurredOn: z.string().nullable(),
  content: z.string(),
  state: ObservationState,
  stateLabel: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  submittedAt: z.string(),
  version: z.number().int(),
  abilities: z.array(z.enum(['assign', 'answer', 'close'])),
});
export type ObservationDto = z.infer<typeof ObservationDto>;

export const ObservationQueueQuery = z.object({
  state: ObservationState.optional(),
  category: ObservationCategory.optional(),
  departmentId: z.uuid().optional(),
  supervisorId: z.uuid().optional(),
  page,
  pageSize,
});
export const ObservationQueueDto = z.object({
  items: z.array(ObservationDto),
  total: z.number().int(),
  page: z.number(),
  pageSize: z.number(),
  openCount: z.number().int(),
});
export type ObservationQueueDto = z.infer<typeof ObservationQueueDto>;

export const AssignObservationRequest = z.object({ version, departmentId: z.uuid('请选择承办科室') });
export const AnswerObservationRequest = z.object({ version, answer: z.string().trim().min(1, '请填写答复内容').max(4000, '答复最多 4000 字') });
export const CloseObservationRequest = z.object({ version, reason: optionalText(500, '办结说明最多 500 字') });

// ---- portal: the supervisor's own account ----

export const SupervisorLoginRequest = z.object({
  loginName: z.string().trim().min(1, '请输入登录名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});
export const SupervisorMeDto = z.object({
  name: z.string(),
  loginName: z.string(),
  bureauName: z.string(),
  documentNumber: z.string(),
  termStart: z.string(),
  termEnd: z.string(),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
});
export type SupervisorMeDto = z.infer<typeof SupervisorMeDto>;
export const SupervisorChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(256),
  newPassword: z.string().min(1, '请输入新密码').max(256),
});

export const SubmitObservationRequest = z.object({
  category: ObservationCategory,
  aboutUnit: z.string().trim().min(1, '请填写反映的单位或科室').max(64, '单位或科室最多 64 个字'),
  caseNumber: optionalText(64, '案件编号最多 64 个字'),
  officerName: optionalText(32, '执法人员姓名最多 32 个字'),
  occurredOn: localDate.nullable().optional(),
  content: z.string().trim().min(5, '请具体描述监督意见，至少 5 个字').max(4000, '监督意见最多 4000 字'),
});
export type SubmitObservationRequest = z.input<typeof SubmitObservationRequest>;

/** What the supervisor sees of their own observation: no internal routing, no staff names. */
export const MyObservationDto = z.object({
  id: z.uuid(),
  category: ObservationCategory,
  categoryLabel: z.string(),
  aboutUnit: z.string(),
  caseNumber: z.string().nullable(),
  officerName: z.string().nullable(),
  occurredOn: z.string().nullable(),
  content: z.string(),
  state: ObservationState,
  stateLabel: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  submittedAt: z.string(),
});
export type MyObservationDto = z.infer<typeof MyObservationDto>;
export const MyObservationsDto = z.object({ items: z.array(MyObservationDto), categories: z.array(z.object({ value: ObservationCategory, label: z.string() })) });
export type MyObservationsDto = z.infer<typeof MyObservationsDto>;

