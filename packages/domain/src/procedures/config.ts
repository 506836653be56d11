/**
 * Configuration of the procedure guards: the calendar, the officer rules, the penalty rules (较大数额 tables) and the
 * bureau's own catalogues for legal review (118号 审核目录清单) and collective discussion, each with its source.
 */
import { CN_WORKDAY_CALENDAR } from '../calendar/cn-workday-calendar.data.ts';
import type { WorkdayCalendar } from '../calendar/workday-calendar.ts';
import type { ClockDefinition } from '../deadlines/clock-definition.ts';
import { PENALTY_CASE_CLOCKS } from '../deadlines/clock-table.ts';
import { DEFAULT_OFFICER_RULES, type OfficerRulesConfig } from '../officers/config.ts';
import { JIANGSU_PENALTY_RULES, NATIONAL_PENALTY_RULES, type PenaltyRulesConfig } from '../penalties/config.ts';
import type { SanctionKind } from '../penalties/penalty.ts';

export interface LegalReviewCatalogue {
  /** Review before the prior notice too, so the notice states a reviewed penalty (design; SAMR practice [S]). */
  beforePriorNotice: boolean;
  /** Every general-procedure penalty decision is reviewed (some bureaus' rule). */
  allGeneralCases: boolean;
  /** Penalties that give a hearing right are reviewed (重大执法决定 catalogue, 118号 [S]). */
  hearingEligible: boolean;
  sanctionKinds: readonly SanctionKind[];
  /** Accept a reviewer without 法律职业资格 who reviewed before 2021-07-15 (第五十八条 binds only first-time reviewers). */
  allowGrandfatheredReviewers: boolean;
}

export interface CollectiveDiscussionCatalogue {
  beforePriorNotice: boolean;
  /** Penalties read as 重大违法行为 by the bureau's rule. */
  sanctionKinds: readonly SanctionKind[];
  hearingEligible: boolean;
  /** Leaders (负责人) who must attend for a discussion to be "collective". */
  minLeaders: number;
}

/** 延期 of the 90-day decision clock (第六十条 leaves it to rules; SAMR practice [S]). */
export interface DecisionClockRules {
  /** Days one approval of the leader in charge may add (SAMR: 三十日 [S]). */
  maxDaysPerApproval: number;
  /** A further extension is decided collectively by the heads (SAMR [S]). */
  furtherExtensionByCollectiveDecision: boolean;
}

export const DEFAULT_DECISION_CLOCK_RULES: DecisionClockRules = { maxDaysPerApproval: 30, furtherExtensionByCollectiveDecision: true };

export interface ProcedureConfig {
  calendar: WorkdayCalendar;
  officerRules: OfficerRulesConfig;
  penaltyRules: PenaltyRulesConfig;
  legalReview: LegalReviewCatalogue;
  collectiveDiscussion: CollectiveDiscussionCatalogue;
  /** Clocks a bureau may configure (configureClock keeps the source); the statutory ones are read from deadlines/. */
  clocks: { statementAndDefence: ClockDefinition; leadVerification: ClockDefinition; decisionPeriod: ClockDefinition };
  /** Extension rules of the decision clock; DEFAULT_DECISION_CLOCK_RULES when absent. */
  decisionClock?: DecisionClockRules;
}

const STATUS_SANCTIONS: readonly SanctionKind[] = [
  'suspendLicence',
  'lowerQualification',
  'revokeLicence',
  'restrictBusiness',
  'suspendBusiness',
  'closeDown',
  'restrictPractice',
];

export const DEFAULT_PROCEDURE_CONFIG: ProcedureConfig = {
  calendar: CN_WORKDAY_CALENDAR,
  officerRules: DEFAULT_OFFICER_RULES,
  penaltyRules: NATIONAL_PENALTY_RULES,
  legalReview: {
    beforePriorNotice: true,
    allGeneralCases: false,
    hearingEligible: true,
    sanctionKinds: STATUS_SANCTIONS,
    allowGrandfatheredReviewers: false,
  },
  collectiveDiscussion: { beforePriorNotice: true, sanctionKinds: STATUS_SANCTIONS, hearingEligible: true, minLeaders: 3 },
  clocks: {
    statementAndDefence: PENALTY_CASE_CLOCKS.statementAndDefence,
    leadVerification: PENALTY_CASE_CLOCKS.leadVerification,
    decisionPeriod: PENALTY_CASE_CLOCKS.decisionPeriod,
  },
  decisionClock: DEFAULT_DECISION_CLOCK_RULES,
};

export const JIANGSU_PROCEDURE_CONFIG: ProcedureConfig = { ...DEFAULT_PROCEDURE_CONFIG, penaltyRules: JIANGSU_PENALTY_RULES };

export interface ProcedureRuleSource {
  verified: 'V' | 'S' | 'U' | 'design';
  source: string;
}

export const PROCEDURE_RULE_SOURCES: Record<
  keyof LegalReviewCatalogue | `collective.${keyof CollectiveDiscussionCatalogue}`,
  ProcedureRuleSource
> = {
  beforePriorNotice: { verified: 'design', source: '第五十八条只要求决定前审核；告知前审核为市场监管做法 [S]，使告知内容经过审核' },
  allGeneralCases: { verified: 'design', source: '部分地方“普通程序案件一律法制审核”；默认关闭' },
  hearingEligible: { verified: 'S', source: '国办发〔2018〕118号：重大执法决定法制审核目录清单（LAW.md §2）' },
  sanctionKinds: { verified: 'S', source: '目录清单常见：停止执业、停业整顿、吊销等（JUSTICE-POWERS.md §3）' },
  allowGrandfatheredReviewers: { verified: 'V', source: '第五十八条第二款只约束“初次从事”法制审核的人员；默认仍要求资格（issue #5）' },
  'collective.beforePriorNotice': { verified: 'design', source: '第五十七条“集体讨论决定”；告知前讨论拟处罚，听证后依第六十五条再讨论' },
  'collective.sanctionKinds': { verified: 'S', source: '各地集体讨论范围：拟停止执业、停业整顿、吊销（JUSTICE-POWERS.md §3）' },
  'collective.hearingEligible': { verified: 'S', source: '较大数额罚款、经听证案件（JUSTICE-POWERS.md §3）' },
  'collective.minLeaders': { verified: 'U', source: '“集体”人数法律未定；默认3名负责人，按本局议事规则配置' },
};
