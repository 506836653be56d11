import { ArrowLeftOutlined, EditOutlined, LogoutOutlined } from '@ant-design/icons';
import { EMPLOYMENT_TYPE_LABELS } from '@quanze/domain';
import { Button, Card, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { ContentSpin, ErrorAlert, NotFoundPage } from '../../app/feedback.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { useOfficer, useOfficerLeave } from './api.ts';
import { CertificateStatusTag } from './components/CertificateBits.tsx';
import { OfficerFormModal } from './components/OfficerFormModal.tsx';
import { ReasonModal } from './components/ReasonModal.tsx';
import { CertificateTab } from './detail/CertificateTab.tsx';
import { CommitmentsTab } from './detail/CommitmentsTab.tsx';
import { FileTab } from './detail/FileTab.tsx';
import { HistoryTab } from './detail/HistoryTab.tsx';
import { RecordsTab } from './detail/RecordsTab.tsx';
import { TrainingTab } from './detail/TrainingTab.tsx';
import './officers.css';
import type { OfficerAbility } from './types.ts';

const TABS = ['file', 'certificate', 'training', 'records', 'commitments', 'history'] as const;
type TabKey = (typeof TABS)[number];

/** One officer: file, certificates (with the eligibility check), training, rewards/discipline, commitments, history. */
export function OfficerDetailPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data: officer, error, isPending, refetch } = useOfficer(id);
  const leave = useOfficerLeave();
  const [dialog, setDialog] = useState<'edit' | 'leave' | null>(null);

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (isPending) return <ContentSpin />;
  if (!officer) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  const can = (a: OfficerAbility) => officer.abilities.includes(a);
  const tabParam = params.get('tab') as TabKey | null;
  const tab: TabKey = tabParam && TABS.includes(tabParam) ? tabParam : 'file';
  const label = (key: TabKey, text: string) => <span data-testid={`officer-tab-${key}`}>{text}</span>;

  return (
    <>
      <PageHeader
        title={officer.name}
        subtitle={
          <Space wrap size={[8, 4]}>
            <span>{officer.departmentName ?? '未分配科室'}</span>
            {officer.postName ? <span>{officer.postName}</span> : null}
            <Tag>{EMPLOYMENT_TYPE_LABELS[officer.employmentType]}</Tag>
            <CertificateStatusTag status={officer.certificate?.status} />
            {officer.status === 'left' ? <Tag color="default">已离岗</Tag> : null}
          </Space>
        }
        extra={
          <Space wrap>
            <Link to="/officers">
              <Button icon={<ArrowLeftOutlined />}>返回名册</Button>
            </Link>
            {can('edit') ? (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="officer-edit">
                编辑档案
              </Button>
            ) : null}
            {can('leave') ? (
              <Button danger icon={<LogoutOutlined />} onClick={() => setDialog('leave')} data-testid="officer-leave">
                离岗
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            { key: 'file', label: label('file', '档案'), children: <FileTab officer={officer} /> },
            { key: 'certificate', label: label('certificate', '执法证'), children: <CertificateTab officer={officer} /> },
            { key: 'training', label: label('training', `培训（${officer.trainings.length}）`), children: <TrainingTab officer={officer} /> },
            { key: 'records', label: label('records', `奖惩（${officer.records.length}）`), children: <RecordsTab officer={officer} /> },
            { key: 'commitments', label: label('commitments', '廉政承诺'), children: <CommitmentsTab officer={officer} /> },
            { key: 'history', label: label('history', '变更历史'), children: <HistoryTab officer={officer} /> },
          ]}
        />
      </Card>

      <OfficerFormModal open={dialog === 'edit'} officer={officer} onClose={() => setDialog(null)} />
      <ReasonModal
        open={dialog === 'leave'}
        title={`${officer.name} 离岗`}
        description="离岗后该人员不再出现在在岗名册中，档案与证件记录保留。"
        label="离岗原因"
        okText="确认离岗"
        danger
        testId="officer-leave"
        onSubmit={({ reason }) => leave.mutateAsync({ id: officer.id, reason, version: officer.version })}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
