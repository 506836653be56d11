/**
 * Penalty cases: the lead registration, one body per case action (the route for an action parses its own schema),
 * the list query and the DTOs. Money is integer fen; dates are YYYY-MM-DD; instants ISO strings.
 */
import { z } from 'zod';
import { CollectCashBody } from './payments.ts';
import { CaseDeadlineFilter, NextDeadlineDto } from './deadlines.ts';
import { AbilityShape, ClockShape, StepShape, citation, isoDate, issue, text, version } from './console-shared.ts';

const amountFen = z.number().int('金额以分为单位，应为整数').min(1, '金额应大于0').max(100_000_000_000);
const months = z.number().int().min(1).max(120);
export const SanctionDto = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['fine', 'confiscateIllegalIncome', 'confiscateIllegalProperty']), amountFen }),
  z.object({ kind: z.enum(['suspendLicence', 'restrictBusiness', 'suspendBusiness', 'restrictPractice']), months }),
  z.object({ kind: z.enum(['warning', 'circulatedCriticism', 'lowerQualification', 'revokeLicence', 'closeDown']) }),
]);
export const PenaltyDto = z.array(SanctionDto).max(12);
export type PenaltyDto = z.infer<typeof PenaltyDto>;

export const LeadSource = z.enum(['complaint', 'inspection', 'referral', 'assignment', 'other']);
export const CaseFlagsDto = z.object({
  majorPublicInterest: z.boolean().default(false),
  complex: z.boolean().default(false),
  multipleLegalRelations: z.boolean().default(false),
  majorViolation: z.boolean().default(false),
  reviewRequiredByLaw: z.boolean().default(false),
});

/** 案源登记. */
export const RegisterLeadRequest = z.object({
  powerId: z.uuid('请选择执法事项'),
  /** Defaults to the actor's department. */
  departmentId: z.uuid().optional(),
  party: z.object({
    kind: z.enum(['citizen', 'organisation']),
    name: text(200, '当事人名称'),
    /** 身份证号或统一社会信用代码; stored encrypted. */
    idNumber: z.string().trim().max(32).nullable().default(null),
    address: z.string().trim().max(300).nullable().default(null),
    birthDate: isoDate.nullable().default(null),
    lackedCapacityAtAct: z.boolean().default(false),
  }),
  conduct: z.enum(['business', 'nonBusiness']).default('nonBusiness'),
  leadSource: LeadSource,
  leadSummary: text(2000, '案源摘要'),
  leadReceivedAt: z.iso.datetime({ offset: true }).optional(),
  violation: z
    .object({ startedOn: isoDate, endedOn: isoDate.nullable().default(null), ongoing: z.boolean().default(false), seriousHarm: z.boolean().default(false) })
    .nullable()
    .default(null),
  /** Legal basis as cited; defaults to the power's basis. */
  legalBasis: z.array(text(300, '依据')).max(20).optional(),
  flags: CaseFlagsDto.default({ majorPublicInterest: false, complex: false, multipleLegalRelations: false, majorViolation: false, reviewRequiredByLaw: false }),
});
export type RegisterLeadRequest = z.infer<typeof RegisterLeadRequest>;

const withReason = (label: string) => z.object({ version, reason: text(2000, label) });

/** The body of each action the server supports in this slice (one route per action). */
export const CASE_ACTION_BODIES = {
  fileCase: z.object({ version, opinion: z.string().trim().max(2000).default('') }),
  declineFiling: withReason('不予立案理由'),
  startInvestigation: z.object({ version, officerIds: z.array(z.uuid()).min(2, '至少指派两名执法人员').max(10) }),
  submitInvestigationReport: z.object({
    version,
    summary: text(4000, '调查终结报告'),
    proposedPenalty: PenaltyDto.nullable(),
    /** When no penalty is proposed: why (不予处罚 / 移送). */
    closureReason: z.string().trim().max(2000).nullable().default(null),
  }),
  completeLegalReview: z.object({ version, opinion: text(2000, '审核意见') }),
  returnLegalReview: z.object({ version, problems: text(2000, '审核发现的问题') }),
  servePriorNotice: z.object({
    version,
    penalty: PenaltyDto,
    facts: z.string().trim().max(4000),
    reasons: z.string().trim().max(4000),
    legalBasis: z.array(text(300, '依据')).max(20),
    statesStatementRight: z.boolean(),
    statesHearingRight: z.boolean(),
  }),
  recordStatementAndDefence: z.object({
    version,
    statement: text(4000, '陈述申辩内容'),
    /** 复核意见; null while the re-check is pending. */
    recheck: z.string().trim().max(4000).nullable().default(null),
  }),
  recordStatementWaiver: z.object({ version, note: z.string().trim().max(2000).default('') }),
  recordHearingWaiver: z.object({ version, note: z.string().trim().max(2000).default('') }),
  /** 听证申请: the day the party's request reached the agency (defaults to today). */
  requestHearing: z.object({ version, receivedOn: isoDate.nullable().default(null), note: z.string().trim().max(2000).default('') }),
  /** 听证通知书: the hearing date (≥ 7 working days after the notice), place and the presider (not an investigator). */
  serveHearingNotice: z.object({
    version,
    scheduledFor: isoDate,
    place: z.string().trim().max(300).default(''),
    presiderUserId: z.uuid('请选择听证主持人'),
    /** A hearing on a rest day (周末、法定节假日、调休休息日 per the bureau's calendar) is not forbidden but must be confirmed. */
    confirmRestDay: z.boolean().default(false),
  }),
  /** 另行指定听证主持人 after the presider's recusal was granted (the hearing date stands). */
  replaceHearingPresider: z.object({ version, presiderUserId: z.uuid('请选择听证主持人'), reason: z.string().trim().max(2000).default('') }),
  holdHearing: z.object({
    version,
    outcome: z.enum(['held', 'partyAbsent', 'partyWalkedOut']),
    /** 听证笔录 checked and signed by the party, or the refusal noted by the presider. */
    recordSigned: z.boolean(),
    summary: z.string().trim().max(4000).default(''),
  }),
  recordHearingWithdrawal: z.object({ version, note: z.string().trim().max(2000).default('') }),
  /** 集体讨论 (第五十七条): attendees, the penalty approved, minutes kept. */
  recordCollectiveDiscussion: z.object({
    version,
    attendees: z
      /** An attendee with an account by userId (name taken from the account); others by name. Leaders count only by userId. */
      .array(z.object({ userId: z.uuid().nullable().default(null), name: z.string().trim().max(100).default(''), isLeader: z.boolean() }))
      .min(1, '请填写参会人员')
      .max(30),
    approvedPenalty: PenaltyDto,
    minutesRecorded: z.boolean(),
    conclusion: z.string().trim().max(4000).default(''),
  }),
  decide: z.object({
    version,
    penalty: PenaltyDto,
    partyAddress: z.string().trim().max(300).default(''),
    facts: z.string().trim().max(4000),
    evidence: z.array(text(300, '证据')).max(100),
    legalBasis: z.array(text(300, '依据')).max(20),
    performance: z.string().trim().max(2000).default(''),
    remedies: z.string().trim().max(2000),
    sealed: z.boolean(),
    partyPresent: z.boolean().default(false),
    mitigation: z.enum(['lighter', 'mitigated']).nullable().default(null),
  }),
  decideNoPenalty: z.object({
    version,
    ground: z.enum(['minorCorrected', 'firstViolation', 'noFault', 'factsNotEstablished', 'limitationExpired', 'partyNotPunishable']),
    reason: text(2000, '不予处罚的事实和理由'),
  }),
  withdraw: withReason('撤销立案理由'),
  transfer: z.object({ version, receivingOrgan: text(200, '接收的司法机关'), reason: text(2000, '移送理由') }),
  /** 补充调查: why (the facts still to be established). */
  reopenInvestigation: withReason('补充调查理由'),
  /**
   * 当场处罚决定书 (第五十一条、第五十二条): the pre-numbered form as filled in on the spot. The acting officer and the
   * second officer become the case's investigators (第四十二条).
   */
  decideOnTheSpot: z.object({
    version,
    penalty: PenaltyDto,
    formNumber: text(50, '决定书编号'),
    act: text(2000, '违法行为'),
    legalBasis: z.array(text(300, '依据')).max(20),
    time: z.iso.datetime({ offset: true, message: '请填写处罚时间' }),
    place: z.string().trim().max(300),
    remedies: z.string().trim().max(2000),
    secondOfficerId: z.uuid('请选择第二名执法人员').nullable().default(null),
    factsCertain: z.boolean(),
    certificateShown: z.boolean(),
    officerSigned: z.boolean(),
    handedOver: z.enum(['signed', 'refusalNoted']).nullable().default(null),
    mitigation: z.enum(['lighter', 'mitigated']).nullable().default(null),
  }),
  /** 当场处罚备案 (第五十二条). */
  fileWithAgency: z.object({ version, note: z.string().trim().max(2000).default('') }),
  /** 回避申请 (第四十三条): an investigator by officerId, a presider or reviewer by userId. */
  requestRecusal: z.object({
    version,
    role: z.enum(['investigator', 'presider', 'reviewer']),
    officerId: z.uuid('人员不存在').nullable().default(null),
    userId: z.uuid('人员不存在').nullable().default(null),
    requestedBy: z.enum(['party', 'officer', 'self']),
    reason: text(2000, '回避理由'),
  }),
  decideRecusal: z.object({ version, recusalId: z.uuid('回避申请不存在'), granted: z.boolean(), reason: text(2000, '决定理由') }),
  /** 调整承办人员: officers added and taken off, with the reason. */
  assignInvestigators: z.object({
    version,
    addOfficerIds: z.array(z.uuid()).max(10).default([]),
    removeOfficerIds: z.array(z.uuid()).max(10).default([]),
    reason: text(2000, '调整理由'),
  }),
  /** 办案期限中止 / 恢复 / 延期 (第六十条). */
  suspendDecisionClock: z.object({ version, from: isoDate, reason: text(2000, '中止原因') }),
  resumeDecisionClock: z.object({ version, resumedOn: isoDate.nullable().default(null), note: z.string().trim().max(2000).default('') }),
  extendDecisionClock: z.object({
    version,
    days: z.number().int('延长天数应为整数').min(1, '延长天数应大于0').max(365),
    reason: text(2000, '延期理由'),
    collectiveDecision: z.boolean().default(false),
  }),
  serveDecision: z.object({
    version,
    method: z.enum(['onTheSpot', 'direct', 'leftAtResidence', 'entrusted', 'mail', 'electronic', 'publicNotice']),
    electronicConsentSigned: z.boolean().default(false),
  }),
  /** 当场收缴罚款 (第六十八条、第六十九条, receipt 第七十条): payments module. */
  collectCashOnTheSpot: CollectCashBody,
  startExecution: z.object({ version }),
  close: z.object({ version, summary: text(2000, '结案报告') }),
  /** 归档: allowed once the case file is complete (documents module's check, 第四十七条). */
  archive: z.object({ version, note: z.string().trim().max(2000).default('') }),
} as const;
export type SupportedCaseAction = keyof typeof CASE_ACTION_BODIES;
export const SUPPORTED_CASE_ACTIONS = Object.keys(CASE_ACTION_BODIES) as SupportedCaseAction[];
export type CaseActionBody<A extends SupportedCaseAction> = z.infer<(typeof CASE_ACTION_BODIES)[A]>;

/** A list given in a query string as `a,b` (or repeated keys), or in JSON as an array. */
const listOf = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').map((x) => x.trim()).filter(Boolean) : v),
    z.array(item).max(max, `最多选择 ${max} 项`),
  );
const flag = z.preprocess((v) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' || v === '' ? false : v), z.boolean());

/**
 * The filters of the case list (also what a saved view stores). `q` finds any part (two characters or more) of the
 * case number, the decision number, the party's name and the power's name; one character matches the start only;
 * and — when it looks like one — the party's ID number (exact match on the blind index; never stored in clear).
 */
export const CaseListFilters = z.object({
  departmentId: z.uuid('科室不存在').optional(),
  state: listOf(z.string().max(40), 30).optional(),
  procedure: z.enum(['simple', 'general']).optional(),
  leadSource: LeadSource.optional(),
  powerId: z.uuid('执法事项不存在').optional(),
  receivedFrom: isoDate.optional(),
  receivedTo: isoDate.optional(),
  q: z.string().trim().max(100, '搜索内容不超过 100 个字').optional(),
  /** 只看逾期/临期 (the stored open clocks, modules/deadlines). */
  deadline: CaseDeadlineFilter.optional(),
});
export type CaseListFilters = z.infer<typeof CaseListFilters>;

/** Newest first. `cursor` (from the previous page's nextCursor) pages by keyset and wins over `page`. */
export const CaseListQuery = CaseListFilters.extend({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  /** Skip the count (keyset paging through a long list does not need it again). */
  withTotal: flag.default(true),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const CaseAbilityDto = AbilityShape.extend({
  suggestedAction: z.string().nullable(),
  others: z.array(issue),
});

export const CaseSummaryDto = z.object({
  id: z.string(),
  caseNumber: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  state: z.string(),
  stateLabel: z.string(),
  procedure: z.string().nullable(),
  departmentId: z.string(),
  departmentName: z.string().nullable(),
  powerId: z.string(),
  powerCode: z.string().nullable(),
  powerName: z.string().nullable(),
  partyKind: z.string(),
  /** Masked for a citizen in lists. */
  partyName: z.string(),
  leadSource: z.string(),
  leadReceivedAt: z.string(),
  version: z.number(),
  /** 下一期限 in the case list (absent elsewhere). */
  nextDeadline: NextDeadlineDto.nullable().optional(),
});
export type CaseSummaryDto = z.infer<typeof CaseSummaryDto>;
/**
 * `total` is counted up to CASE_LIST_COUNT_CAP (then `totalCapped`), null when not asked for (withTotal=false);
 * `nextCursor` continues the same list newest first.
 */
export const CASE_LIST_COUNT_CAP = 10_000;
export const CaseListResponse = z.object({
  items: z.array(CaseSummaryDto),
  total: z.number().nullable(),
  totalCapped: z.boolean(),
  page: z.number(),
  pageSize: z.number(),
  nextCursor: z.string().nullable(),
});
export type CaseListResponse = z.infer<typeof CaseListResponse>;

export const CaseStepDto = StepShape;
export const CaseInvestigatorDto = z.object({
  officerId: z.string(),
  name: z.string(),
  certificateNumber: z.string().nullable(),
  assignedAt: z.string(),
  removedAt: z.string().nullable(),
  removedReason: z.string().nullable(),
});
/** `provisional`: the count crossed a year with no official holiday schedule yet (暂定). */
export const CaseClockDto = ClockShape.extend({ provisional: z.boolean() });

/** 回避申请 and its decision (第四十三条). */
export const CaseRecusalDto = z.object({
  id: z.string(),
  role: z.enum(['investigator', 'presider', 'reviewer']),
  roleLabel: z.string(),
  personName: z.string(),
  officerId: z.string().nullable(),
  userId: z.string().nullable(),
  requestedBy: z.enum(['party', 'officer', 'self']),
  reason: z.string(),
  requestedAt: z.string(),
  recordedByName: z.string(),
  status: z.enum(['pending', 'granted', 'refused']),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionReason: z.string().nullable(),
});
/** 中止 and 延期 of the 90-day decision clock (第六十条). */
export const DecisionClockRecordDto = z.object({
  suspensions: z.array(z.object({ from: z.string(), to: z.string().nullable(), reason: z.string(), recordedByName: z.string() })),
  extensions: z.array(z.object({ days: z.number(), reason: z.string(), approvedAt: z.string().nullable(), approvedByName: z.string() })),
});

export const CaseDetailDto = CaseSummaryDto.extend({
  party: z.object({
    kind: z.string(),
    name: z.string(),
    idNumberMasked: z.string().nullable(),
    address: z.string().nullable(),
    birthDate: z.string().nullable(),
  }),
  conduct: z.string(),
  leadSummary: z.string(),
  violation: z.object({ startedOn: z.string(), endedOn: z.string().nullable(), ongoing: z.boolean(), seriousHarm: z.boolean() }).nullable(),
  legalBasis: z.array(z.string()),
  /** The legal-basis module's verdict on each cited basis at the act date (第十六条、第三十七条); empty problems = sound or not linked. */
  legalBasisChecks: z.array(
    z.object({
      label: z.string(),
      problems: z.array(z.object({ code: z.string(), message: z.string(), basis: citation })),
      /** 第三十七条: the text that applies for each linked article (act-time, lighter newer, or for the reviewer). */
      applied: z.array(
        z.object({
          article: z.string(),
          rule: z.enum(['actTime', 'lighterNewer', 'needsReview']),
          versionEffectiveFrom: z.string().nullable(),
          message: z.string(),
          basis: citation,
        }),
      ),
    }),
  ),
  flags: z.record(z.string(), z.boolean()),
  proposedPenalty: PenaltyDto.nullable(),
  steps: z.array(CaseStepDto),
  investigators: z.array(CaseInvestigatorDto),
  abilities: z.array(CaseAbilityDto),
  clocks: z.array(CaseClockDto),
  recusals: z.array(CaseRecusalDto),
  decisionClock: DecisionClockRecordDto,
});
export type CaseDetailDto = z.infer<typeof CaseDetailDto>;
