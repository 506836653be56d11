/**
 * 执法公示: the publication queue of decisions (console) and the portal's published decisions (no login).
 */
import { z } from 'zod';

const Citation = z.object({ law: z.string(), article: z.string(), note: z.string().optional() });

export const PUBLICATION_STATES = ['pending', 'withheld', 'published', 'withdrawn', 'expired'] as const;
export const PublicationState = z.enum(PUBLICATION_STATES);
export type PublicationState = z.infer<typeof PublicationState>;

/** 行政处罚决定 (from a case), 行政许可决定 and other enforcement results (registered in the queue directly). */
export const DISCLOSURE_RESULT_TYPES = ['penalty', 'licence', 'other'] as const;
export const DisclosureResultType = z.enum(DISCLOSURE_RESULT_TYPES);
export type DisclosureResultType = z.infer<typeof DisclosureResultType>;

export const WITHDRAWAL_GROUNDS = ['changed', 'revoked', 'confirmedIllegal', 'confirmedVoid'] as const;
export const PARTY_NAME_STYLES = ['surnameMou', 'surnameStars', 'full'] as const;
export const EXPIRY_PRESETS = ['default', 'samr', 'hebei', 'none'] as const;

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD');
const version = z.number().int().positive();

export const PublicationFlagsDto = z.object({
  minor: z.boolean().default(false),
  privacy: z.boolean().default(false),
  stateSecret: z.boolean().default(false),
  commercialSecret: z.boolean().default(false),
  securityRisk: z.boolean().default(false),
});

const Refusal = z.object({ code: z.string(), reason: z.string(), basis: Citation });

export const PublicationQueueQuery = z.object({
  state: PublicationState.optional(),
  resultType: DisclosureResultType.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const PublicationQueueItemDto = z.object({
  id: z.uuid(),
  /** Null for a licence or other result registered directly. */
  caseId: z.uuid().nullable(),
  resultType: DisclosureResultType,
  resultTypeLabel: z.string(),
  /** The matter from the power list (licences and other results). */
  matterName: z.string().nullable(),
  decisionNumber: z.string(),
  partyDisplay: z.string(),
  partyKind: z.enum(['citizen', 'organisation']),
  penaltySummary: z.string(),
  decidedOn: z.string(),
  dueOn: z.string(),
  state: PublicationState,
  stateLabel: z.string(),
  overdue: z.boolean(),
  publishedOn: z.string().nullable(),
  withdrawalDueOn: z.string().nullable(),
  /**
   * The decision was registered as changed / revoked / confirmed illegal or void while published: the 3-day
   * withdrawal clock (第四十八条第二款) runs until the editor withdraws; `overdue` is then set past `dueOn`.
   */
  alteration: z
    .object({ ground: z.string(), groundLabel: z.string(), alteredOn: z.string(), document: z.string(), dueOn: z.string() })
    .nullable()
    .default(null),
  refusals: z.array(Refusal),
  version: z.number(),
});
export type PublicationQueueItemDto = z.infer<typeof PublicationQueueItemDto>;

export const PublicationQueueDto = z.object({
  items: z.array(PublicationQueueItemDto),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  overdueCount: z.number(),
});

const Leak = z.object({ kind: z.string(), label: z.string(), rule: z.string(), start: z.number(), end: z.number() });
const Finding = z.object({
  kind: z.string(),
  label: z.string(),
  rule: z.string(),
  start: z.number(),
  end: z.number(),
  note: z.string().optional(),
});

export const PublicationDetailDto = PublicationQueueItemDto.extend({
  title: z.string(),
  /** Exactly the text the portal shows (published: the stored text; otherwise the current rendering). */
  text: z.string(),
  findings: z.array(Finding),
  leaks: z.array(Leak),
  skippedNames: z.array(z.string()),
  /** 疑似姓名 near a cue word (证人, 代理人 …) left visible: the editor confirms or adds them to 补充隐名. */
  suspectedNames: z.array(z.string()),
  flags: PublicationFlagsDto,
  extraPersons: z.array(z.string()),
  extraHidden: z.array(z.string()),
  edited: z.boolean(),
  publishable: z.boolean(),
  expiresOn: z.string().nullable(),
  withdrawal: z
    .object({
      ground: z.string(),
      groundLabel: z.string(),
      reason: z.string(),
      alteredOn: z.string(),
      withdrawnOn: z.string(),
      late: z.boolean(),
    })
    .nullable(),
  basis: z.array(Citation),
});
export type PublicationDetailDto = z.infer<typeof PublicationDetailDto>;

const list = (max: number, label: string) => z.array(z.string().trim().min(1, `${label}不能为空`).max(200)).max(max);

export const UpdateMaskingRequest = z.object({
  version,
  extraPersons: list(50, '姓名'),
  extraHidden: list(50, '隐去内容'),
  editedText: z.string().max(20_000).nullable(),
});

export const UpdatePublicationFlagsRequest = z.object({ version, flags: PublicationFlagsDto });

export const PublishRequest = z.object({ version });

/** Registering that a published decision was changed / revoked / confirmed illegal or void: opens the 3-day clock. */
export const RegisterAlterationRequest = z.object({
  version,
  ground: z.enum(WITHDRAWAL_GROUNDS, '请选择撤回事由'),
  alteredOn: localDate,
  document: z.string().trim().min(1, '请填写变更、撤销或确认的文书名称及文号').max(200, '文书不超过200字'),
});

/**
 * Withdrawal: after a registered alteration, the reason only (ground and date are the registered ones); or
 * registration and withdrawal at once, with ground, date and document.
 */
export const WithdrawPublicationRequest = z.object({
  version,
  ground: z.enum(WITHDRAWAL_GROUNDS, '请选择撤回事由').optional(),
  publicReason: z.string().trim().min(1, '请填写公开说明的理由').max(1000),
  alteredOn: localDate.optional(),
  document: z.string().trim().max(200, '文书不超过200字').optional(),
});

const trimmed = (max: number, label: string) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** 公示编辑 registers a 行政许可决定 or another enforcement result (检查结果 …) into the publication queue. */
export const RegisterResultRequest = z
  .object({
    resultType: z.enum(['licence', 'other'], '请选择结果类型'),
    /** For 'other': what kind of result (检查结果、年度考核结果 …). */
    resultLabel: optionalText(20),
    decisionNumber: trimmed(60, '许可证号或文书编号'),
    powerId: z.uuid('请从权责清单选择事项'),
    departmentId: z.uuid().nullish(),
    partyKind: z.enum(['citizen', 'organisation'], '请选择申请人类型'),
    partyName: trimmed(100, '申请人（当事人）名称'),
    partyIdNumber: optionalText(30),
    partyAddress: optionalText(200),
    partyBirthDate: localDate.nullish(),
    decidedOn: localDate,
    content: trimmed(5000, '决定内容或结果'),
    legalBasis: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  })
  .refine((v) => v.resultType !== 'other' || v.resultLabel, { message: '请填写结果类别（如检查结果）', path: ['resultLabel'] })
  // A person's age decides whether the result may be published at all (未成年人保护法): asked, not guessed.
  .refine((v) => v.partyKind !== 'citizen' || v.partyBirthDate, { message: '请填写出生日期（未成年人的信息不予公开）', path: ['partyBirthDate'] });
export type RegisterResultRequest = z.input<typeof RegisterResultRequest>;

export const DisclosureSettingsDto = z.object({
  partyNameStyle: z.enum(PARTY_NAME_STYLES),
  expiryPreset: z.enum(EXPIRY_PRESETS),
  excludeWarningOnly: z.boolean(),
  /** 简易程序 decisions not published (default false). */
  excludeSimpleProcedure: z.boolean().default(false),
  version: z.number(),
});
export const UpdateDisclosureSettingsRequest = DisclosureSettingsDto.extend({ version: z.number().int().min(0) });

// ---- portal ----

export const PublicDecisionQuery = z.object({
  q: z.string().trim().max(40, '检索词不超过40字').optional(),
  page: z.coerce.number().int().min(1).max(500).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

export const PublicDecisionItemDto = z.object({
  id: z.uuid(),
  resultType: DisclosureResultType,
  /** 行政处罚, 行政许可, or the other result's kind (检查结果 …). */
  resultTypeLabel: z.string(),
  title: z.string(),
  decisionNumber: z.string(),
  partyDisplay: z.string(),
  penaltySummary: z.string(),
  decidedOn: z.string(),
  publishedOn: z.string(),
});
export type PublicDecisionItemDto = z.infer<typeof PublicDecisionItemDto>;

/**
 * Counts are capped so a common search term does not count a million rows: the listing up to
 * PUBLIC_LIST_COUNT_CAP, a search up to PUBLIC_SEARCH_COUNT_CAP. `totalCapped` means "more than `total`" (shown as
 * 超过 N 条); deeper pages know more rows exist from `hasMore` (the page is fetched one row ahead), never from a guess.
 */
export const PUBLIC_LIST_COUNT_CAP = 1_000;
export const PUBLIC_SEARCH_COUNT_CAP = 200;

export const PublicDecisionListDto = z.object({
  items: z.array(PublicDecisionItemDto),
  /** Exact when `totalCapped` is false; otherwise a lower bound: there are more than `total` results. */
  total: z.number(),
  totalCapped: z.boolean(),
  /** A next page exists (exact, whatever the cap). Optional for clients of the earlier shape. */
  hasMore: z.boolean().optional(),
  page: z.number(),
  pageSize: z.number(),
  /** Set when the query cannot be searched (e.g. a single character). */
  message: z.string().nullable(),
});
export type PublicDecisionListDto = z.infer<typeof PublicDecisionListDto>;

export const PublicDecisionDetailDto = PublicDecisionItemDto.extend({
  agencyName: z.string(),
  text: z.string(),
  expiresOn: z.string().nullable(),
});
export type PublicDecisionDetailDto = z.infer<typeof PublicDecisionDetailDto>;
