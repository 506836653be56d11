/**
 * Discretion benchmarks (裁量基准, 行政处罚法 第三十四条): zod mirrors of packages/domain/src/discretion types
 * (DiscretionBenchmark, DiscretionFacts, ProposedPenalty — same fields, same enums; the server checks the match at
 * compile time), the calculator's result and the proposal check, and the portal's public power list.
 * Money is integer fen; multiples of the illegal income are integer percent (1倍 = 100); suspensions whole months.
 */
import { z } from 'zod';

/** Chinese messages for type errors, missing fields and unknown keys (zod's defaults are English). */
const err =
  (what: string) =>
  (iss: z.core.$ZodRawIssue): string =>
    iss.code === 'unrecognized_keys' ? `无法识别的字段：${iss.keys.join('、')}` : iss.input === undefined ? '此项必填' : what;
const obj = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, { error: err('格式不正确') });
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: err('应为列表') });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: err('取值不在允许范围内') });
const bool = () => z.boolean({ error: err('应为是或否') });
const int = () => z.number({ error: err('应为整数') }).int('应为整数');
const fen = int().min(0, '不能为负数');
const count = int().min(0, '不能为负数');
const text = (max: number) =>
  z
    .string({ error: err('应为文本') })
    .trim()
    .max(max, `不超过 ${max} 个字`);
const required = (max: number, message: string) => text(max).min(1, message);

export const DiscretionCitation = obj({
  law: required(300, '请填写法律文件名称'),
  article: text(200),
  note: text(2000).optional(),
});

export const TierKindEnum = oneOf(['exempt', 'mitigated', 'lighter', 'ordinary', 'heavier']);
export const HarmLevelEnum = oneOf(['none', 'minor', 'ordinary', 'serious']);
export const CorrectionStateEnum = oneOf(['prompt', 'late', 'none', 'refused']);
export const MentalStateEnum = oneOf(['sound', 'lucidInterval', 'limited', 'incapable']);
export const DiscretionSanctionKindEnum = oneOf(['warning', 'circulatedCriticism', 'confiscateIllegalIncome', 'confiscateIllegalProperty', 'revokeLicence', 'deregister']);
export const SuspensionKindEnum = oneOf(['restrictPractice', 'suspendBusiness', 'suspendAppraisal']);
export const GroundEffectEnum = oneOf(['exempt', 'mustMitigate', 'mayMitigate', 'aggravate']);
export const DiscretionSourceTagEnum = oneOf(['V', 'S', 'U', 'design']);
export const NumericFactEnum = oneOf(['illegalIncomeFen', 'priorViolations', 'durationMonths', 'ageYears']);

/** The condition language of benchmarks and grounds (domain DiscretionCondition), recursive. */
export type DiscretionConditionInput =
  | { all: DiscretionConditionInput[] }
  | { any: DiscretionConditionInput[] }
  | { fact: z.infer<typeof NumericFactEnum>; min?: number | undefined; max?: number | undefined; over?: number | undefined; under?: number | undefined }
  | { fact: 'harm'; min?: z.infer<typeof HarmLevelEnum> | undefined; max?: z.infer<typeof HarmLevelEnum> | undefined }
  | { fact: 'correction'; min?: z.infer<typeof CorrectionStateEnum> | undefined; max?: z.infer<typeof CorrectionStateEnum> | undefined }
  | { fact: 'minorViolation' | 'noFaultProven'; is: boolean }
  | { fact: 'party'; is: 'naturalPerson' | 'organization' }
  | { fact: 'mentalState'; is: z.infer<typeof MentalStateEnum> }
  | { circumstance: string };

export const DiscretionCondition: z.ZodType<DiscretionConditionInput> = z.lazy(() =>
  z.union(
    [
      obj({ all: list(DiscretionCondition).min(1).max(30) }),
      obj({ any: list(DiscretionCondition).min(1).max(30) }),
      obj({ fact: NumericFactEnum, min: count.optional(), max: count.optional(), over: count.optional(), under: count.optional() }),
      obj({ fact: z.literal('harm'), min: HarmLevelEnum.optional(), max: HarmLevelEnum.optional() }),
      obj({ fact: z.literal('correction'), min: CorrectionStateEnum.optional(), max: CorrectionStateEnum.optional() }),
      obj({ fact: oneOf(['minorViolation', 'noFaultProven']), is: bool() }),
      obj({ fact: z.literal('party'), is: oneOf(['naturalPerson', 'organization']) }),
      obj({ fact: z.literal('mentalState'), is: MentalStateEnum }),
      obj({ circumstance: required(64, '请填写情形代码') }),
    ],
    { error: '适用条件格式不正确' },
  ),
);

export const FenRange = obj({ minFen: fen, maxFen: fen });
export const PercentRange = obj({ minPercent: count, maxPercent: count });
export const SuspensionRange = obj({ kind: SuspensionKindEnum, minMonths: count, maxMonths: count });

export const TierLevel = obj({
  code: required(32, '请填写档次代码'),
  label: required(32, '请填写档次名称'),
  kind: TierKindEnum,
  required: bool(),
});
export const TierScheme = obj({
  id: required(64, '请填写档次方案代码'),
  name: required(100, '请填写档次方案名称'),
  levels: list(TierLevel).min(1).max(10),
  source: DiscretionCitation,
});

export const DiscretionGround = obj({
  id: required(64, '请填写情形代码'),
  label: required(200, '请填写情形'),
  effect: GroundEffectEnum,
  when: DiscretionCondition,
  basis: DiscretionCitation,
  effectText: text(100).optional(),
  lighterOnly: bool().optional(),
  measure: text(200).optional(),
  tag: DiscretionSourceTagEnum,
});

export const DeviationRule = obj({
  requiresWrittenReason: bool(),
  requiresLegalReview: bool(),
  requiresCollectiveDiscussion: bool(),
  basis: list(DiscretionCitation).max(10),
});

export const DiscretionPolicy = obj({
  id: required(64, '请填写裁量规则代码'),
  province: required(32, '请填写省份'),
  scheme: TierScheme,
  mitigatingGrounds: list(DiscretionGround).max(50),
  aggravatingGrounds: list(DiscretionGround).max(50),
  reductionThreshold: int().min(1, '应为正整数').nullable(),
  priorViolationLookBackYears: int().min(1, '应为正整数').max(50, '不超过50年').nullable(),
  deviation: DeviationRule,
  circumstanceLabels: z.record(text(64), text(200), { error: err('格式不正确') }),
  source: DiscretionCitation,
});

export const StatutoryRange = obj({
  basis: list(DiscretionCitation).min(1, '请填写法定依据').max(10),
  fine: obj({ minFen: fen, maxFen: fen, mandatory: bool() }).nullable(),
  fineMultiple: obj({ minPercent: count, maxPercent: count, mandatory: bool(), capFen: fen.nullable() }).nullable(),
  suspension: obj({ kind: SuspensionKindEnum, minMonths: count, maxMonths: count, mandatory: bool() }).nullable(),
  sanctions: list(DiscretionSanctionKindEnum).max(10),
  mandatorySanctions: list(DiscretionSanctionKindEnum).max(10),
  otherMeasures: list(text(200)).max(20),
});

export const DiscretionTier = obj({
  level: required(32, '请选择档次'),
  clause: text(100),
  conditionText: text(1000).optional(),
  when: DiscretionCondition.optional(),
  default: bool().optional(),
  fine: FenRange.optional(),
  fineMultiple: PercentRange.optional(),
  suspension: SuspensionRange.optional(),
  sanctions: list(DiscretionSanctionKindEnum).max(10),
  description: required(1000, '请填写处罚内容'),
  note: text(1000).optional(),
});

export const FirstViolationEntry = obj({
  description: required(500, '请填写违法行为'),
  when: DiscretionCondition.optional(),
  source: DiscretionCitation,
});

export const DiscretionBenchmarkInput = obj({
  powerCode: required(32, '请填写事项编码'),
  powerName: required(300, '请填写事项名称'),
  source: DiscretionCitation,
  statutory: StatutoryRange,
  policy: DiscretionPolicy,
  tiers: list(DiscretionTier).min(1, '至少设一个档次').max(10),
  firstViolationEntries: list(FirstViolationEntry).max(20),
  noFaultExemptionExcludedBy: DiscretionCitation.optional(),
});
export type DiscretionBenchmarkInput = z.infer<typeof DiscretionBenchmarkInput>;

export const DiscretionParty = z.discriminatedUnion(
  'kind',
  [
    obj({ kind: z.literal('naturalPerson'), ageYears: int().min(0, '年龄不能为负数').max(150, '年龄应在0至150周岁之间'), mentalState: MentalStateEnum }),
    obj({ kind: z.literal('organization') }),
  ],
  { error: err('当事人类型应为自然人或者法人、其他组织') },
);

export const DiscretionFactsInput = obj({
  party: DiscretionParty,
  minorViolation: bool(),
  harm: HarmLevelEnum,
  correction: CorrectionStateEnum,
  priorViolations: count,
  illegalIncomeFen: fen,
  durationMonths: count,
  noFaultProven: bool(),
  circumstances: list(required(64, '情形代码不能为空')).max(50),
});
export type DiscretionFactsInput = z.infer<typeof DiscretionFactsInput>;

export const ProposedPenaltyInput = obj({ fineFen: fen, suspensionMonths: count, sanctions: list(DiscretionSanctionKindEnum).max(10) });

// ——— API ———

const citationOut = z.object({ law: z.string(), article: z.string(), note: z.string().optional() });

export const BenchmarkProblemDto = z.object({
  code: z.string(),
  message: z.string(),
  tier: z.string().nullable(),
  basis: citationOut,
  blocking: bool(),
});

export const BenchmarkVersionDto = z.object({
  versionNo: z.number().int(),
  status: oneOf(['draft', 'published']),
  statusLabel: z.string(),
  current: bool(),
  note: z.string().nullable(),
  savedByName: z.string().nullable(),
  savedAt: z.string(),
});

export const PowerDiscretionDto = z.object({
  powerId: z.string(),
  powerCode: z.string(),
  powerName: z.string(),
  category: z.string(),
  /** The statutory range the power's list item states (null: not a penalty power, or no sanctions listed). */
  statutory: StatutoryRange.nullable(),
  /** The latest published version: what the calculator and the portal use. */
  current: BenchmarkVersionDto.extend({ benchmark: DiscretionBenchmarkInput }).nullable(),
  /** A draft saved after the current version, if any. */
  draft: BenchmarkVersionDto.extend({ benchmark: DiscretionBenchmarkInput }).nullable(),
  /** A starting point generated from the statutory range (thirds, 示例) when nothing has been saved yet. */
  suggested: DiscretionBenchmarkInput.nullable(),
  problems: list(BenchmarkProblemDto),
  /** Send back as `version` when saving: the newest version number (0 before the first save). */
  version: z.number().int(),
  history: list(BenchmarkVersionDto),
  abilities: list(oneOf(['edit', 'compute'])),
});
export type PowerDiscretionDto = z.infer<typeof PowerDiscretionDto>;

export const SaveBenchmarkRequest = obj({
  benchmark: DiscretionBenchmarkInput,
  version: count,
  /** false: keep as a draft (not used by the calculator, not public). */
  publish: bool().default(true),
  note: text(500).optional(),
});

export const ComputeDiscretionRequest = obj({
  powerId: z.uuid('执法事项不存在'),
  facts: DiscretionFactsInput,
  /** A saved version to try (e.g. a draft); default: the current published one. */
  versionNo: int().min(1, '版本号应为正整数').optional(),
});
export const CheckPenaltyRequest = ComputeDiscretionRequest.extend({ proposed: ProposedPenaltyInput });

const DiscretionRangeDto = z.object({
  fine: z.object({ minFen: z.number(), maxFen: z.number() }).nullable(),
  fineMultiple: z.object({ minPercent: z.number(), maxPercent: z.number() }).nullable(),
  suspension: z.object({ kind: SuspensionKindEnum, minMonths: z.number(), maxMonths: z.number() }).nullable(),
  sanctions: list(DiscretionSanctionKindEnum),
});
const ExplanationLineDto = z.object({ text: z.string(), basis: list(citationOut) });

export const DiscretionResultDto = z.object({
  powerCode: z.string(),
  illegalIncomeFen: z.number(),
  tier: z.object({
    code: z.string(),
    label: z.string(),
    kind: TierKindEnum,
    severity: z.number().int(),
    clause: z.string().nullable(),
    basis: citationOut,
  }),
  exemption: oneOf(['mandatory', 'discretionary']).nullable(),
  range: DiscretionRangeDto,
  /** The range as decision text: "警告，罚款1000元以上3000元以下，没收违法所得". */
  rangeText: z.string(),
  lawful: DiscretionRangeDto,
  lawfulText: z.string(),
  reductionAvailable: bool(),
  grounds: list(
    z.object({
      id: z.string(),
      label: z.string(),
      effect: oneOf(['exempt', 'mustMitigate', 'mayMitigate', 'aggravate', 'firstViolation']),
      basis: list(citationOut),
    }),
  ),
  measures: list(ExplanationLineDto),
  explanation: list(ExplanationLineDto),
  /** The explanation as one paragraph, ready to paste into the decision's reasoning. */
  text: z.string(),
  basis: list(citationOut),
  reviewNotes: list(ExplanationLineDto),
  statutory: StatutoryRange,
  deviation: z.object({
    requiresWrittenReason: bool(),
    requiresLegalReview: bool(),
    requiresCollectiveDiscussion: bool(),
    basis: list(citationOut),
  }),
  problems: list(z.object({ code: z.string(), message: z.string(), tier: z.string().nullable(), basis: citationOut })),
  benchmarkVersion: z.number().int(),
});
export type DiscretionResultDto = z.infer<typeof DiscretionResultDto>;

export const PenaltyCheckDto = z.object({
  outcome: oneOf(['inside', 'outsideBenchmark', 'unlawful']),
  outcomeLabel: z.string(),
  deviations: list(z.object({ code: z.string(), severity: oneOf(['unlawful', 'outsideBenchmark']), message: z.string(), basis: citationOut })),
  requiresWrittenReason: bool(),
  requiresLegalReview: bool(),
  requiresCollectiveDiscussion: bool(),
  message: z.string(),
  basis: list(citationOut),
});
export const CheckPenaltyResponse = z.object({ result: DiscretionResultDto, check: PenaltyCheckDto });

// ——— Portal (no login) ———

export const PublicPowerQuery = z.object({
  bureauId: z.uuid().optional(),
  category: oneOf(['penalty', 'license', 'inspection', 'coercion', 'levy', 'confirmation', 'reward', 'adjudication', 'other']).optional(),
  department: z.string().trim().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const PublicPowerItemDto = z.object({
  code: z.string(),
  name: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  departmentName: z.string(),
  target: z.string(),
  basis: list(z.object({ law: z.string(), article: z.string() })),
  timeLimit: z.string().nullable(),
  fees: z.string().nullable(),
  supervisionChannel: z.string().nullable(),
  hearingEligible: bool(),
  hearingCondition: z.string().nullable(),
  hasBenchmark: bool(),
});

export const PublicPowerListDto = z.object({
  subjectName: z.string().nullable(),
  listTitle: z.string().nullable(),
  publishedOn: z.string().nullable(),
  /** Why the list is empty, when no version has been published yet. */
  message: z.string().nullable(),
  items: list(PublicPowerItemDto),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.object({
    categories: list(z.object({ value: z.string(), label: z.string(), count: z.number().int() })),
    departments: list(z.object({ value: z.string(), count: z.number().int() })),
  }),
});

export const PublicBenchmarkTierDto = z.object({
  label: z.string(),
  kind: TierKindEnum,
  kindLabel: z.string(),
  clause: z.string(),
  condition: z.string(),
  rangeText: z.string(),
  description: z.string(),
});

export const PublicBenchmarkDto = z.object({
  source: z.object({ law: z.string(), article: z.string() }),
  statutoryText: z.string(),
  statutoryBasis: list(z.object({ law: z.string(), article: z.string() })),
  tiers: list(PublicBenchmarkTierDto),
  mitigatingGrounds: list(z.object({ label: z.string(), effect: z.string(), basis: z.string() })),
  aggravatingGrounds: list(z.object({ label: z.string(), effect: z.string(), basis: z.string() })),
  firstViolationEntries: list(z.object({ description: z.string(), condition: z.string().nullable(), source: z.string() })),
  deviationRule: z.string(),
  publishedAt: z.string(),
  versionNo: z.number().int(),
});

export const PublicPowerDetailDto = PublicPowerItemDto.extend({
  level: z.string(),
  basis: list(z.object({ law: z.string(), article: z.string(), gist: z.string() })),
  procedure: z.string().nullable(),
  /** 执法责任 and 追责情形 of the item (权责清单): shown with a link to the bureau's 责任追究 rules. */
  responsibility: z.string().nullable(),
  accountabilityTriggers: list(z.string()),
  sanctionsText: z.string().nullable(),
  benchmark: PublicBenchmarkDto.nullable(),
  subjectName: z.string().nullable(),
  listTitle: z.string(),
  publishedOn: z.string().nullable(),
});
