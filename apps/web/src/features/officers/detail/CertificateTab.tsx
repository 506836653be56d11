import { PlusOutlined } from '@ant-design/icons';
import { Button, Collapse, Divider, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import { CertificateStatusTag } from '../components/CertificateBits.tsx';
import type { CertificateAction, OfficerDetailDto } from '../types.ts';
import { ApplyCertificateModal } from './ApplyCertificateModal.tsx';
import { CertificateActionModal } from './CertificateActionModal.tsx';
import { CertificateCard, CertificateEvents } from './CertificateCard.tsx';
import { EligibilityBox } from './EligibilityBox.tsx';

/**
 * 执法证: the current certificate with its transitions and events, the eligibility check, then past certificates.
 * The server lists certificates newest first; the first one is the current one.
 */
export function CertificateTab({ officer }: { officer: OfficerDetailDto }) {
  const [action, setAction] = useState<CertificateAction | null>(null);
  const [applying, setApplying] = useState(false);
  const [current, ...past] = officer.certificates;
  const canApply = officer.abilities.includes('applyCertificate');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {current ? (
        <section aria-label="当前执法证">
          <CertificateCard certificate={current} onAction={setAction} />
          <Divider titlePlacement="start" plain>
            证件记录
          </Divider>
          <CertificateEvents certificate={current} />
        </section>
      ) : (
        <Empty description="尚未申领行政执法证" />
      )}
      {canApply ? (
        <Button icon={<PlusOutlined />} onClick={() => setApplying(true)} data-testid="cert-apply">
          申领执法证
        </Button>
      ) : null}

      <EligibilityBox officer={officer} />

      {past.length ? (
        <div>
          <Typography.Title level={5}>历史证件</Typography.Title>
          <Collapse
            items={past.map((c) => ({
              key: c.id,
              label: (
                <Space>
                  <span className="qz-mono">{c.number ?? '（未发证）'}</span>
                  <CertificateStatusTag status={c.status} />
                  <span className="qz-sub">
                    {c.validFrom ?? '—'} 至 {c.validTo ?? '—'}
                  </span>
                </Space>
              ),
              children: (
                <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                  <CertificateCard certificate={c} />
                  <CertificateEvents certificate={c} />
                </Space>
              ),
            }))}
          />
        </div>
      ) : null}

      {current && action ? <CertificateActionModal key={action} certificate={current} action={action} onClose={() => setAction(null)} /> : null}
      <ApplyCertificateModal officerId={officer.id} open={applying} onClose={() => setApplying(false)} />
    </Space>
  );
}
