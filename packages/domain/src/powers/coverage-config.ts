/**
 * The numbers of the coverage check, with the default and where it comes from. A deployment overrides them.
 */
import type { Citation } from '../citation.ts';
import type { PowerCategory } from './power.ts';
import { TWO_OFFICERS_COERCION, TWO_OFFICERS_PENALTY } from './sources.ts';

export interface StaffingRule {
  /** Fewer eligible officers on the power's posts than this → red: the power cannot lawfully be exercised. */
  required: number;
  /** Fewer than this → amber: it can, but one absence stops it. Taken as at least `required`. */
  recommended: number;
}

export interface CoverageConfig {
  staffing: Record<PowerCategory, StaffingRule>;
  /**
   * How many calendar days ahead to look for officers losing eligibility (certificate end, annual review due).
   * null → the officers module's certificate reminder lead (OfficerRulesConfig.expiryLeadDays).
   */
  lapseWarningDays: number | null;
}

const ONE_NEEDED_TWO_WANTED: StaffingRule = { required: 1, recommended: 2 };

export const DEFAULT_COVERAGE_CONFIG: CoverageConfig = {
  staffing: {
    penalty: { required: 2, recommended: 2 },
    coercion: { required: 2, recommended: 2 },
    inspection: ONE_NEEDED_TWO_WANTED,
    license: ONE_NEEDED_TWO_WANTED,
    levy: ONE_NEEDED_TWO_WANTED,
    confirmation: ONE_NEEDED_TWO_WANTED,
    reward: ONE_NEEDED_TWO_WANTED,
    adjudication: ONE_NEEDED_TWO_WANTED,
    other: ONE_NEEDED_TWO_WANTED,
  },
  lapseWarningDays: null,
};

export interface CoverageConfigSource {
  verified: 'V' | 'S' | 'U' | 'design';
  source: string;
  citation?: Citation;
}

export const COVERAGE_CONFIG_SOURCES: Record<'penalty' | 'coercion' | 'otherCategories' | 'lapseWarningDays', CoverageConfigSource> = {
  penalty: { verified: 'V', source: '执法人员不得少于两人', citation: TWO_OFFICERS_PENALTY },
  coercion: { verified: 'V', source: '行政强制措施由两名以上行政执法人员实施', citation: TWO_OFFICERS_COERCION },
  otherCategories: {
    verified: 'design',
    source: '许可、检查、确认等无全国统一的两人规定：无人可执法为红，仅一人为黄（检查多由单行法规定两人，按行业配置）',
  },
  lapseWarningDays: { verified: 'design', source: '默认沿用执法证到期提醒天数（issue #3：到期前60天提醒）' },
};

export function staffingFor(category: PowerCategory, config: CoverageConfig): StaffingRule {
  const rule = config.staffing[category];
  return { required: rule.required, recommended: Math.max(rule.required, rule.recommended) };
}
