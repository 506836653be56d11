import { z } from 'zod';

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const basis = z.object({ law: z.string(), article: z.string(), note: z.string().optional() });
const reason = z.object({ code: z.string(), message: z.string(), basis });

export const EmploymentType = z.enum(['civilServant', 'civilServantManaged', 'publicInstitution', 'contract', 'dispatched']);
export const CertificateStatus = z.enum(['applied', 'examPassed', 'valid', 'reviewFailed', 'suspended', 'revoked', 'cancelled', 'expired']);
export const CertificateAction = z.enum(['passExam', 'issue', 'passReview', 'failReview', 'suspend', 'restore', 'revoke', 'cancel', 'expire']);
export const Gender = z.enum(['male', 'female']);

export const CertificateAlertDto = z.object({
  kind: z.enum(['expiring', 'expired', 'reviewDue', 'reviewOverdue']),
  severity: z.enum(['warning', 'critical']),
  dueOn: z.string(),
  daysLeft: z.number().int(),
  message: z.string(),
  basis,
});

export const CertificateEventDto = z.object({
  action: z.string(),
  from: CertificateStatus.nullable(),
  to: CertificateStatus,
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const CertificateDto = z.object({
  id: z.string(),
  officerId: z.string(),
  number: z.string().nullable(),
  issuingAuthority: z.string().nullable(),
  status: CertificateStatus,
  categories: z.array(z.string()),
  areas: z.array(z.string()),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  lastReviewedYear: z.number().int().nullable(),
  nextReviewDue: z.string().nullable(),
  alerts: z.array(CertificateAlertDto),
  /** The public check URL printed as QR on the certificate; only for issued certificates. */
  checkUrl: z.string().nullable(),
  events: z.array(CertificateEventDto),
  version: z.number().int(),
  abilities: z.array(CertificateAction),
});
export type CertificateDto = z.infer<typeof CertificateDto>;

export const OfficerSummaryDto = z.object({
  id: z.string(),
  name: z.string(),
  gender: Gender,
  idCardNumber: z.string().nullable(), // masked
  employmentType: EmploymentType,
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  postId: z.string().nullable(),
  postName: z.string().nullable(),
  subjectId: z.string(),
  subjectName: z.string(),
  userId: z.string().nullable(),
  legalProfessionQualification: z.boolean(),
  status: z.enum(['active', 'left']),
  certificate: CertificateDto.omit({ events: true }).nullable(),
  trainingHoursThisYear: z.number(),
  requiredTrainingHours: z.number(),
  alerts: z.array(CertificateAlertDto),
  version: z.number().int(),
  abilities: z.array(z.string()),
});
export type OfficerSummaryDto = z.infer<typeof OfficerSummaryDto>;

export const TrainingDto = z.object({ id: z.string(), course: z.string(), hours: z.number(), date: z.string(), examScore: z.number().nullable(), provider: z.string().nullable() });
export const OfficerRecordDto = z.object({
  id: z.string(),
  type: z.enum(['reward', 'discipline']),
  kind: z.string(),
  title: z.string(),
  decidedOn: z.string(),
  endsOn: z.string().nullable(),
  issuedBy: z.string().nullable(),
  rescinded: z.boolean(),
  rescindReason: z.string().nullable(),
});
export const CommitmentDto = z.object({ id: z.string(), year: z.number().int(), signedOn: z.string(), content: z.string() });
export const OfficerHistoryDto = z.object({ at: z.string(), actorName: z.string().nullable(), action: z.string(), changes: z.record(z.string(), z.unknown()) });

export const OfficerDetailDto = OfficerSummaryDto.extend({
  education: z.string().nullable(),
  legalProfessionCertificateNumber: z.string().nullable(),
  hasPhoto: z.boolean(),
  certificates: z.array(CertificateDto),
  trainings: z.array(TrainingDto),
  records: z.array(OfficerRecordDto),
  commitments: z.array(CommitmentDto),
  history: z.array(OfficerHistoryDto),
});
export type OfficerDetailDto = z.infer<typeof OfficerDetailDto>;

export const OfficerList = z.object({ items: z.array(OfficerSummaryDto), total: z.number().int() });
export const OfficerListQuery = z.object({
  q: z.string().trim().max(64).optional(),
  departmentId: z.uuid().optional(),
  certificateStatus: CertificateStatus.optional(),
  /** 'expiring' = within the reminder lead time; 'overdueReview'; 'trainingDeficit' = below this year's minimum. */
  alert: z.enum(['expiring', 'overdueReview', 'trainingDeficit', 'any']).optional(),
  status: z.enum(['active', 'left']).default('active'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const OfficerDashboardDto = z.object({
  certified: z.number().int(),
  expiringSoon: z.number().int(),
  overdueReviews: z.number().int(),
  belowTrainingMinimum: z.number().int(),
  leadDays: z.number().int(),
  year: z.number().int(),
  requiredTrainingHours: z.number(),
});

const idCard = z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, '身份证号码为 18 位');
export const SaveOfficerRequest = z.object({
  name: z.string().trim().min(2, '请输入姓名').max(32),
  gender: Gender,
  idCardNumber: idCard,
  employmentType: EmploymentType,
  departmentId: z.uuid('请选择科室'),
  postId: z.uuid().nullable().optional(),
  subjectId: z.uuid().optional(),
  userId: z.uuid().nullable().optional(),
  legalProfessionQualification: z.boolean().default(false),
  legalProfessionCertificateNumber: z.string().trim().max(64).nullable().optional(),
  education: z.string().trim().max(64).nullable().optional(),
});
export const UpdateOfficerRequest = SaveOfficerRequest.partial().extend({ version: z.number().int(), changeReason: z.string().trim().max(200).optional() });
export const OfficerLeaveRequest = z.object({ reason: z.string().trim().min(1, '请填写离岗原因').max(500), version: z.number().int() });

export const AddTrainingRequest = z.object({
  course: z.string().trim().min(1, '请输入课程名称').max(100),
  hours: z.number().positive('学时须大于 0').max(200).multipleOf(0.5, '学时以 0.5 为单位'),
  date: isoDate,
  examScore: z.number().min(0).max(100).nullable().optional(),
  provider: z.string().trim().max(100).nullable().optional(),
});
export const AddOfficerRecordRequest = z.object({
  type: z.enum(['reward', 'discipline']),
  /** discipline: warning | demerit | majorDemerit | demotion | removal | expulsion | criminal; reward: free kind. */
  kind: z.string().trim().min(1).max(32),
  title: z.string().trim().min(1, '请填写内容').max(200),
  decidedOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  issuedBy: z.string().trim().max(100).nullable().optional(),
});
export const RescindRecordRequest = z.object({ reason: z.string().trim().min(1, '请填写撤销理由').max(500) });
export const AddCommitmentRequest = z.object({ year: z.number().int().min(2000).max(2100), signedOn: isoDate, content: z.string().trim().min(1).max(4000) });

export const ApplyCertificateRequest = z.object({ categories: z.array(z.string().trim().min(1).max(32)).min(1, '请选择执法类别'), areas: z.array(z.string().trim().min(1).max(32)).min(1, '请选择执法区域') });
export const CertificateTransitionRequest = z.object({
  action: CertificateAction,
  reason: z.string().trim().max(500).optional(),
  version: z.number().int(),
  /** for issue */
  issue: z
    .object({
      number: z.string().trim().min(1).max(32),
      issuingAuthority: z.string().trim().min(1).max(100),
      categories: z.array(z.string().trim().min(1).max(32)).min(1),
      areas: z.array(z.string().trim().min(1).max(32)).min(1),
      validFrom: isoDate,
      validTo: isoDate,
    })
    .optional(),
  /** for passReview / failReview */
  reviewYear: z.number().int().min(2000).max(2100).optional(),
});

export const EligibilityQuery = z.object({ category: z.string().trim().min(1).max(32), area: z.string().trim().min(1).max(32), date: isoDate.optional() });
export const EligibilityDto = z.object({ allowed: z.boolean(), reasons: z.array(reason), date: z.string() });

/** Public certificate check (portal): masked name, no ID number, never anything else. */
export const PublicCertificateDto = z.object({
  number: z.string(),
  holderName: z.string(),
  departmentName: z.string().nullable(),
  subjectName: z.string(),
  categories: z.array(z.string()),
  areas: z.array(z.string()),
  status: CertificateStatus,
  statusLabel: z.string(),
  validTo: z.string().nullable(),
  checkedAt: z.string(),
});
