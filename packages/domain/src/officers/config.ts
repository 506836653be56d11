/**
 * Province-dependent or unsettled numbers of the officer rules, with the default and where it comes from.
 * A deployment overrides values; nothing in the rules uses a literal instead of these.
 */
import type { Citation } from '../citation.ts';
import type { DisciplineKind } from './discipline.ts';
import type { EmploymentType } from './employment.ts';
import { ANNUAL_REVIEW, CERTIFICATE_VALIDITY, DISCIPLINE_BAR, EMPLOYMENT_BAR, TRAINING_HOURS } from './sources.ts';

export interface OfficerRulesConfig {
  /** 年度审验: minimum training hours (学时) in the reviewed calendar year. */
  trainingHoursMinimum: number;
  /** Per-year overrides of the minimum, e.g. { 2024: 40 } when a year's notice set another figure. */
  trainingHoursByYear: Readonly<Record<number, number>>;
  /** Validity of a newly issued certificate in years; null = not configured, the issuer enters the end date. */
  certificateValidityYears: number | null;
  /** Reminder lead time before a certificate expires, calendar days. */
  expiryLeadDays: number;
  /** Reminder lead time before an annual review falls due, calendar days. */
  reviewLeadDays: number;
  /** The review of year Y must be passed by this month-day of year Y+1. */
  reviewDeadline: { month: number; day: number };
  /** Employment types that may hold a certificate. */
  certifiableEmploymentTypes: readonly EmploymentType[];
  /** Discipline in force during the reviewed year that fails the review. */
  disqualifyingDiscipline: readonly DisciplineKind[];
}

export const DEFAULT_OFFICER_RULES: OfficerRulesConfig = {
  trainingHoursMinimum: 60,
  trainingHoursByYear: {},
  certificateValidityYears: null,
  expiryLeadDays: 60,
  reviewLeadDays: 60,
  reviewDeadline: { month: 3, day: 31 },
  certifiableEmploymentTypes: ['civilServant', 'civilServantManaged', 'publicInstitution'],
  disqualifyingDiscipline: ['demerit', 'majorDemerit', 'demotion', 'removal', 'expulsion', 'criminal'],
};

export interface OfficerRuleSource {
  /** V checked, S secondary only, U unverified, design = a product choice, not law. */
  verified: 'V' | 'S' | 'U' | 'design';
  source: string;
  citation?: Citation;
}

export const OFFICER_RULE_SOURCES: Record<keyof OfficerRulesConfig, OfficerRuleSource> = {
  trainingHoursMinimum: { verified: 'U', source: '国办发〔2023〕27号（记忆值）；JIANGSU.md cert.training_hours_per_year', citation: TRAINING_HOURS },
  trainingHoursByYear: { verified: 'design', source: 'issue #3：“the configured minimum for that year”' },
  certificateValidityYears: { verified: 'U', source: 'JIANGSU.md cert.validity_years = null (must set)', citation: CERTIFICATE_VALIDITY },
  expiryLeadDays: { verified: 'design', source: 'issue #3 “Reminders 60 days before expiry”；山东平台到期前2个月提示 (ANCHORS.md)' },
  reviewLeadDays: { verified: 'design', source: 'issue #3 “Reminders 60 days before … review”' },
  reviewDeadline: { verified: 'U', source: '年度审验通常于次年一季度完成；江苏截止日未核实', citation: ANNUAL_REVIEW },
  certifiableEmploymentTypes: { verified: 'S', source: 'issue #3；山东省行政执法监督条例第十条（外省范例）', citation: EMPLOYMENT_BAR },
  disqualifyingDiscipline: { verified: 'S', source: '“受行政记过以上处分尚在受处分期间”（山东2015办法，新闻转述）', citation: DISCIPLINE_BAR },
};

export function trainingHoursMinimumFor(year: number, config: OfficerRulesConfig): number {
  return config.trainingHoursByYear[year] ?? config.trainingHoursMinimum;
}
