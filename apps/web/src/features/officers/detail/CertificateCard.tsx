import { enforcementFieldLabel } from '@quanze/domain';
import { CERTIFICATE_ACTION_LABELS, CERTIFICATE_STATUS_LABELS, CERTIFICATE_TRANSITIONS } from '@quanze/domain';
import { Alert, Button, Col, Descriptions, QRCode, Row, Space, Tag, Timeline } from 'antd';
import { formatBasis, formatDateTime } from '../../../app/format.ts';
import { CertificateStatusTag, ValidTo } from '../components/CertificateBits.tsx';
import type { CertificateAction, CertificateDto } from '../types.ts';

/** Events the transition table does not name (the application, the roster import). */
const EVENT_LABELS: Record<string, string> = { ...CERTIFICATE_ACTION_LABELS, apply: '申领', import: '导入' };

/** Destructive transitions are shown in red. */
const DANGER: ReadonlySet<CertificateAction> = new Set(['failReview', 'suspend', 'revoke', 'cancel', 'expire']);

/** The check URL as the phone will open it: the server gives a path; the QR needs the full address. */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, window.location.origin).toString();
  } catch {
    return url;
  }
}

const tags = (values: readonly string[], label: (v: string) => string = (v) => v) =>
  values.length ? (
    <Space size={[0, 4]} wrap>
      {values.map((v) => (
        <Tag key={v}>{label(v)}</Tag>
      ))}
    </Space>
  ) : (
    <span className="qz-muted">—</span>
  );

export function CertificateEvents({ certificate }: { certificate: CertificateDto }) {
  if (certificate.events.length === 0) return <span className="qz-muted">暂无记录</span>;
  return (
    <Timeline
      items={certificate.events.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: e.to === 'valid' ? 'green' : e.to === 'revoked' || e.to === 'suspended' || e.to === 'reviewFailed' ? 'red' : 'blue',
        content: (
          <>
            <div className="qz-sub">{formatDateTime(e.at)}</div>
            <div>
              <strong>{EVENT_LABELS[e.action] ?? e.action}</strong>
              {'　'}
              {e.from ? `${CERTIFICATE_STATUS_LABELS[e.from]} → ` : ''}
              {CERTIFICATE_STATUS_LABELS[e.to]}
              {e.actorName ? <span className="qz-sub">（{e.actorName}）</span> : null}
            </div>
            {e.reason ? <div className="qz-sub">理由：{e.reason}</div> : null}
          </>
        ),
      }))}
    />
  );
}

interface Props {
  certificate: CertificateDto;
  /** Only the current certificate offers its transitions. */
  onAction?: (action: CertificateAction) => void;
}

/** A certificate: status, what it covers, validity, next review, alerts, the QR check URL and its transitions. */
export function CertificateCard({ certificate: c, onAction }: Props) {
  const current = onAction !== undefined;
  const actions = current ? c.abilities : [];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {c.alerts.map((a) => (
        <Alert
          key={`${a.kind}-${a.dueOn}`}
          type={a.severity === 'critical' ? 'error' : 'warning'}
          showIcon
          title={a.message}
          description={`依据：${formatBasis(a.basis)}`}
          data-testid={current ? `cert-alert-${a.kind}` : undefined}
        />
      ))}
      <Row gutter={[24, 16]} wrap>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'number', label: '执法证号', children: c.number ? <span className="qz-mono">{c.number}</span> : '（发证时填写）' },
              {
                key: 'status',
                label: '状态',
                children: <CertificateStatusTag status={c.status} {...(current ? { testId: 'cert-status' } : {})} />,
              },
              { key: 'authority', label: '发证机关', span: 2, children: c.issuingAuthority ?? '—' },
              { key: 'categories', label: '执法类别', children: tags(c.categories, enforcementFieldLabel) },
              { key: 'areas', label: '执法区域', children: tags(c.areas) },
              { key: 'validFrom', label: '有效期自', children: c.validFrom ?? '—' },
              { key: 'validTo', label: '有效期至', children: <ValidTo validTo={c.validTo} alerts={c.alerts} status={c.status} /> },
              { key: 'reviewed', label: '最近审验年度', children: c.lastReviewedYear ? `${c.lastReviewedYear} 年度` : '—' },
              { key: 'nextReview', label: '下次审验截止', children: c.nextReviewDue ?? '—' },
            ]}
          />
        </Col>
        {c.checkUrl ? (
          <Col flex="none">
            <div className="qz-cert-qr">
              <QRCode value={absoluteUrl(c.checkUrl)} type="svg" size={160} errorLevel="M" />
              <a href={c.checkUrl} target="_blank" rel="noreferrer" data-testid={current ? 'cert-check-url' : undefined}>
                公开核验链接
              </a>
            </div>
          </Col>
        ) : null}
      </Row>
      {actions.length ? (
        <Space wrap>
          {actions.map((a) => (
            <Button
              key={a}
              danger={DANGER.has(a)}
              type={a === 'issue' || a === 'passReview' ? 'primary' : 'default'}
              onClick={() => onAction?.(a)}
              title={`依据：${formatBasis(CERTIFICATE_TRANSITIONS[a].basis)}`}
              data-testid={`cert-action-${a}`}
            >
              {CERTIFICATE_ACTION_LABELS[a]}
            </Button>
          ))}
        </Space>
      ) : null}
    </Space>
  );
}
