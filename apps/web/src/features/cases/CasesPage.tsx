import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Select, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback.tsx';
import { formatDate } from '../../app/format.ts';
import { useCan } from '../../app/me.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { DepartmentSelect } from '../departments/DepartmentSelect.tsx';
import { useCases } from './api.ts';
import { RegisterLeadModal } from './RegisterLeadModal.tsx';
import { STATE_OPTIONS, stateColor } from './labels.ts';
import type { CaseQuery, CaseSummaryDto } from './types.ts';

const FILTERS = ['departmentId', 'state', 'receivedFrom', 'receivedTo'] as const;

/** 处罚案件: filters in the URL, the server's newest-first list, 登记案源 for those who may. */
export function CasesPage() {
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const query: CaseQuery = { page: Number(params.get('page') ?? 1) || 1, pageSize: Number(params.get('pageSize') ?? 20) || 20 };
  for (const key of FILTERS) {
    const v = params.get(key);
    if (v) query[key] = v;
  }
  const setQuery = (patch: Partial<Record<(typeof FILTERS)[number] | 'page' | 'pageSize', string | number | undefined>>) => {
    const next = new URLSearchParams(params);
    if (!('page' in patch)) next.delete('page');
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };
  const { data, error, isFetching, refetch } = useCases(query);

  const columns = [
    {
      title: '案号 / 决定书号',
      key: 'number',
      render: (_: unknown, c: CaseSummaryDto) => (
        <Link to={`/cases/${c.id}`} data-testid="case-link">
          <div>{c.caseNumber ?? '（未立案）'}</div>
          {c.decisionNumber ? <div className="qz-muted">{c.decisionNumber}</div> : null}
        </Link>
      ),
    },
    { title: '当事人', dataIndex: 'partyName', key: 'party' },
    { title: '执法事项', key: 'power', render: (_: unknown, c: CaseSummaryDto) => c.powerName ?? c.powerCode ?? '—' },
    { title: '状态', key: 'state', render: (_: unknown, c: CaseSummaryDto) => <Tag color={stateColor(c.state)}>{c.stateLabel}</Tag> },
    { title: '承办科室', dataIndex: 'departmentName', key: 'department', render: (v: string | null) => v ?? '—' },
    { title: '受理日期', dataIndex: 'leadReceivedAt', key: 'received', render: (v: string) => formatDate(v) },
  ];

  return (
    <>
      <PageHeader
        title="处罚案件"
        subtitle="行政处罚案件的登记、立案、调查、审核、决定与执行。每一步由系统按法定程序校验，不能办理时给出原因和依据。"
        extra={
          can('case:manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="case-register">
              登记案源
            </Button>
          ) : null
        }
      />
      <Card>
        <div className="qz-toolbar">
          <DepartmentSelect
            value={query.departmentId ?? null}
            onChange={(v) => setQuery({ departmentId: v ?? undefined })}
            placeholder="全部科室"
            style={{ width: 200 }}
            data-testid="cases-department-filter"
          />
          <Select
            value={query.state}
            onChange={(v: string | undefined) => setQuery({ state: v })}
            options={STATE_OPTIONS}
            placeholder="全部状态"
            allowClear
            style={{ width: 170 }}
            data-testid="cases-state-filter"
          />
          <DatePicker.RangePicker
            value={[query.receivedFrom ? dayjs(query.receivedFrom) : null, query.receivedTo ? dayjs(query.receivedTo) : null]}
            onChange={(range) =>
              setQuery({ receivedFrom: range?.[0]?.format('YYYY-MM-DD'), receivedTo: range?.[1]?.format('YYYY-MM-DD') })
            }
            placeholder={['受理日期起', '受理日期止']}
            allowEmpty={[true, true]}
          />
        </div>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        <Table<CaseSummaryDto>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          locale={{ emptyText: '暂无案件' }}
          onRow={(c) => ({ onDoubleClick: () => void navigate(`/cases/${c.id}`) })}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            showTotal: (t) => `共 ${t} 件`,
            onChange: (page, pageSize) => setQuery({ page, pageSize }),
          }}
          data-testid="cases-table"
        />
      </Card>
      <RegisterLeadModal
        open={registering}
        onClose={() => setRegistering(false)}
        onSaved={(c) => {
          setRegistering(false);
          void navigate(`/cases/${c.id}`);
        }}
      />
    </>
  );
}
