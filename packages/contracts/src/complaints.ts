/**
 * 投诉、举报、信访 (complaints, reports, petitions): the public intake (no login: submit with attachments, track by
 * code) and the console (intake queue, detail with timeline / clocks / abilities, one route per action).
 * Dates are YYYY-MM-DD (Asia/Shanghai); instants ISO strings. The lifecycle and its guards live in
 * packages/domain/src/complaints (信访工作条例).
 *
 * Public routes (no login, rate-limited per IP; submissions also per contact):
 *   GET  /api/public/complaints/form            → PublicComplaintFormDto (with the bureau's supervision `channels`)
 *   POST /api/public/complaints                 multipart: fields of SubmitComplaintFields + up to 5 files `attachments`
 *                                               → 201 SubmitComplaintResponse (the tracking code, shown once)
 *   POST /api/public/complaints/track           body TrackComplaintRequest → TrackComplaintResponse
 *   GET  /api/public/complaints/track           header `x-tracking-code` → TrackComplaintResponse
 *     (the code never goes in the URL, so it never lands in access logs; a wrong code is a uniform 404)
 * Console routes (login; complaint:read to see, complaint:handle to act):
 *   GET  /api/complaints                        ComplaintListQuery → ComplaintListResponse
 *   POST /api/complaints                        RegisterComplaintRequest → 201 RegisterComplaintResponse
 *                                               (登记 a matter received by phone, letter or visit; complaint:handle)
 *   GET  /api/complaints/assignees              ?complaintId → ComplaintAssigneeOptionsDto (departments and their handlers;
 *                                               with complaintId, each handler's 回避 refusal when they are 被反映人)
 *   GET  /api/complaints/subject-options        → ComplaintSubjectOptionsDto (the staff a complaint can be about)
 *   GET  /api/complaints/:id                    → ComplaintDetailDto
 *   GET  /api/complaints/:id/attachments/:attachmentId   → the file (download)
 *   GET  /api/complaints/channels               → ComplaintChannelsDto (the bureau's 监督渠道 as published)
 *   PUT  /api/complaints/channels               UpdateComplaintChannelsRequest → ComplaintChannelsDto
 *                                               (complaint:handle with bureau scope; audited)
 *   POST /api/complaints/:id/actions/:action    body COMPLAINT_ACTION_BODIES[action] → ComplaintDetailDto
 *     (409 VERSION_CONFLICT when `version` is stale; 422 with reason + article when a guard refuses)
 */
import { z } from 'zod';
import { RegisterLeadRequest } from './cases.ts';
import { AbilityShape, ClockShape, StepShape, citation, isoDate, optionalText, text, version } from './console-shared.ts';

export const COMPLAINT_KINDS = ['complaint', 'report', 'petition'] as const;
export const ComplaintKind = z.enum(COMPLAINT_KINDS, '请选择事项类型');
export type ComplaintKind = z.infer<typeof ComplaintKind>;
export const COMPLAINT_KIND_LABELS: Record<ComplaintKind, string> = { complaint: '投诉', report: '举报', petition: '信访' };

export const COMPLAINT_SOURCES = ['online', 'phone', 'letter', 'visit'] as const;
export const ComplaintSource = z.enum(COMPLAINT_SOURCES, '请选择来源');
export type ComplaintSource = z.infer<typeof ComplaintSource>;
export const COMPLAINT_SOURCE_LABELS: Record<ComplaintSource, string> = {
  online: '网上提交',
  phone: '电话',
  letter: '来信',
  visit: '来访',
};

/** 建议意见类 / 检举控告类 / 申诉求决类 (信访工作条例 第二十九至三十一条). */
export const ComplaintCategoryDto = z.enum(['suggestion', 'accusation', 'claim'], '请选择事项类别');
export const ComplaintClaimRouteDto = z.enum(['administrativeProcedure', 'enforcementDuty', 'petitionOpinion']);
export const ComplaintReplyOpinionDto = z.enum(['support', 'explain', 'notSupport'], '请选择处理意见');
export const ComplaintNotAcceptedGroundDto = z.enum(
  ['notCompetent', 'statutoryProcedure', 'duplicateUnderHandling', 'finalAfterReexamination'],
  '请选择不予受理的理由',
);

/** Mirrors packages/domain COMPLAINT_STATES. */
export const COMPLAINT_STATE_VALUES = [
  'received',
  'accepted',
  'notAccepted',
  'transferred',
  'returned',
  'assigned',
  'replied',
  'reviewRequested',
  'reviewed',
  'reexaminationRequested',
  'reexamined',
  'closed',
] as const;
export const ComplaintStateDto = z.enum(COMPLAINT_STATE_VALUES);
export type ComplaintStateDto = z.infer<typeof ComplaintStateDto>;

// ---------------------------------------------------------------- public intake

export const COMPLAINT_ATTACHMENT_LIMITS = {
  maxFiles: 5,
  maxFileBytes: 10 * 1024 * 1024,
  mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
} as const;

/**
 * People write numbers as they read them ("139 1234 5678", "(025) 8888-6666", "+86 139…"): spaces, dashes, dots and
 * brackets and a +86 / 0086 prefix are dropped, so the stored number and the per-contact limit's blind index are the
 * same however it was typed. apps/web/src/portal/complaints/validate.ts mirrors this.
 */
export function normalisePhone(raw: string): string {
  return raw.replace(/[\s\-.()（）]/g, '').replace(/^(\+86|0086)(?=1\d{10}$)/, '');
}

const phone = z
  .string()
  .transform(normalisePhone)
  .pipe(z.string().regex(/^(1\d{10}|0\d{9,11})$/, '请填写正确的手机号或固定电话（如 139 1234 5678 或 025-12345678）'));
const email = z.email('请填写正确的电子邮箱').max(200);

/**
 * The text fields of the multipart form (each a form field of the same name). At least one of phone / email is
 * required, so the bureau can give written notice (第二十三条第二款) and the per-contact limit can count.
 */
export const SubmitComplaintFields = z
  .object({
    kind: ComplaintKind,
    category: ComplaintCategoryDto.default('claim'),
    contactName: text(50, '姓名'),
    contactPhone: z.union([z.literal(''), phone]).default(''),
    contactEmail: z.union([z.literal(''), email]).default(''),
    contactAddress: optionalText(300, '联系地址'),
    /** 反映对象: a department or an officer by name, as the citizen writes it. */
    about: optionalText(200, '反映对象'),
    subject: text(100, '标题'),
    text: text(5000, '事项内容'),
    /** Defaults to the portal's bureau. */
    bureauId: z.uuid().optional(),
  })
  .refine((v) => v.contactPhone !== '' || v.contactEmail !== '', {
    message: '请至少填写手机号或电子邮箱，以便告知办理情况',
    path: ['contactPhone'],
  });
export type SubmitComplaintFields = z.infer<typeof SubmitComplaintFields>;

export const SubmitComplaintResponse = z.object({
  /** Shown once: only its hash is stored. */
  trackingCode: z.string(),
  referenceNumber: z.string(),
  receivedOn: z.string(),
  state: ComplaintStateDto,
  stateLabel: z.string(),
  /** 书面告知是否受理 due by (15 days, 第二十三条第二款). */
  noticeDueOn: z.string().nullable(),
  attachmentCount: z.number(),
  message: z.string(),
});
export type SubmitComplaintResponse = z.infer<typeof SubmitComplaintResponse>;

// ---------------------------------------------------------------- supervision channels

const optionalLine = (max: number, label: string) => z.string().trim().max(max, `${label}不超过 ${max} 个字`).default('');
/**
 * 监督渠道: how the public reaches the bureau to report and supervise (举报电话、来信地址、电子邮箱、接待地点和时间).
 * Publishing them is part of accepting supervision (信访工作条例 第十五条: 向社会公布通信地址、电子信箱、投诉电话、
 * 信访接待的时间和地点). The online form is the portal's own. Empty strings mean "not published".
 */
export const ComplaintChannelsFields = z.object({
  hotline: z
    .union([z.literal(''), z.string().trim().regex(/^[0-9０-９-]{5,20}$/, '举报电话格式有误（如 0000-12345678）')])
    .default(''),
  hotlineHours: optionalLine(100, '电话接听时间'),
  mailAddress: optionalLine(200, '来信地址'),
  postcode: z.union([z.literal(''), z.string().trim().regex(/^\d{6}$/, '邮政编码应为6位数字')]).default(''),
  email: z.union([z.literal(''), email]).default(''),
  receptionAddress: optionalLine(200, '接待地点'),
  receptionHours: optionalLine(100, '接待时间'),
  note: optionalLine(500, '说明'),
});
export type ComplaintChannelsFields = z.infer<typeof ComplaintChannelsFields>;

export const ComplaintChannelsDto = z.object({
  hotline: z.string(),
  hotlineHours: z.string(),
  mailAddress: z.string(),
  postcode: z.string(),
  email: z.string(),
  receptionAddress: z.string(),
  receptionHours: z.string(),
  note: z.string(),
  /** Seeded placeholder values (not real numbers): the portal says so. */
  demo: z.boolean(),
  /** null until the bureau has saved its channels. */
  updatedAt: z.string().nullable(),
  version: z.number(),
});
export type ComplaintChannelsDto = z.infer<typeof ComplaintChannelsDto>;

export const UpdateComplaintChannelsRequest = ComplaintChannelsFields.extend({
  /** 0 when none saved yet; the current version otherwise (409 when stale). */
  version: z.number().int().min(0),
});
export type UpdateComplaintChannelsRequest = z.infer<typeof UpdateComplaintChannelsRequest>;

export const PublicComplaintFormDto = z.object({
  bureauName: z.string().nullable(),
  kinds: z.array(z.object({ value: ComplaintKind, label: z.string() })),
  categories: z.array(z.object({ value: ComplaintCategoryDto, label: z.string(), basis: citation })),
  maxFiles: z.number(),
  maxFileBytes: z.number(),
  mimeTypes: z.array(z.string()),
  /** Submissions per phone / email in 24 hours. */
  perContactDailyLimit: z.number(),
  notice: z.string(),
  /** The bureau's supervision channels (null when it has published none). */
  channels: ComplaintChannelsDto.nullable(),
});
export type PublicComplaintFormDto = z.infer<typeof PublicComplaintFormDto>;

export const TrackComplaintRequest = z.object({ code: z.string().trim().min(1, '请输入查询码').max(40, '查询码有误') });
export type TrackComplaintRequest = z.infer<typeof TrackComplaintRequest>;

export const TrackComplaintResponse = z.object({
  referenceNumber: z.string(),
  kind: ComplaintKind,
  kindLabel: z.string(),
  subject: z.string(),
  state: ComplaintStateDto,
  stateLabel: z.string(),
  receivedOn: z.string(),
  acceptedOn: z.string().nullable(),
  /** When the bureau must have told the citizen whether it accepts (while received). */
  noticeDueOn: z.string().nullable(),
  /** When it must conclude (while accepted / assigned), extensions included. */
  conclusionDueOn: z.string().nullable(),
  repliedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  /** The written reply (答复) or the not-accepted notice, as given to the citizen. */
  publicReply: z.string().nullable(),
  /** 满意度评价码, once closed (one use). */
  surveyCode: z.string().nullable(),
  timeline: z.array(z.object({ on: z.string(), label: z.string() })),
});
export type TrackComplaintResponse = z.infer<typeof TrackComplaintResponse>;

// ---------------------------------------------------------------- console

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const ComplaintListQuery = z.object({
  state: ComplaintStateDto.optional(),
  kind: ComplaintKind.optional(),
  overdue: flag.optional(),
  /** Searches subject and reference number. */
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ComplaintListQuery = z.infer<typeof ComplaintListQuery>;

export const ComplaintSummaryDto = z.object({
  id: z.string(),
  referenceNumber: z.string(),
  kind: ComplaintKind,
  kindLabel: z.string(),
  category: ComplaintCategoryDto,
  categoryLabel: z.string(),
  source: ComplaintSource,
  sourceLabel: z.string(),
  subject: z.string(),
  about: z.string(),
  /** Masked in lists (张*、138****0000). */
  contactName: z.string(),
  contactPhone: z.string(),
  state: ComplaintStateDto,
  stateLabel: z.string(),
  receivedOn: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  handlerUserId: z.string().nullable(),
  handlerName: z.string().nullable(),
  /** The earliest open clock's due date, and whether any open clock is past due. */
  nextDueOn: z.string().nullable(),
  overdue: z.boolean(),
  linkedCaseId: z.string().nullable(),
  version: z.number(),
});
export type ComplaintSummaryDto = z.infer<typeof ComplaintSummaryDto>;

export const ComplaintListResponse = z.object({
  items: z.array(ComplaintSummaryDto),
  total: z.number(),
  overdueCount: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type ComplaintListResponse = z.infer<typeof ComplaintListResponse>;

/** The shape of cases' CaseAbilityDto (without its suggestion and other reasons): why an action is blocked, with its article. */
export const ComplaintAbilityDto = AbilityShape;
export type ComplaintAbilityDto = z.infer<typeof ComplaintAbilityDto>;

export const ComplaintClockDto = ClockShape;
export type ComplaintClockDto = z.infer<typeof ComplaintClockDto>;

/** `on`: the day the step counts from (a date the handler may give), besides `at`, when it was recorded. */
export const ComplaintStepDto = StepShape.extend({ on: z.string() });
export type ComplaintStepDto = z.infer<typeof ComplaintStepDto>;

export const ComplaintAttachmentDto = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
});

/** 被反映人: a staff member of the bureau named as whom the complaint is about (id: officers.id, or users.id). */
export const ComplaintSubjectPersonDto = z.object({ id: z.string(), name: z.string(), departmentName: z.string().nullable() });
export type ComplaintSubjectPersonDto = z.infer<typeof ComplaintSubjectPersonDto>;

/**
 * 被反映人 as ids (officers.id for officers, users.id for staff without an officer record), from
 * GET /api/complaints/subject-options. Optional: 反映对象 stays free text for outsiders and the unknown.
 */
const subjectPersonIds = z.array(z.uuid('被反映人不存在')).max(10, '被反映人最多10人');

export const ComplaintDetailDto = ComplaintSummaryDto.extend({
  text: z.string(),
  /** 被反映人 (staff named at intake or acceptance): they may take no step on the matter (回避, 第二十八条第三款). */
  subjects: z.array(ComplaintSubjectPersonDto),
  /** Full contact for handlers in scope (the list masks it). */
  contact: z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable(), address: z.string().nullable() }),
  via: z.enum(['direct', 'transferred']),
  route: ComplaintClaimRouteDto.nullable(),
  acceptedOn: z.string().nullable(),
  noticeServedOn: z.string().nullable(),
  notAccepted: z
    .object({ ground: ComplaintNotAcceptedGroundDto, groundLabel: z.string(), redirectTo: z.string(), explanation: z.string() })
    .nullable(),
  reply: z
    .object({
      opinion: ComplaintReplyOpinionDto,
      opinionLabel: z.string(),
      text: z.string(),
      legalBasis: z.string(),
      repliedOn: z.string(),
    })
    .nullable(),
  extensions: z.array(z.object({ days: z.number(), reason: z.string(), on: z.string() })),
  /** 转送、交办 to another agency (第二十三条第一款), or 提出异议退回 to the one that sent it (第二十三条第三款). */
  redirect: z
    .object({ kind: z.enum(['transfer', 'returnToSender']), to: z.string(), note: z.string(), on: z.string() })
    .nullable(),
  outcome: z.string().nullable(),
  closedOn: z.string().nullable(),
  /** 满意度评价码 issued at closure (give it to the citizen). */
  surveyCode: z.string().nullable(),
  attachments: z.array(ComplaintAttachmentDto),
  steps: z.array(ComplaintStepDto),
  clocks: z.array(ComplaintClockDto),
  abilities: z.array(ComplaintAbilityDto),
});
export type ComplaintDetailDto = z.infer<typeof ComplaintDetailDto>;

export const ComplaintAssigneeOptionsQuery = z.object({ complaintId: z.uuid('投诉举报事项不存在').optional() });
export type ComplaintAssigneeOptionsQuery = z.infer<typeof ComplaintAssigneeOptionsQuery>;

export const ComplaintAssigneeOptionsDto = z.object({
  departments: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      handlers: z.array(
        z.object({
          userId: z.string(),
          name: z.string(),
          /** Why this person may not handle the complaint asked about (回避: they are its 被反映人); null when they may. */
          refusal: z.object({ code: z.string(), reason: z.string(), basis: citation }).nullable(),
        }),
      ),
    }),
  ),
});
export type ComplaintAssigneeOptionsDto = z.infer<typeof ComplaintAssigneeOptionsDto>;

export const ComplaintSubjectOptionsDto = z.object({ people: z.array(ComplaintSubjectPersonDto) });
export type ComplaintSubjectOptionsDto = z.infer<typeof ComplaintSubjectOptionsDto>;

/**
 * 登记 by intake staff of a matter received by phone, letter or visit (第十七条). No per-contact limit; contact
 * details are optional (a letter may give only an address; without any, no written notice is owed: 第二十三条第二款).
 */
export const RegisterComplaintRequest = z.object({
  kind: ComplaintKind,
  category: ComplaintCategoryDto.default('claim'),
  source: z.enum(['phone', 'letter', 'visit'], '请选择来源'),
  /** 直接提出, or 转送、交办 by a 信访 office or a superior (第二十三条第三款). */
  via: z.enum(['direct', 'transferred']).default('direct'),
  /** The day it reached the bureau (a letter's arrival); not after today. */
  receivedOn: isoDate,
  contactName: text(50, '姓名'),
  contactPhone: z.union([z.literal(''), phone]).default(''),
  contactEmail: z.union([z.literal(''), email]).default(''),
  contactAddress: optionalText(300, '联系地址'),
  about: optionalText(200, '反映对象'),
  /** 被反映人 when they are staff of the bureau (optional). */
  subjectPersonIds: subjectPersonIds.default([]),
  subject: text(100, '标题'),
  text: text(5000, '事项内容'),
});
export type RegisterComplaintRequest = z.infer<typeof RegisterComplaintRequest>;

export const RegisterComplaintResponse = z.object({
  /** Shown once, to tell the citizen (only its hash is stored). */
  trackingCode: z.string(),
  complaint: ComplaintDetailDto,
});
export type RegisterComplaintResponse = z.infer<typeof RegisterComplaintResponse>;

/** A dated action's body: the version seen and the day it was done (`on`, today when left out), then its own fields. */
const dated = <S extends z.ZodRawShape>(shape: S) => z.object({ version, on: isoDate.optional(), ...shape });

/** The body of each console action (one route per action). `on` defaults to today. */
export const COMPLAINT_ACTION_BODIES = {
  accept: dated({
    /** 书面告知 served on (null = not yet; a warning after 15 days, 第四十四条). */
    noticeServedOn: isoDate.nullable().default(null),
    /** Required for 申诉求决类 (第三十一条). */
    route: ComplaintClaimRouteDto.nullable().default(null),
    /** 被反映人 confirmed at acceptance: replaces the list recorded at intake; left out, the list stays. */
    subjectPersonIds: subjectPersonIds.optional(),
  }),
  notAccept: dated({
    ground: ComplaintNotAcceptedGroundDto,
    redirectTo: optionalText(300, '告知向何机关或途径提出'),
    explanation: text(2000, '不予受理理由'),
    noticeServedOn: isoDate.nullable().default(null),
  }),
  /** 转送、交办 to the agency competent for the matter (第二十三条第一款); the petitioner is told where it went. */
  transfer: dated({
    to: text(200, '转送、交办的承办机关'),
    note: optionalText(2000, '转送说明'),
    /** 书面告知信访人 served on (第二十三条第二款; late is a warning, 第四十四条). */
    noticeServedOn: isoDate.nullable().default(null),
  }),
  /** 提出异议并退回 a matter transferred here that is not this bureau's (第二十三条第三款: within 5 working days, with reasons). */
  returnToSender: dated({
    to: optionalText(200, '退回的转送、交办机关'),
    reason: text(2000, '异议理由'),
  }),
  assign: dated({
    departmentId: z.uuid('请选择承办部门'),
    handlerUserId: z.uuid('请选择承办人'),
  }),
  extend: dated({
    days: z.number().int('延长天数应为整数').min(1, '延长天数应大于0').max(30, '延长期限不得超过30日'),
    reason: text(2000, '延期理由'),
    approvedByLeader: z.boolean(),
    petitionerInformed: z.boolean(),
  }),
  reply: dated({
    opinion: ComplaintReplyOpinionDto,
    text: text(5000, '答复内容'),
    legalBasis: optionalText(1000, '法律法规依据'),
  }),
  close: dated({ outcome: text(1000, '办结情况') }),
  requestReview: dated({ note: optionalText(2000, '复查请求') }),
  answerReview: dated({ text: text(5000, '复查意见') }),
  requestReexamination: dated({ note: optionalText(2000, '复核请求') }),
  answerReexamination: dated({ text: text(5000, '复核意见') }),
  /**
   * 转为案件线索: registers a penalty-case lead (source 'complaint') and links it both ways. Its fields are the case
   * lead's own (RegisterLeadRequest), so they are checked as a lead registered on the case console is.
   */
  openCaseLead: RegisterLeadRequest.pick({ powerId: true, departmentId: true, leadSummary: true }).extend({
    version,
    party: RegisterLeadRequest.shape.party.pick({ kind: true, name: true }),
  }),
} as const;
export type ComplaintActionName = keyof typeof COMPLAINT_ACTION_BODIES;
export const COMPLAINT_CONSOLE_ACTIONS = Object.keys(COMPLAINT_ACTION_BODIES) as ComplaintActionName[];
export type ComplaintActionBody<A extends ComplaintActionName> = z.infer<(typeof COMPLAINT_ACTION_BODIES)[A]>;
