import { z } from 'zod';
import { SanctionRangeDto } from './legal-basis.ts';

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const citation = z.object({ law: z.string(), article: z.string(), note: z.string().optional() });
const optText = (max: number) => z.string().trim().max(max, `不超过 ${max} 个字`).nullable().optional();
const page = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(500).default(50) };

export const PowerCategory = z.enum(['penalty', 'license', 'inspection', 'coercion', 'levy', 'confirmation', 'reward', 'adjudication', 'other']);
export const PowerListStatus = z.enum(['draft', 'approved', 'published', 'superseded', 'discarded']);
export const PowerListAction = z.enum(['approve', 'return', 'publish', 'discard']);
export const PowerItemChange = z.enum(['unchanged', 'added', 'modified', 'removed']);
export const CoverageStatus = z.enum(['red', 'amber', 'green']);

/** A basis as the list cites it; `articleIds` are the library articles it resolves to (empty: not linked). */
export const PowerBasisRefDto = z.object({
  law: z.string().trim().min(1, '请填写法律文件名称').max(200),
  article: z.string().trim().min(1, '请填写条款').max(200),
  gist: z.string().trim().max(1000),
  /** Library article ids; omitted → the server links the citation by document title and address. */
  articleIds: z.array(z.uuid()).max(50).optional(),
});

export const StatutoryTimeLimitDto = z.object({
  days: z.number().int().min(0).max(3650).nullable(),
  dayType: z.enum(['workingDays', 'calendarDays']),
  text: z.string().trim().max(200),
});

/** The fields of a power item (执法事项) that a draft edits; no defaults here, so a partial update sets only what it sends. */
const powerFields = {
  code: z.string().trim().regex(/^[A-Z]{2}-[A-Z]{2}-\d{3}$/, '编码格式应为“类别-领域-序号”，如 CF-LS-001'),
  catalogCode: optText(32),
  category: PowerCategory,
  catalogType: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1, '请填写事项名称').max(300),
  target: z.string().trim().max(200),
  basis: z.array(PowerBasisRefDto).max(30),
  departmentName: z.string().trim().max(100),
  level: z.string().trim().max(200),
  /** 执法类别 checked against certificates; defaults to the 领域 of the code. */
  enforcementField: z.string().trim().min(1).max(16),
  /** 执法区域 (GB/T 2260 division code). */
  area: z.string().trim().min(1, '请填写执法区域').max(32),
  sanctions: SanctionRangeDto.nullable(),
  hearingEligible: z.boolean(),
  hearingCondition: optText(500),
  scope: optText(2000),
  authority: optText(2000),
  standard: optText(2000),
  procedure: optText(4000),
  responsibility: optText(4000),
  accountabilityTriggers: z.array(z.string().trim().min(1).max(500)).max(50),
  statutoryTimeLimit: StatutoryTimeLimitDto.nullable(),
  fees: optText(500),
  supervisionChannel: optText(500),
  verification: z.enum(['verified', 'partial', 'unverified']),
  verificationNote: optText(2000),
  notes: z.string().trim().max(2000),
};
export const PowerInput = z.object({
  ...powerFields,
  target: powerFields.target.default(''),
  departmentName: powerFields.departmentName.default(''),
  level: powerFields.level.default(''),
  enforcementField: powerFields.enforcementField.optional(),
  sanctions: powerFields.sanctions.optional(),
  hearingEligible: powerFields.hearingEligible.default(false),
  accountabilityTriggers: powerFields.accountabilityTriggers.default([]),
  statutoryTimeLimit: powerFields.statutoryTimeLimit.optional(),
  verification: powerFields.verification.default('unverified'),
  notes: powerFields.notes.default(''),
});
export type PowerInput = z.infer<typeof PowerInput>;
export const UpdatePowerItemRequest = z.object(powerFields).partial().extend({ version: z.number().int() });
export const RemovePowerItemRequest = z.object({ reason: z.string().trim().min(1, '请填写删除理由').max(500), version: z.number().int() });

export const PowerItemDto = z.object({
  id: z.string(),
  /** The stable id of the power across list versions (breakdown, targets and coverage refer to it). */
  powerId: z.string(),
  listId: z.string(),
  change: PowerItemChange,
  code: z.string(),
  catalogCode: z.string().nullable(),
  category: PowerCategory,
  categoryLabel: z.string(),
  catalogType: z.string(),
  name: z.string(),
  target: z.string(),
  basis: z.array(z.object({ law: z.string(), article: z.string(), gist: z.string(), articleIds: z.array(z.string()) })),
  departmentName: z.string(),
  level: z.string(),
  enforcementField: z.string(),
  area: z.string(),
  sanctions: SanctionRangeDto.nullable(),
  hearingEligible: z.boolean(),
  hearingCondition: z.string().nullable(),
  scope: z.string().nullable(),
  authority: z.string().nullable(),
  standard: z.string().nullable(),
  procedure: z.string().nullable(),
  responsibility: z.string().nullable(),
  accountabilityTriggers: z.array(z.string()),
  statutoryTimeLimit: StatutoryTimeLimitDto.nullable(),
  fees: z.string().nullable(),
  supervisionChannel: z.string().nullable(),
  verification: z.enum(['verified', 'partial', 'unverified']),
  verificationNote: z.string().nullable(),
  notes: z.string(),
  version: z.number().int(),
  abilities: z.array(z.enum(['edit', 'remove'])),
});
export type PowerItemDto = z.infer<typeof PowerItemDto>;
export const PowerItemList = z.object({ items: z.array(PowerItemDto), total: z.number().int(), listId: z.string().nullable() });
export const PowerItemListQuery = z.object({
  listId: z.uuid().optional(),
  /** Items a draft removes are kept in the version, marked; shown only on request. */
  includeRemoved: z.enum(['0', '1']).optional(),
  category: PowerCategory.optional(),
  q: z.string().trim().max(100).optional(),
  ...page,
});

export const ListDraftProblemDto = z.object({ powerId: z.string(), code: z.string(), message: z.string(), basis: citation, blocking: z.boolean() });
export const PowerListVersionDto = z.object({
  id: z.string(),
  subjectId: z.string(),
  versionNo: z.number().int(),
  status: PowerListStatus,
  statusLabel: z.string(),
  title: z.string(),
  note: z.string().nullable(),
  draftedBy: z.string(),
  draftedByName: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedByName: z.string().nullable(),
  approvedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  statusReason: z.string().nullable(),
  itemCount: z.number().int(),
  changes: z.object({ added: z.number().int(), modified: z.number().int(), removed: z.number().int() }),
  version: z.number().int(),
  abilities: z.array(z.enum(['edit', 'import', 'approve', 'return', 'publish', 'discard'])),
});
export const PowerListVersionDetailDto = PowerListVersionDto.extend({ problems: z.array(ListDraftProblemDto) });
export const CreatePowerListRequest = z.object({ title: z.string().trim().min(1).max(200).optional(), note: optText(2000) });
export const PowerListTransitionRequest = z.object({ action: PowerListAction, reason: optText(500), version: z.number().int() });

/** 职权分解: a new arrangement from `effectiveFrom`; the one in force ends the day before (history is kept). */
export const AssignPowerRequest = z.object({
  departmentId: z.uuid('请选择承办科室').nullable(),
  postIds: z.array(z.uuid()).max(20).default([]),
  leaderInChargeId: z.uuid().nullable().optional(),
  effectiveFrom: isoDate.optional(),
  reason: z.string().trim().max(500).optional(),
  /** The arrangement the form was based on (null: none yet); a stale one is a 409. */
  currentAssignmentId: z.uuid().nullable(),
});
export const PowerAssignmentDto = z.object({
  id: z.string(),
  powerId: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  posts: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(['A', 'B']), status: z.enum(['active', 'closed']) })),
  leaderInChargeId: z.string().nullable(),
  leaderInChargeName: z.string().nullable(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  reason: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  inForce: z.boolean(),
});

export const CoverageReasonDto = z.object({
  code: z.string(),
  severity: z.enum(['red', 'amber']),
  message: z.string(),
  basis: citation,
  articleId: z.string().optional(),
  officerId: z.string().optional(),
  postId: z.string().optional(),
});
export const OfficerOnPowerDto = z.object({
  officerId: z.string(),
  name: z.string(),
  postId: z.string(),
  postRole: z.enum(['A', 'B']),
  eligible: z.boolean(),
  reasons: z.array(z.object({ code: z.string(), message: z.string(), basis: citation })),
  lapsesOn: z.string().nullable(),
});
export const PowerCoverageDto = z.object({
  powerId: z.string(),
  code: z.string(),
  name: z.string(),
  category: PowerCategory,
  status: CoverageStatus,
  reasons: z.array(CoverageReasonDto),
  assignmentId: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  aPosts: z.array(z.object({ id: z.string(), name: z.string() })),
  bPosts: z.array(z.object({ id: z.string(), name: z.string() })),
  officers: z.array(OfficerOnPowerDto),
  eligibleCount: z.number().int(),
  required: z.number().int(),
  recommended: z.number().int(),
});
export const CoverageReportDto = z.object({
  date: z.string(),
  list: z.object({ id: z.string(), versionNo: z.number().int(), status: PowerListStatus }).nullable(),
  counts: z.object({ red: z.number().int(), amber: z.number().int(), green: z.number().int() }),
  /** Powers after the filters, one page. */
  powers: z.array(PowerCoverageDto),
  total: z.number().int(),
  uncoveredPenaltyArticles: z.array(z.object({ articleId: z.string(), label: z.string(), message: z.string(), basis: citation })),
  postsWithoutPower: z.array(z.object({ postId: z.string(), departmentId: z.string(), name: z.string(), message: z.string() })),
  ineligibleOfficers: z.array(
    z.object({
      officerId: z.string(),
      name: z.string(),
      postId: z.string(),
      powers: z.array(z.object({ powerId: z.string(), code: z.string(), reasons: z.array(z.object({ code: z.string(), message: z.string(), basis: citation })) })),
    }),
  ),
  /** The reverse views are cut to `reverseLimit` entries each; these are their full sizes (the export has all). */
  reverseTotals: z.object({ uncoveredPenaltyArticles: z.number().int(), postsWithoutPower: z.number().int(), ineligibleOfficers: z.number().int() }),
  /** How the report was obtained: 'full' recompute, 'incremental' update, or served from 'cache'. */
  computed: z.enum(['full', 'incremental', 'cache']),
});
export const CoverageQuery = z.object({
  status: CoverageStatus.optional(),
  reverseLimit: z.coerce.number().int().min(0).max(5000).default(100),
  departmentId: z.uuid().optional(),
  category: PowerCategory.optional(),
  q: z.string().trim().max(100).optional(),
  ...page,
});

export const PowerDetailDto = z.object({
  item: PowerItemDto,
  assignments: z.array(PowerAssignmentDto),
  coverage: PowerCoverageDto.nullable(),
  abilities: z.array(z.enum(['assign', 'setTargets'])),
});

/** 年度执法目标: per power, year, department (and optionally post) and metric. */
export const CreateTargetRequest = z.object({
  powerId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  departmentId: z.uuid('请选择科室'),
  postId: z.uuid().nullable().optional(),
  metric: z.string().trim().min(1).max(32).default('inspections'),
  planned: z.number().int().min(0).max(1_000_000),
  unit: z.string().trim().min(1).max(16).default('次'),
  note: optText(500),
});
export const UpdateTargetRequest = z.object({ planned: z.number().int().min(0).max(1_000_000), note: optText(500), version: z.number().int() });
export const TargetDto = z.object({
  id: z.string(),
  powerId: z.string(),
  powerCode: z.string(),
  powerName: z.string(),
  year: z.number().int(),
  departmentId: z.string(),
  departmentName: z.string(),
  postId: z.string().nullable(),
  postName: z.string().nullable(),
  metric: z.string(),
  planned: z.number().int(),
  unit: z.string(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export const TargetListQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), powerId: z.uuid().optional(), departmentId: z.uuid().optional() });

/** A catalogue entry in the shape of justice-powers.json (yuan in the file, fen inside). */
export const CatalogEntryJson = z.object({
  code: z.string(),
  category: z.string(),
  catalogType: z.string().default(''),
  name: z.string(),
  target: z.string().default(''),
  basis: z.array(z.object({ law: z.string(), article: z.string(), gist: z.string().default('') })),
  department: z.string().default(''),
  level: z.string().default(''),
  fineMin: z.number().nullable().default(null),
  fineMax: z.number().nullable().default(null),
  fineMultipleOfIllegalIncome: z.array(z.number()).nullable().default(null),
  suspensionMonthsMin: z.number().nullable().default(null),
  suspensionMonthsMax: z.number().nullable().default(null),
  otherSanctions: z.array(z.string()).default([]),
  hearingEligible: z.boolean().default(false),
  hearingCondition: z.string().nullable().default(null),
  verification: z.string().default('unverified'),
  verificationNote: z.string().nullable().default(null),
  notes: z.string().default(''),
  /** Beyond justice-powers.json: the 五要素 and the rest an export carries, so JSON round-trips. */
  enforcementField: z.string().max(16).optional(),
  scope: z.string().max(2000).nullable().optional(),
  authority: z.string().max(2000).nullable().optional(),
  standard: z.string().max(2000).nullable().optional(),
  procedure: z.string().max(4000).nullable().optional(),
  responsibility: z.string().max(4000).nullable().optional(),
  accountabilityTriggers: z.array(z.string().max(500)).max(50).optional(),
  statutoryTimeLimit: StatutoryTimeLimitDto.nullable().optional(),
  fees: z.string().max(500).nullable().optional(),
  supervisionChannel: z.string().max(500).nullable().optional(),
});
export const CatalogImportJson = z.object({
  /** 执法区域 of the implementing subject, e.g. 320100. */
  area: z.string().trim().min(1).max(32),
  items: z.array(z.unknown()).min(1, '文件中没有事项').max(10_000),
});
export const CatalogImportQuery = z.object({ area: z.string().trim().min(1, '请填写执法区域').max(32) });
export const PowerImportDto = z.object({
  id: z.string(),
  listId: z.string(),
  status: z.enum(['validating', 'validated', 'committing', 'committed', 'failed']),
  progress: z.number().min(0).max(1),
  fileName: z.string().nullable(),
  format: z.enum(['xlsx', 'json']),
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
  errorCount: z.number().int(),
  /** Bases that could not be linked to library articles (not errors: the coverage check shows them amber). */
  unlinkedBases: z.number().int(),
  failureReason: z.string().nullable(),
  imported: z.number().int().nullable(),
  createdAt: z.string(),
});
export type PowerImportDto = z.infer<typeof PowerImportDto>;
export const StartPowerImportResponse = z.object({ importId: z.string() });
export const CommitPowerImportRequest = z.object({ mode: z.enum(['all', 'validOnly']) });
export const CommitPowerImportResponse = z.object({ added: z.number().int(), updated: z.number().int(), skipped: z.number().int() });
