/**
 * Penalty-rule numbers a province or sector sets, with defaults and sources (ARCHITECTURE: "numbers that vary by
 * province are configuration with the national default and its source"). Statutory numbers (第五十一条 ¥200/¥3,000,
 * 第六十八条 ¥100, 第三十六条 2/5 years) are not here: they are law, and live beside their rule.
 */
import { JIANGSU_GENERAL_HEARING_TABLE, MOJ_JUSTICE_HEARING_TABLE, type HearingThresholdTable } from './hearing-thresholds.ts';
import type { SanctionKind } from './penalty.ts';

export interface HearingRules {
  /** 较大数额罚款 tables; a hearing is offered when any applicable row is met. */
  fineTables: readonly HearingThresholdTable[];
  /** 没收较大数额违法所得 / 较大价值非法财物: own tables, or the fine tables (JIANGSU.md: assumption [U]). */
  confiscationTables: readonly HearingThresholdTable[] | 'sameAsFine';
  /** Kinds read as "其他较重的行政处罚" (第六十三条第一款第（五）项), beyond those the article names. */
  otherHeavierKinds: readonly SanctionKind[];
}

export interface PenaltyRulesConfig {
  hearing: HearingRules;
}

/**
 * National default for a 司法行政 deployment: the law defines no 较大数额, the sector rule (司法部令第53号) does.
 * 暂扣许可证件 and 限制开展生产经营活动 are offered a hearing as "其他较重" — it costs the agency a hearing, while
 * withholding one would make the penalty unlawful.
 */
export const NATIONAL_PENALTY_RULES: PenaltyRulesConfig = {
  hearing: {
    fineTables: [MOJ_JUSTICE_HEARING_TABLE],
    confiscationTables: 'sameAsFine',
    otherHeavierKinds: ['suspendLicence', 'restrictBusiness'],
  },
};

/** Jiangsu: the provincial general table and the sector table together (JIANGSU.md §1 suggestion, 法制 sign-off pending). */
export const JIANGSU_PENALTY_RULES: PenaltyRulesConfig = {
  hearing: { ...NATIONAL_PENALTY_RULES.hearing, fineTables: [JIANGSU_GENERAL_HEARING_TABLE, MOJ_JUSTICE_HEARING_TABLE] },
};

export interface PenaltyRuleSource {
  verified: 'V' | 'S' | 'U' | 'design';
  source: string;
}

export const PENALTY_RULE_SOURCES: Record<keyof HearingRules, PenaltyRuleSource> = {
  fineTables: { verified: 'S', source: 'JIANGSU.md §1：江苏听证规则（试行）与司法部令第53号，两表取其低（hearing.combine）' },
  confiscationTables: { verified: 'U', source: 'JIANGSU.md hearing.confiscation_uses_fine_table = true（假设）' },
  otherHeavierKinds: { verified: 'design', source: '第六十三条第一款第（五）项“其他较重的行政处罚”；范围待法制科室确认' },
};
