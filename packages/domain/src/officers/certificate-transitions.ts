/**
 * The certificate lifecycle as a transition table + guard:
 *   applied → examPassed → valid ⇄ (annual review passed / reviewFailed) → suspended (暂扣) → restored to valid,
 *   or revoked (吊销) / cancelled (注销) / expired — the last three are final.
 *
 * Roles: the bureau's supervision staff (`supervisor`, 执法监督 — the section that runs 执法证 management) record
 * exams and reviews and may suspend, restore and cancel; issuing and revoking, which create or destroy a
 * qualification, need a `leader`. `'system'` is the scheduled job that marks expiry. The three administrators never
 * appear: under 三员分立 they hold no business role (identity/roles.ts checkRoleSet).
 */
import type { Citation } from '../citation.ts';
import type { Role } from '../identity/roles.ts';
import type { AnnualReviewOutcome } from './annual-review.ts';
import { CERTIFICATE_STATUS_LABELS, isTerminalCertificateStatus, nextReviewYear, type Certificate, type CertificateStatus } from './certificate.ts';
import type { OfficerRulesConfig } from './config.ts';
import { addDays, addYears, isIsoDate, yearOf, type IsoDate } from './dates.ts';
import { EMPLOYMENT_TYPE_LABELS, type EmploymentType } from './employment.ts';
import {
  ANNUAL_REVIEW,
  CANCELLATION,
  CERTIFICATE_VALIDITY,
  EMPLOYMENT_BAR,
  ENFORCEMENT_QUALIFICATION,
  EXAM_BEFORE_ISSUE,
  SUSPENSION_AND_REVOCATION,
} from './sources.ts';

export const CERTIFICATE_ACTIONS = ['passExam', 'issue', 'passReview', 'failReview', 'suspend', 'restore', 'revoke', 'cancel', 'expire'] as const;
export type CertificateAction = (typeof CERTIFICATE_ACTIONS)[number];

export const CERTIFICATE_ACTION_LABELS: Record<CertificateAction, string> = {
  passExam: '登记考试合格',
  issue: '发证',
  passReview: '年度审验合格',
  failReview: '年度审验不合格',
  suspend: '暂扣',
  restore: '恢复（发还）',
  revoke: '吊销',
  cancel: '注销',
  expire: '到期失效',
};

export type CertificateActorKind = Role | 'system';

export interface CertificateTransition {
  from: readonly CertificateStatus[];
  to: CertificateStatus;
  actors: readonly CertificateActorKind[];
  reasonRequired: boolean;
  basis: Citation;
}

const LIVE: readonly CertificateStatus[] = ['valid', 'reviewFailed', 'suspended'];

export const CERTIFICATE_TRANSITIONS: Record<CertificateAction, CertificateTransition> = {
  passExam: { from: ['applied'], to: 'examPassed', actors: ['supervisor'], reasonRequired: false, basis: EXAM_BEFORE_ISSUE },
  issue: { from: ['examPassed'], to: 'valid', actors: ['leader'], reasonRequired: false, basis: ENFORCEMENT_QUALIFICATION },
  passReview: { from: ['valid', 'reviewFailed'], to: 'valid', actors: ['supervisor'], reasonRequired: false, basis: ANNUAL_REVIEW },
  failReview: { from: ['valid'], to: 'reviewFailed', actors: ['supervisor'], reasonRequired: true, basis: ANNUAL_REVIEW },
  suspend: { from: ['valid', 'reviewFailed'], to: 'suspended', actors: ['supervisor', 'leader'], reasonRequired: true, basis: SUSPENSION_AND_REVOCATION },
  restore: { from: ['suspended'], to: 'valid', actors: ['supervisor', 'leader'], reasonRequired: true, basis: SUSPENSION_AND_REVOCATION },
  revoke: { from: LIVE, to: 'revoked', actors: ['leader'], reasonRequired: true, basis: SUSPENSION_AND_REVOCATION },
  cancel: { from: ['applied', 'examPassed', ...LIVE], to: 'cancelled', actors: ['supervisor', 'leader'], reasonRequired: true, basis: CANCELLATION },
  expire: { from: LIVE, to: 'expired', actors: ['system', 'supervisor'], reasonRequired: false, basis: CERTIFICATE_VALIDITY },
};

/** What is printed on the certificate, entered when it is issued. */
export interface CertificateIssueDetails {
  number: string;
  issuingAuthority: string;
  categories: readonly string[];
  areas: readonly string[];
  validFrom: IsoDate;
  validTo: IsoDate;
}

export interface CertificateTransitionContext {
  actor: { roles: readonly Role[] } | 'system';
  reason?: string | null;
  /** The holder's current employment type; required to issue or restore. */
  holder?: { employmentType: EmploymentType };
  /** Required to issue. */
  issue?: CertificateIssueDetails;
  /** The evaluated review (evaluateAnnualReview); required to pass a review. */
  review?: AnnualReviewOutcome;
}

export type CertificateTransitionCode =
  | 'CERTIFICATE_TRANSITION_NOT_ALLOWED'
  | 'CERTIFICATE_ACTOR_NOT_ALLOWED'
  | 'CERTIFICATE_REASON_REQUIRED'
  | 'CERTIFICATE_HOLDER_NOT_ELIGIBLE'
  | 'CERTIFICATE_ISSUE_DETAILS_INVALID'
  | 'CERTIFICATE_REVIEW_NOT_PASSED'
  | 'CERTIFICATE_REVIEW_YEAR_INVALID'
  | 'CERTIFICATE_ALREADY_EXPIRED'
  | 'CERTIFICATE_NOT_YET_EXPIRED';

export type CertificateTransitionCheck =
  | { ok: true; to: CertificateStatus; /** the fields to write with the new status */ patch: Partial<Certificate> }
  | { ok: false; code: CertificateTransitionCode; reason: string; basis: Citation };

/** Every problem with issue details; [] when they may be printed. */
export function issueDetailsProblems(details: CertificateIssueDetails, date: IsoDate, config: OfficerRulesConfig): string[] {
  const problems: string[] = [];
  if (!details.number.trim()) problems.push('未填写证件编号');
  if (!details.issuingAuthority.trim()) problems.push('未填写发证机关');
  if (details.categories.length === 0) problems.push('未载明执法类别');
  if (details.areas.length === 0) problems.push('未载明执法区域');
  if (!isIsoDate(details.validFrom) || !isIsoDate(details.validTo)) {
    problems.push('有效期日期格式不正确');
    return problems;
  }
  if (details.validTo < details.validFrom) problems.push('有效期终止日早于起始日');
  if (details.validTo < date) problems.push('有效期已届满，不能发证');
  const years = config.certificateValidityYears;
  if (years !== null && details.validTo > addDays(addYears(details.validFrom, years), -1)) {
    problems.push(`有效期超过规定的${years}年`);
  }
  return problems;
}

/** The last valid day of a certificate issued on `validFrom`, or null when no validity period is configured. */
export function defaultValidTo(validFrom: IsoDate, config: OfficerRulesConfig): IsoDate | null {
  return config.certificateValidityYears === null ? null : addDays(addYears(validFrom, config.certificateValidityYears), -1);
}

/**
 * Whether `action` may be taken on `certificate` on `date`. Returns the first failing guard, in order: state, actor,
 * reason, then the action's own conditions; on success the status and fields to write.
 */
export function checkCertificateTransition(
  certificate: Certificate,
  action: CertificateAction,
  context: CertificateTransitionContext,
  date: IsoDate,
  config: OfficerRulesConfig,
): CertificateTransitionCheck {
  const t = CERTIFICATE_TRANSITIONS[action];
  const label = CERTIFICATE_ACTION_LABELS[action];
  const no = (code: CertificateTransitionCode, reason: string, basis: Citation = t.basis): CertificateTransitionCheck => ({ ok: false, code, reason, basis });

  if (!t.from.includes(certificate.status)) {
    return no('CERTIFICATE_TRANSITION_NOT_ALLOWED', `执法证当前状态为“${CERTIFICATE_STATUS_LABELS[certificate.status]}”，不能${label}`);
  }
  const actorOk = context.actor === 'system' ? t.actors.includes('system') : context.actor.roles.some((r) => t.actors.includes(r));
  if (!actorOk) return no('CERTIFICATE_ACTOR_NOT_ALLOWED', `无权${label}`);
  if (t.reasonRequired && !context.reason?.trim()) return no('CERTIFICATE_REASON_REQUIRED', `${label}须填写理由`);

  const ok = (patch: Partial<Certificate> = {}): CertificateTransitionCheck => ({ ok: true, to: t.to, patch: { ...patch, status: t.to } });
  switch (action) {
    case 'issue': {
      const holderProblem = holderCheck(context, config);
      if (holderProblem) return holderProblem;
      if (!context.issue) return no('CERTIFICATE_ISSUE_DETAILS_INVALID', '未填写证件编号、执法类别、区域和有效期');
      const problems = issueDetailsProblems(context.issue, date, config);
      if (problems.length) return no('CERTIFICATE_ISSUE_DETAILS_INVALID', problems.join('；'));
      const { number, issuingAuthority, categories, areas, validFrom, validTo } = context.issue;
      return ok({ number, issuingAuthority, categories, areas, validFrom, validTo });
    }
    case 'passReview': {
      const expected = nextReviewYear(certificate);
      if (!context.review) return no('CERTIFICATE_REVIEW_NOT_PASSED', '缺少年度审验结果');
      if (context.review.year > yearOf(date)) return no('CERTIFICATE_REVIEW_YEAR_INVALID', `${context.review.year}年度尚未开始，不能审验`);
      if (expected === null || context.review.year !== expected) {
        return no('CERTIFICATE_REVIEW_YEAR_INVALID', `应审验的年度为${expected ?? '（无）'}年，不是${context.review.year}年`);
      }
      if (!context.review.passed) {
        return no('CERTIFICATE_REVIEW_NOT_PASSED', context.review.reasons.map((r) => r.message).join('；'), context.review.reasons[0]?.basis);
      }
      return ok({ lastReviewedYear: context.review.year });
    }
    case 'restore': {
      const holderProblem = holderCheck(context, config);
      if (holderProblem) return holderProblem;
      if (certificate.validTo !== null && date > certificate.validTo) {
        return no('CERTIFICATE_ALREADY_EXPIRED', `执法证已于${certificate.validTo}届满，不能恢复`, CERTIFICATE_VALIDITY);
      }
      return ok();
    }
    case 'expire':
      if (certificate.validTo === null || date <= certificate.validTo) {
        return no('CERTIFICATE_NOT_YET_EXPIRED', certificate.validTo === null ? '执法证未载明有效期' : `执法证有效期至${certificate.validTo}，尚未届满`);
      }
      return ok();
    case 'passExam':
    case 'failReview':
    case 'suspend':
    case 'revoke':
    case 'cancel':
      return ok();
  }
}

/** 合同 and 派遣 staff (or whatever the deployment bars) may not hold a certificate. */
function holderCheck(context: CertificateTransitionContext, config: OfficerRulesConfig): CertificateTransitionCheck | null {
  const type = context.holder?.employmentType;
  if (type === undefined) {
    return { ok: false, code: 'CERTIFICATE_HOLDER_NOT_ELIGIBLE', reason: '缺少持证人用工性质', basis: EMPLOYMENT_BAR };
  }
  if (!config.certifiableEmploymentTypes.includes(type)) {
    return { ok: false, code: 'CERTIFICATE_HOLDER_NOT_ELIGIBLE', reason: `${EMPLOYMENT_TYPE_LABELS[type]}不得持有行政执法证`, basis: EMPLOYMENT_BAR };
  }
  return null;
}

export type CertificateApplicationCheck = { ok: true } | { ok: false; code: 'CERTIFICATE_ACTOR_NOT_ALLOWED' | 'CERTIFICATE_HOLDER_NOT_ELIGIBLE' | 'CERTIFICATE_ALREADY_HELD'; reason: string; basis: Citation };

/** Roles that may file an application (申领) for an officer: the officer's department head or supervision staff. */
export const CERTIFICATE_APPLICANT_ROLES: readonly Role[] = ['departmentHead', 'supervisor'];

/**
 * Whether a certificate may be applied for: the actor may file it, the officer's employment type may hold one, and
 * the officer holds no certificate that is still in the lifecycle (one current certificate per officer).
 */
export function checkCertificateApplication(
  officer: { employmentType: EmploymentType; certificate: Pick<Certificate, 'status'> | null },
  actorRoles: readonly Role[],
  config: OfficerRulesConfig,
): CertificateApplicationCheck {
  if (!actorRoles.some((r) => CERTIFICATE_APPLICANT_ROLES.includes(r))) {
    return { ok: false, code: 'CERTIFICATE_ACTOR_NOT_ALLOWED', reason: '无权申领执法证', basis: ENFORCEMENT_QUALIFICATION };
  }
  const holder = holderCheck({ actor: 'system', holder: { employmentType: officer.employmentType } }, config);
  if (holder && !holder.ok) return { ok: false, code: 'CERTIFICATE_HOLDER_NOT_ELIGIBLE', reason: holder.reason, basis: holder.basis };
  if (officer.certificate && !isTerminalCertificateStatus(officer.certificate.status)) {
    return { ok: false, code: 'CERTIFICATE_ALREADY_HELD', reason: '该人员已有未终止的执法证（申领或有效）', basis: ENFORCEMENT_QUALIFICATION };
  }
  return { ok: true };
}
