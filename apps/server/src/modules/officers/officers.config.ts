import { DEFAULT_OFFICER_RULES, toLocalDate, type OfficerRulesConfig } from '@quanze/domain';
import type { Clock } from '../../platform/clock.ts';

/**
 * The officer rules in force. Defaults and their sources are in the domain (OFFICER_RULE_SOURCES); a deployment
 * changes them here once the province's figures are confirmed (JIANGSU.md: hours and validity are unverified).
 */
export const officerRules: OfficerRulesConfig = DEFAULT_OFFICER_RULES;

/** Today as an Asia/Shanghai calendar date. */
export const today = (clock: Clock): string => toLocalDate(clock.now());
