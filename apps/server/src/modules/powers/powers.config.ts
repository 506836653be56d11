import type { OfficerRulesConfig } from '@quanze/domain';
import { officerRules } from '../officers/index.ts';

/** The officer rules the coverage check applies (canEnforce through computeCoverage): the officers module's own. */
export const coverageOfficerRules: OfficerRulesConfig = officerRules;
