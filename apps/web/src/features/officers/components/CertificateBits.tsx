/** Small shared displays of a certificate: status tag, alert tags, validity date and training hours in colour. */
import { CERTIFICATE_STATUS_LABELS } from '@quanze/domain';
import { Space, Tag, Tooltip } from 'antd';
import { formatBasis } from '../../../app/format.ts';
import type { CertificateAlert, CertificateStatus } from '../types.ts';

const STATUS_COLORS: Record<CertificateStatus, string> = {
  applied: 'processing',
  examPassed: 'cyan',
  valid: 'success',
  reviewFailed: 'warning',
  suspended: 'volcano',
  revoked: 'error',
  cancelled: 'default',
  expired: 'default',
};

export function CertificateStatusTag({ status, testId }: { status: CertificateStatus | null | undefined; testId?: string }) {
  if (!status) return <Tag data-testid={testId}>未申领</Tag>;
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {CERTIFICATE_STATUS_LABELS[status]}
    </Tag>
  );
}

export const severityColor = (severity: CertificateAlert['severity']) => (severity === 'critical' ? 'error' : 'warning');

/** A short label for a table cell; the full message is in the tooltip. */
function shortLabel(a: CertificateAlert): string {
  switch (a.kind) {
    case 'expiring':
      return `${a.daysLeft} 天后到期`;
    case 'expired':
      return '证件已过期';
    case 'reviewDue':
      return `待审验（${a.daysLeft} 天）`;
    case 'reviewOverdue':
      return '审验逾期';
  }
}

/** One tag per alert, red when critical and orange when a warning; the tooltip gives the message and the rule. */
export function AlertTags({ alerts }: { alerts: readonly CertificateAlert[] }) {
  if (alerts.length === 0) return <span className="qz-muted">—</span>;
  return (
    <Space size={[0, 4]} wrap>
      {alerts.map((a) => (
        <Tooltip key={`${a.kind}-${a.dueOn}`} title={`${a.message}（依据：${formatBasis(a.basis)}）`}>
          <Tag color={severityColor(a.severity)} data-alert={a.kind}>
            {shortLabel(a)}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

/** The tone of a validity date from the certificate's expiry alerts: red when expired or critical, orange when near. */
export function validityTone(alerts: readonly CertificateAlert[], status?: CertificateStatus | null): 'critical' | 'warning' | null {
  if (status === 'expired') return 'critical';
  const expiry = alerts.filter((a) => a.kind === 'expiring' || a.kind === 'expired');
  if (expiry.some((a) => a.kind === 'expired' || a.severity === 'critical')) return 'critical';
  return expiry.length ? 'warning' : null;
}

interface ValidToProps {
  validTo: string | null;
  alerts: readonly CertificateAlert[];
  status?: CertificateStatus | null | undefined;
}

export function ValidTo({ validTo, alerts, status }: ValidToProps) {
  if (!validTo) return <span className="qz-muted">—</span>;
  const tone = validityTone(alerts, status);
  return <span className={tone ? `qz-tone-${tone}` : undefined}>{validTo}</span>;
}

export function TrainingHours({ hours, required }: { hours: number; required: number }) {
  const short = hours < required;
  return (
    <span className={short ? 'qz-tone-critical' : undefined} title={short ? `本年度培训学时不足 ${required} 学时` : undefined}>
      {hours}/{required}
    </span>
  );
}
