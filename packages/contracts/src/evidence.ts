/**
 * Evidence (证据) with its files and chain of custody, the structured records (询问笔录, 现场检查笔录), evidence
 * preservation (先行登记保存) and the property register (涉案财物 / 罚没财物). Money is integer fen; quantities are
 * decimal strings; instants ISO strings.
 */
import { z } from 'zod';

const text = (max: number, label: string) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过 ${max} 个字`);
const optionalText = (max: number, label: string) => z.string().trim().max(max, `${label}不超过 ${max} 个字`).default('');
const instant = z.iso.datetime({ offset: true, message: '时间格式不正确' });
const citation = z.object({ law: z.string(), article: z.string(), note: z.string().optional() });
const version = z.number().int().min(1);
const quantity = z.string().trim().regex(/^\d{1,9}(\.\d{1,3})?$/, '数量应为正数（最多三位小数）');

export const EvidenceKindEnum = z.enum(['documentary', 'physical', 'audioVisual', 'electronicData', 'witnessTestimony', 'partyStatement', 'expertOpinion', 'inspectionRecord'], '请选择证据种类');
export const ObtainedHowEnum = z.enum(['onSiteCollection', 'providedByParty', 'providedByThirdParty', 'inquiry', 'inspection', 'appraisal', 'retrieval', 'other'], '请选择取得方式');
export const RecordKindEnum = z.enum(['inquiry', 'inspection']);
export const CustodyKindEnum = z.enum(['collected', 'handedOver', 'checkedOut', 'returned', 'correction']);
export const PreservationStatusEnum = z.enum(['applied', 'emergency', 'approved', 'rejected', 'decided']);
export const PreservationDecisionEnum = z.enum(['forensicTesting', 'seizure', 'confiscationProposed', 'transfer', 'release'], '请选择处理决定');
export const PropertyStatusEnum = z.enum(['held', 'returned', 'auctioned', 'destroyed', 'handedToTreasury']);
export const PropertyDisposalEnum = z.enum(['returned', 'auctioned', 'destroyed', 'handedToTreasury'], '请选择处置方式');

export const RecordInput = z.object({
  kind: RecordKindEnum,
  startedAt: instant,
  endedAt: instant,
  certificatesShown: z.boolean(),
  person: z.object({ name: text(100, '被询问人／在场人'), role: z.enum(['party', 'witness', 'other']) }),
  content: text(20_000, '笔录内容'),
  signature: z.discriminatedUnion('kind', [z.object({ kind: z.literal('signed') }), z.object({ kind: z.literal('refused'), note: z.string().trim().max(500).default('') })]),
});
export type RecordInput = z.infer<typeof RecordInput>;

/** 证据登记; a record (笔录) is evidence of kind partyStatement / witnessTestimony / inspectionRecord with `record`. */
export const CreateEvidenceRequest = z.object({
  kind: EvidenceKindEnum,
  name: text(200, '证据名称'),
  source: text(300, '证据来源'),
  obtainedHow: ObtainedHowEnum,
  /** 收集人: officer ids (their certificate numbers are taken from the register). */
  collectorIds: z.array(z.uuid('执法人员不存在')).min(1, '请选择收集人').max(10),
  collectedAt: instant,
  place: text(300, '收集地点'),
  description: optionalText(2000, '说明'),
  /** The first holder (defaults to the first collector). */
  holder: z.string().trim().max(100).optional(),
  record: RecordInput.nullable().default(null),
});
export type CreateEvidenceRequest = z.infer<typeof CreateEvidenceRequest>;

export const CustodyEventRequest = z.object({
  kind: z.enum(['handedOver', 'checkedOut', 'returned', 'correction']),
  toHolder: text(100, '接收人（保管人）'),
  reason: text(500, '事由'),
  correctsSeq: z.number().int().min(1).nullable().default(null),
});
export type CustodyEventRequest = z.infer<typeof CustodyEventRequest>;

const OfficerRef = z.object({ officerId: z.string(), name: z.string(), certificateNumber: z.string().nullable() });

export const EvidenceFileDto = z.object({
  id: z.string(),
  fileName: z.string(),
  mime: z.string(),
  kind: z.string(),
  size: z.number(),
  sm3: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type EvidenceFileDto = z.infer<typeof EvidenceFileDto>;

export const CustodyEventDto = z.object({
  seq: z.number(),
  kind: CustodyKindEnum,
  fromHolder: z.string().nullable(),
  toHolder: z.string(),
  reason: z.string(),
  at: z.string(),
  correctsSeq: z.number().nullable(),
  actorName: z.string(),
});
export type CustodyEventDto = z.infer<typeof CustodyEventDto>;

export const EvidenceRecordDto = RecordInput.extend({
  officers: z.array(OfficerRef),
  place: z.string(),
});

export const EvidenceItemDto = z.object({
  id: z.string(),
  caseId: z.string(),
  seq: z.number(),
  kind: EvidenceKindEnum,
  kindLabel: z.string(),
  name: z.string(),
  source: z.string(),
  obtainedHow: ObtainedHowEnum,
  collectors: z.array(OfficerRef),
  collectedAt: z.string(),
  place: z.string(),
  description: z.string(),
  record: EvidenceRecordDto.nullable(),
  holder: z.string().nullable(),
  checkedOutBy: z.string().nullable(),
  custodyProblems: z.array(z.string()),
  files: z.array(EvidenceFileDto),
  custody: z.array(CustodyEventDto),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type EvidenceItemDto = z.infer<typeof EvidenceItemDto>;

export const PreservationItemInput = z.object({
  name: text(200, '物品名称'),
  spec: optionalText(200, '规格'),
  quantity,
  unit: text(20, '单位'),
});

export const ApplyPreservationRequest = z.object({
  reason: text(2000, '申请理由（证据可能灭失或以后难以取得的情形）'),
  emergency: z.boolean().default(false),
  items: z.array(PreservationItemInput).min(1, '请列明物品清单').max(200),
  location: text(300, '保存地点'),
  holder: text(100, '保管人'),
});
export type ApplyPreservationRequest = z.infer<typeof ApplyPreservationRequest>;

export const PreservationApprovalRequest = z.object({ version, opinion: text(1000, '审批意见') });
export const PreservationDecisionRequest = z.object({ version, decision: PreservationDecisionEnum, note: text(1000, '处理决定说明') });
export type PreservationDecisionRequest = z.infer<typeof PreservationDecisionRequest>;

export const PreservationDto = z.object({
  id: z.string(),
  caseId: z.string(),
  status: PreservationStatusEnum,
  statusLabel: z.string(),
  emergency: z.boolean(),
  reason: z.string(),
  items: z.array(z.object({ name: z.string(), spec: z.string(), quantity: z.string(), unit: z.string() })),
  location: z.string(),
  holder: z.string(),
  appliedBy: z.string(),
  appliedAt: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  opinion: z.string().nullable(),
  decision: PreservationDecisionEnum.nullable(),
  decisionLabel: z.string().nullable(),
  decisionNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  daysLeft: z.number().nullable(),
  overdue: z.boolean(),
  decidedLate: z.boolean(),
  ratificationOverdue: z.boolean(),
  provisional: z.boolean(),
  basis: citation,
  version: z.number(),
});
export type PreservationDto = z.infer<typeof PreservationDto>;

export const RegisterPropertyRequest = z.object({
  name: text(200, '财物名称'),
  quantity,
  unit: text(20, '单位'),
  location: text(300, '存放地点'),
  holder: text(100, '保管人'),
  note: optionalText(500, '备注'),
});
export type RegisterPropertyRequest = z.infer<typeof RegisterPropertyRequest>;

export const MovePropertyRequest = z.object({
  version,
  location: text(300, '存放地点'),
  holder: text(100, '保管人'),
  note: text(500, '移动事由'),
});
export const ApproveDisposalRequest = z.object({ version, disposal: PropertyDisposalEnum, opinion: text(1000, '审批意见') });
export const DisposePropertyRequest = z.object({
  version,
  to: PropertyDisposalEnum,
  proceedsFen: z.number().int('金额以分为单位，应为整数').min(0).max(100_000_000_000).nullable().default(null),
  note: text(500, '处置说明'),
});
export type DisposePropertyRequest = z.infer<typeof DisposePropertyRequest>;

export const PropertyMovementDto = z.object({
  seq: z.number(),
  kind: z.enum(['registered', 'moved', 'disposalApproved', 'disposed']),
  fromStatus: PropertyStatusEnum.nullable(),
  toStatus: PropertyStatusEnum,
  location: z.string(),
  holder: z.string(),
  note: z.string(),
  proceedsFen: z.number().nullable(),
  actorName: z.string(),
  at: z.string(),
});

export const PropertyDto = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  partyName: z.string(),
  preservationId: z.string().nullable(),
  name: z.string(),
  quantity: z.string(),
  unit: z.string(),
  location: z.string(),
  holder: z.string(),
  status: PropertyStatusEnum,
  statusLabel: z.string(),
  approvedDisposal: PropertyDisposalEnum.nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  proceedsFen: z.number().nullable(),
  version: z.number(),
  movements: z.array(PropertyMovementDto),
  createdAt: z.string(),
});
export type PropertyDto = z.infer<typeof PropertyDto>;

export const PropertyRegisterQuery = z.object({
  status: PropertyStatusEnum.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PropertyRegisterQuery = z.infer<typeof PropertyRegisterQuery>;

export const CaseEvidenceDto = z.object({
  items: z.array(EvidenceItemDto),
  preservations: z.array(PreservationDto),
  /** May the user add evidence, apply for preservation (state + role)? With the reason when not. */
  canAdd: z.boolean(),
  /** May record custody events and preservation decisions (any stage). */
  canManage: z.boolean(),
  addBlocked: z.object({ reason: z.string(), basis: citation }).nullable(),
  canApprove: z.boolean(),
  maxUploadBytes: z.number(),
});
export type CaseEvidenceDto = z.infer<typeof CaseEvidenceDto>;

export const CasePropertyDto = z.object({ items: z.array(PropertyDto), canManage: z.boolean(), canApprove: z.boolean() });
export type CasePropertyDto = z.infer<typeof CasePropertyDto>;
export const PropertyRegisterResponse = z.object({ items: z.array(PropertyDto), total: z.number(), page: z.number(), pageSize: z.number() });
export type PropertyRegisterResponse = z.infer<typeof PropertyRegisterResponse>;
