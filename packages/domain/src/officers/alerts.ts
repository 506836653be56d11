/**
 * Reminders for a certificate: expiry and annual review, each either coming up (`warning`, within the configured
 * lead time) or past (`critical`, shown in red — the officer is already refused by canEnforce).
 */
import type { Citation } from '../citation.ts';
import { isTerminalCertificateStatus, nextReviewDue, nextReviewYear, type Certificate } from './certificate.ts';
import type { OfficerRulesConfig } from './config.ts';
import { daysBetween, type IsoDate } from './dates.ts';
import { ANNUAL_REVIEW, CERTIFICATE_VALIDITY } from './sources.ts';

export type CertificateAlertKind = 'expiring' | 'expired' | 'reviewDue' | 'reviewOverdue';
export type CertificateAlertSeverity = 'warning' | 'critical';

export interface CertificateAlert {
  kind: CertificateAlertKind;
  severity: CertificateAlertSeverity;
  dueOn: IsoDate;
  /** Days from `date` to `dueOn`: 0 on the day, negative once past. */
  daysLeft: number;
  message: string;
  basis: Citation;
}

/**
 * Alerts for a certificate still in force (valid, review failed, suspended). A certificate not yet issued has no
 * dates to watch, and a revoked, cancelled or expired one is shown by its status. A review due after the
 * certificate's own end is not raised: the expiry alert is the one that matters.
 */
export function certificateAlerts(certificate: Certificate, date: IsoDate, config: OfficerRulesConfig): CertificateAlert[] {
  if (isTerminalCertificateStatus(certificate.status) || certificate.status === 'applied' || certificate.status === 'examPassed') return [];
  const alerts: CertificateAlert[] = [];
  const { validTo } = certificate;
  if (validTo !== null) {
    const left = daysBetween(date, validTo);
    if (left < 0) {
      alerts.push({ kind: 'expired', severity: 'critical', dueOn: validTo, daysLeft: left, message: `执法证已于${validTo}到期`, basis: CERTIFICATE_VALIDITY });
    } else if (left <= config.expiryLeadDays) {
      alerts.push({ kind: 'expiring', severity: 'warning', dueOn: validTo, daysLeft: left, message: `执法证将于${validTo}到期（剩余${left}天）`, basis: CERTIFICATE_VALIDITY });
    }
  }
  const due = nextReviewDue(certificate, config);
  if (due !== null && (validTo === null || due <= validTo)) {
    const left = daysBetween(date, due);
    const year = nextReviewYear(certificate);
    if (left < 0) {
      alerts.push({ kind: 'reviewOverdue', severity: 'critical', dueOn: due, daysLeft: left, message: `${year}年度审验已逾期（应于${due}前完成）`, basis: ANNUAL_REVIEW });
    } else if (left <= config.reviewLeadDays) {
      alerts.push({ kind: 'reviewDue', severity: 'warning', dueOn: due, daysLeft: left, message: `${year}年度审验应于${due}前完成（剩余${left}天）`, basis: ANNUAL_REVIEW });
    }
  }
  return alerts;
}
