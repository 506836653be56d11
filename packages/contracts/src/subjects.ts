import { z } from 'zod';

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
export const SubjectKind = z.enum(['statutory', 'authorized', 'entrusted']);
export const SubjectStatus = z.enum(['confirmed', 'suspended', 'revoked']);
export const SubjectAction = z.enum(['confirm', 'suspend', 'restore', 'revoke']);

export const SubjectStatusChangeDto = z.object({
  action: SubjectAction,
  from: SubjectStatus.nullable(),
  to: SubjectStatus,
  reason: z.string().nullable(),
  decidedOn: z.string(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const SubjectDto = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  kind: SubjectKind,
  status: SubjectStatus.nullable(),
  legalBasis: z.string(),
  domains: z.array(z.string()),
  entrustingSubjectId: z.string().nullable(),
  entrustingSubjectName: z.string().nullable(),
  entrustmentScope: z.array(z.string()),
  entrustmentStart: z.string().nullable(),
  entrustmentEnd: z.string().nullable(),
  isBureauItself: z.boolean(),
  /** Problems with its standing today (entrustment expired, not confirmed …), each with its article. */
  problems: z.array(z.object({ code: z.string(), message: z.string(), basis: z.object({ law: z.string(), article: z.string() }) })),
  history: z.array(SubjectStatusChangeDto),
  version: z.number().int(),
  abilities: z.array(z.string()),
});
export type SubjectDto = z.infer<typeof SubjectDto>;

export const SubjectList = z.object({ items: z.array(SubjectDto), total: z.number().int() });

export const SaveSubjectRequest = z.object({
  name: z.string().trim().min(2, '请输入执法主体名称').max(100),
  creditCode: z.string().trim().toUpperCase().length(18, '统一社会信用代码为 18 位'),
  kind: SubjectKind,
  legalBasis: z.string().trim().min(1, '请填写主体资格的法律依据').max(2000),
  domains: z.array(z.string().trim().min(1).max(32)).max(50).default([]),
  entrustingSubjectId: z.uuid().nullable().optional(),
  entrustmentScope: z.array(z.string().trim().min(1).max(64)).max(200).default([]),
  entrustmentStart: isoDate.nullable().optional(),
  entrustmentEnd: isoDate.nullable().optional(),
  /** This record is the bureau itself (one per bureau): officers and cases default to it. */
  isBureauItself: z.boolean().optional(),
});
export const UpdateSubjectRequest = SaveSubjectRequest.extend({ version: z.number().int() });
export const SubjectTransitionRequest = z.object({
  action: SubjectAction,
  reason: z.string().trim().max(500).optional(),
  decidedOn: isoDate.optional(),
  version: z.number().int(),
});

/** The public list of confirmed subjects on the portal. */
export const PublicSubjectDto = z.object({
  name: z.string(),
  creditCode: z.string(),
  kind: SubjectKind,
  legalBasis: z.string(),
  domains: z.array(z.string()),
  entrustingSubjectName: z.string().nullable(),
  entrustmentScope: z.array(z.string()),
  entrustmentEnd: z.string().nullable(),
});
