import { EMPLOYMENT_TYPE_LABELS } from '@quanze/domain';
import { Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { useOfficers, type OfficerQuery } from '../api.ts';
import type { OfficerSummaryDto } from '../types.ts';
import { PAGE_SIZES } from '../useOfficerQueryParams.ts';
import { AlertTags, CertificateStatusTag, TrainingHours, ValidTo } from './CertificateBits.tsx';

interface Props {
  query: OfficerQuery;
  onQueryChange: (patch: Partial<Record<keyof OfficerQuery, string | number | undefined>>) => void;
}

const columns: TableColumnsType<OfficerSummaryDto> = [
  {
    title: '姓名',
    dataIndex: 'name',
    width: 110,
    fixed: 'left',
    render: (name: string, o) => (
      <>
        <Link to={`/officers/${o.id}`} data-testid="officer-link">
          {name}
        </Link>
        {o.status === 'left' ? <Tag style={{ marginLeft: 6 }}>已离岗</Tag> : null}
      </>
    ),
  },
  {
    title: '科室 / 岗位',
    key: 'department',
    width: 170,
    render: (_: unknown, o) => (
      <>
        <div>{o.departmentName ?? '—'}</div>
        {o.postName ? <div className="qz-sub">{o.postName}</div> : null}
      </>
    ),
  },
  { title: '用工性质', dataIndex: 'employmentType', width: 130, render: (t: OfficerSummaryDto['employmentType']) => EMPLOYMENT_TYPE_LABELS[t] },
  {
    title: '执法证号',
    key: 'number',
    width: 140,
    render: (_: unknown, o) => (o.certificate?.number ? <span className="qz-mono">{o.certificate.number}</span> : <span className="qz-muted">—</span>),
  },
  { title: '状态', key: 'status', width: 120, render: (_: unknown, o) => <CertificateStatusTag status={o.certificate?.status} /> },
  {
    title: '有效期至',
    key: 'validTo',
    width: 110,
    render: (_: unknown, o) => <ValidTo validTo={o.certificate?.validTo ?? null} alerts={o.alerts} status={o.certificate?.status} />,
  },
  {
    title: '本年学时',
    key: 'training',
    width: 90,
    render: (_: unknown, o) => <TrainingHours hours={o.trainingHoursThisYear} required={o.requiredTrainingHours} />,
  },
  { title: '提醒', key: 'alerts', width: 180, render: (_: unknown, o) => <AlertTags alerts={o.alerts} /> },
];

export function OfficerTable({ query, onQueryChange }: Props) {
  const { data, error, isFetching, refetch } = useOfficers(query);
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <Table<OfficerSummaryDto>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={isFetching}
      scroll={{ x: 1090 }}
      data-testid="officers-table"
      locale={{ emptyText: '没有符合条件的执法人员' }}
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES,
        showTotal: (total) => `共 ${total} 人`,
        onChange: (page, pageSize) => onQueryChange(pageSize !== query.pageSize ? { page: 1, pageSize } : { page }),
      }}
    />
  );
}
