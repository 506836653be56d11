import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { ContentSpin, ErrorAlert, NotFoundPage } from '../../app/feedback.tsx';
import { formatDateTime } from '../../app/format.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { useCase } from './api.ts';
import './cases.css';
import { AbilitiesCard } from './components/AbilitiesCard.tsx';
import { ActionDialog } from './components/ActionDialog.tsx';
import { CASE_TABS } from './components/case-tabs.tsx';
import { ClocksCard } from './components/ClocksCard.tsx';
import { InvestigatorsCard } from './components/InvestigatorsCard.tsx';
import { StepsTimeline } from './components/StepsTimeline.tsx';
import { PartyIdNumber } from './audit/PartyIdNumber.tsx';
import { LEAD_SOURCE_LABELS, PARTY_KIND_LABELS, stateColor } from './labels.ts';
import type { CaseAbility } from './types.ts';

/** One penalty case: header, what may be done now (and why not), the steps, the open clocks, the investigators. */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { data: detail, error, isPending, refetch } = useCase(id);
  const [acting, setActing] = useState<CaseAbility | null>(null);

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (isPending) return <ContentSpin />;
  if (!detail) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <>
      <PageHeader
        title={detail.caseNumber ?? '案源（未立案）'}
        subtitle={
          <Space wrap size={[8, 4]}>
            <Tag color={stateColor(detail.state)} data-testid="case-state">
              {detail.stateLabel}
            </Tag>
            <span data-testid="case-party">{detail.party.name}</span>
            {detail.decisionNumber ? <span>决定书：{detail.decisionNumber}</span> : null}
            <span>{detail.departmentName ?? ''}</span>
          </Space>
        }
        extra={
          <Link to="/cases">
            <Button icon={<ArrowLeftOutlined />}>返回案件列表</Button>
          </Link>
        }
      />
      <div className="qz-case-grid">
        <div>
          <AbilitiesCard abilities={detail.abilities} onPick={setActing} />
          <Card title="案件信息" size="small">
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label="执法事项">{[detail.powerCode, detail.powerName].filter(Boolean).join(' ')}</Descriptions.Item>
              <Descriptions.Item label="案源">{LEAD_SOURCE_LABELS[detail.leadSource] ?? detail.leadSource}</Descriptions.Item>
              <Descriptions.Item label="当事人">
                {detail.party.name}（{PARTY_KIND_LABELS[detail.party.kind] ?? detail.party.kind}）
              </Descriptions.Item>
              <Descriptions.Item label="证件号码">
                <PartyIdNumber detail={detail} />
              </Descriptions.Item>
              <Descriptions.Item label="受理时间">{formatDateTime(detail.leadReceivedAt)}</Descriptions.Item>
              <Descriptions.Item label="程序">{detail.procedure === 'simple' ? '简易程序' : detail.procedure === 'general' ? '普通程序' : '—'}</Descriptions.Item>
              <Descriptions.Item label="案源摘要" span={2}>
                {detail.leadSummary}
              </Descriptions.Item>
              {detail.legalBasis.length ? (
                <Descriptions.Item label="法律依据" span={2}>
                  {detail.legalBasis.join('；')}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <StepsTimeline steps={detail.steps} />
          {CASE_TABS.length ? (
            <Card size="small" className="qz-case-tabs">
              <Tabs items={CASE_TABS.map((t) => ({ key: t.key, label: t.label, children: t.render(detail) }))} destroyOnHidden />
            </Card>
          ) : null}
        </div>
        <div>
          <ClocksCard clocks={detail.clocks} decisionClock={detail.decisionClock} />
          <InvestigatorsCard detail={detail} onPick={setActing} />
        </div>
      </div>
      {acting ? (
        <ActionDialog
          key={acting.action}
          detail={detail}
          ability={acting}
          onClose={() => setActing(null)}
          onDone={(label) => {
            setActing(null);
            void message.success(`已办理：${label}`);
          }}
        />
      ) : null}
    </>
  );
}
