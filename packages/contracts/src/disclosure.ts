/**
 * 执法公示: the publication queue of decisions (console) and the portal's published decisions (no login).
 */
import { z } from 'zod';

const Citation = z.object({ law: z.string(), article: z.string(), note: z.string().optional() });

export const PUBLICATION_STATES = ['pending', 'withheld', 'published', 'withdrawn'] as const;
export const PublicationState = z.enum(PUBLICATION_STATES);
export type PublicationState = z.infer<typeof PublicationState>;

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
  overdue: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const PublicationQueueItemDto = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
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

export const WithdrawPublicationRequest = z.object({
  version,
  ground: z.enum(WITHDRAWAL_GROUNDS, '请选择撤回事由'),
  publicReason: z.string().trim().min(1, '请填写公开说明的理由').max(1000),
  alteredOn: localDate,
});

export const DisclosureSettingsDto = z.object({
  partyNameStyle: z.enum(PARTY_NAME_STYLES),
  expiryPreset: z.enum(EXPIRY_PRESETS),
  excludeWarningOnly: z.boolean(),
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
  title: z.string(),
  decisionNumber: z.string(),
  partyDisplay: z.string(),
  penaltySummary: z.string(),
  decidedOn: z.string(),
  publishedOn: z.string(),
});
export type PublicDecisionItemDto = z.infer<typeof PublicDecisionItemDto>;

export const PublicDecisionListDto = z.object({
  items: z.array(PublicDecisionItemDto),
  total: z.number(),
  totalCapped: z.boolean(),
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
