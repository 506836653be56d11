/**
 * The enforcement certificate (行政执法证) as a row, its statuses, and the facts derived from it: which categories
 * and areas it covers and when its next annual review (年度审验) falls due.
 */
import type { OfficerRulesConfig } from './config.ts';
import { dateInYear, yearOf, type IsoDate } from './dates.ts';

export const CERTIFICATE_STATUSES = ['applied', 'examPassed', 'valid', 'reviewFailed', 'suspended', 'revoked', 'cancelled', 'expired'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
  applied: '已申领',
  examPassed: '考试合格待发证',
  valid: '有效',
  reviewFailed: '审验不合格',
  suspended: '暂扣',
  revoked: '吊销',
  cancelled: '注销',
  expired: '已过期',
};

/** Statuses no transition leaves: the record is kept, a new certificate is a new row. */
export const TERMINAL_CERTIFICATE_STATUSES = ['revoked', 'cancelled', 'expired'] as const satisfies readonly CertificateStatus[];

export function isTerminalCertificateStatus(status: CertificateStatus): boolean {
  return (TERMINAL_CERTIFICATE_STATUSES as readonly CertificateStatus[]).includes(status);
}

/** A certificate row. Fields set at issue are null before it. */
export interface Certificate {
  id: string;
  number: string | null;
  issuingAuthority: string | null;
  status: CertificateStatus;
  /** 执法类别, e.g. the domain codes of the power list ('LS' 律师, 'GZ' 公证 …); compared exactly. */
  categories: readonly string[];
  /** 执法区域 as GB/T 2260 division codes ('320000' province, '320100' city, '320102' district) or exact labels. */
  areas: readonly string[];
  validFrom: IsoDate | null;
  /** Last valid day, inclusive. */
  validTo: IsoDate | null;
  /** The latest calendar year whose annual review was passed. */
  lastReviewedYear: number | null;
}

export function coversCategory(certificate: Certificate, category: string): boolean {
  return certificate.categories.includes(category);
}

/** The prefix a GB/T 2260 code stands for: 32 for '320000', 3201 for '320100', itself for a county. */
function divisionPrefix(code: string): string | null {
  if (!/^\d{6}$/.test(code)) return null;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/**
 * An area is covered when listed exactly, or when a listed division code contains it: a certificate for the city
 * 320100 covers its district 320102 and the townships under it (12-digit statistical codes start with the county).
 */
export function coversArea(certificate: Certificate, area: string): boolean {
  return certificate.areas.some((a) => {
    if (a === area) return true;
    const prefix = divisionPrefix(a);
    return prefix !== null && /^\d+$/.test(area) && area.length >= 6 && area.startsWith(prefix);
  });
}

/**
 * The first year a certificate is reviewed for: its first full calendar year of validity. A year of training can
 * only be asked of someone who held the certificate the whole year. (Design choice: the Jiangsu rule is unverified.)
 */
export function firstReviewYear(certificate: Certificate): number | null {
  if (certificate.validFrom === null) return null;
  const y = yearOf(certificate.validFrom);
  return certificate.validFrom.endsWith('-01-01') ? y : y + 1;
}

/** The year whose review is next to pass; reviews go year by year, none skipped. */
export function nextReviewYear(certificate: Certificate): number | null {
  const first = firstReviewYear(certificate);
  if (first === null) return null;
  return certificate.lastReviewedYear === null ? first : Math.max(first, certificate.lastReviewedYear + 1);
}

/** The review of year Y is due by the configured month-day of Y+1. */
export function reviewDueDate(reviewYear: number, config: OfficerRulesConfig): IsoDate {
  return dateInYear(reviewYear + 1, config.reviewDeadline);
}

export function nextReviewDue(certificate: Certificate, config: OfficerRulesConfig): IsoDate | null {
  const year = nextReviewYear(certificate);
  return year === null ? null : reviewDueDate(year, config);
}
