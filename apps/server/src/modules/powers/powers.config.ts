import { DEFAULT_OFFICER_RULES, type OfficerRulesConfig } from '@quanze/domain';

/**
 * The officer rules the coverage check applies (canEnforce through computeCoverage). The officers module keeps the
 * deployment's rules in its own config, which it does not export; until it does, both use the domain default.
 */
export const coverageOfficerRules: OfficerRulesConfig = DEFAULT_OFFICER_RULES;
