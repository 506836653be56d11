/**
 * 持证上岗: whether an officer may enforce in a category and area on a day, and the two-officer rule built on it.
 * This is the only place the rule lives; cases, inspections, power assignment and the UI all ask here.
 */
import { CERTIFICATE_STATUS_LABELS, coversArea, coversCategory, nextReviewDue, nextReviewYear, type Certificate } from './certificate.ts';
import type { OfficerRulesConfig } from './config.ts';
import type { IsoDate } from './dates.ts';
import { EMPLOYMENT_TYPE_LABELS, type EmploymentType } from './employment.ts';
import type { OfficerReason } from './reason.ts';
import { ANNUAL_REVIEW, CERTIFICATE_SCOPE, CERTIFICATE_VALIDITY, EMPLOYMENT_BAR, ENFORCEMENT_QUALIFICATION } from './sources.ts';

/** What an officer row plus its current certificate (null if none) map to. */
export interface Officer {
  id: string;
  name: string;
  employmentType: EmploymentType;
  certificate: Certificate | null;
}

export interface EnforcementScope {
  /** 执法类别, as on the certificate. */
  category: string;
  /** 执法区域: the division code (or label) where the act takes place. */
  area: string;
}

export const ELIGIBILITY_CODES = [
  'NO_CERTIFICATE',
  'CERTIFICATE_NOT_VALID',
  'CERTIFICATE_EXPIRED',
  'CERTIFICATE_NOT_YET_VALID',
  'CATEGORY_NOT_COVERED',
  'AREA_NOT_COVERED',
  'EMPLOYMENT_TYPE_NOT_ALLOWED',
  'ANNUAL_REVIEW_OVERDUE',
] as const;
export type EligibilityCode = (typeof ELIGIBILITY_CODES)[number];
export type EligibilityReason = OfficerReason<EligibilityCode>;

export type Eligibility = { allowed: true } | { allowed: false; reasons: EligibilityReason[] };

/**
 * Every reason the officer may not enforce in `scope` on `date`; none means allowed. Facts are checked
 * independently (an expired, suspended certificate gives both reasons) so the user sees all that must change.
 * Without a certificate nothing about a certificate can be judged, so only the employment type is added.
 */
export function canEnforce(officer: Officer, scope: EnforcementScope, date: IsoDate, config: OfficerRulesConfig): Eligibility {
  const reasons: EligibilityReason[] = [];
  const add = (code: EligibilityCode, message: string, basis = ENFORCEMENT_QUALIFICATION) => reasons.push({ code, message, basis });

  if (!config.certifiableEmploymentTypes.includes(officer.employmentType)) {
    add('EMPLOYMENT_TYPE_NOT_ALLOWED', `${EMPLOYMENT_TYPE_LABELS[officer.employmentType]}不得从事行政执法`, EMPLOYMENT_BAR);
  }
  const cert = officer.certificate;
  if (cert === null) {
    add('NO_CERTIFICATE', '未取得行政执法证');
    return { allowed: false, reasons };
  }
  if (cert.status !== 'valid') add('CERTIFICATE_NOT_VALID', `执法证状态为“${CERTIFICATE_STATUS_LABELS[cert.status]}”`);
  if (cert.validFrom === null || date < cert.validFrom) {
    add('CERTIFICATE_NOT_YET_VALID', cert.validFrom === null ? '执法证未载明有效期' : `执法证自${cert.validFrom}起有效`, CERTIFICATE_VALIDITY);
  }
  if (cert.validTo !== null && date > cert.validTo) add('CERTIFICATE_EXPIRED', `执法证已于${cert.validTo}到期`, CERTIFICATE_VALIDITY);
  if (!coversCategory(cert, scope.category)) add('CATEGORY_NOT_COVERED', `执法证未载明执法类别“${scope.category}”`, CERTIFICATE_SCOPE);
  if (!coversArea(cert, scope.area)) add('AREA_NOT_COVERED', `执法证的执法区域不含“${scope.area}”`, CERTIFICATE_SCOPE);
  const due = nextReviewDue(cert, config);
  if (due !== null && date > due) {
    add('ANNUAL_REVIEW_OVERDUE', `${nextReviewYear(cert)}年度审验应于${due}前完成，已逾期`, ANNUAL_REVIEW);
  }
  return reasons.length ? { allowed: false, reasons } : { allowed: true };
}

/** 行政处罚法 第四十二条: not fewer than two. A statute; the "法律另有规定" exception is for the caller to invoke. */
export const MIN_ENFORCING_OFFICERS = 2;

export type TwoOfficerEntryCode = EligibilityCode | 'DUPLICATE_OFFICER';

/** The verdict on one entry of the list, in input order. */
export interface TwoOfficerEntry {
  officerId: string;
  allowed: boolean;
  reasons: OfficerReason<TwoOfficerEntryCode>[];
}

export type TwoOfficerCheck =
  | { ok: true; officerIds: string[] }
  | {
      ok: false;
      code: 'TWO_OFFICER_RULE';
      reason: string;
      basis: typeof ENFORCEMENT_QUALIFICATION;
      eligibleCount: number;
      entries: TwoOfficerEntry[];
    };

/**
 * At least two distinct officers, each eligible for `scope` on `date`. The same officer listed twice counts once and
 * the repeat is reported, so a form that picked one person twice says so rather than "one more needed".
 */
export function twoOfficerRule(officers: readonly Officer[], scope: EnforcementScope, date: IsoDate, config: OfficerRulesConfig): TwoOfficerCheck {
  const seen = new Set<string>();
  const entries: TwoOfficerEntry[] = officers.map((o) => {
    if (seen.has(o.id)) {
      return {
        officerId: o.id,
        allowed: false,
        reasons: [{ code: 'DUPLICATE_OFFICER', message: `${o.name}已列入，同一人不能重复计算`, basis: ENFORCEMENT_QUALIFICATION }],
      };
    }
    seen.add(o.id);
    const e = canEnforce(o, scope, date, config);
    return { officerId: o.id, allowed: e.allowed, reasons: e.allowed ? [] : e.reasons };
  });
  const eligible = entries.filter((e) => e.allowed).map((e) => e.officerId);
  if (eligible.length >= MIN_ENFORCING_OFFICERS) return { ok: true, officerIds: eligible };
  return {
    ok: false,
    code: 'TWO_OFFICER_RULE',
    reason: `执法人员不得少于${MIN_ENFORCING_OFFICERS}人且均须具有行政执法资格，目前符合条件的为${eligible.length}人`,
    basis: ENFORCEMENT_QUALIFICATION,
    eligibleCount: eligible.length,
    entries,
  };
}
