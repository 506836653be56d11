import { PlusOutlined } from '@ant-design/icons';
import { PROCEDURE_LABELS, type CaseProcedure } from '@quanze/domain';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback.tsx';
import { formatDate } from '../../app/format.ts';
import { useCan } from '../../app/me.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { useCaseList } from './list/api.ts';
import { CaseFilterBar } from './list/CaseFilterBar.tsx';
import { NextDeadlineCell } from './list/NextDeadlineCell.tsx';
import { SavedViews } from './list/SavedViews.tsx';
import { filtersFromParams, hasFilters, paramsFromFilters, queryFromParams, type ListFilters } from './list/url-state.ts';
import { RegisterLeadModal } from './RegisterLeadModal.tsx';
import { stateColor } from './labels.ts';
import type { CaseSummaryDto } from './types.ts';

/** 处罚案件: filters, search and page in the URL (a link reproduces the view), saved views, newest first; 登记案源 for those who may. */
export function CasesPage() {
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const query = queryFromParams(params);
  const filters = filtersFromParams(params);
  const applyFilters = (next: ListFilters) => setParams(paramsFromFilters(next, params), { replace: false });
  const patchFilters = (patch: Partial<ListFilters>) => applyFilters({ ...filters, ...patch });
  const { data, error, isFetching, refetch } = useCaseList(query);
  const total = data?.total ?? 0;

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
    {
      title: '状态',
      key: 'state',
      width: 130,
      render: (_: unknown, c: CaseSummaryDto) => <Tag color={stateColor(c.state)}>{c.stateLabel}</Tag>,
    },
    {
      title: '程序',
      dataIndex: 'procedure',
      key: 'procedure',
      width: 100,
      render: (v: string | null) => (v ? (PROCEDURE_LABELS[v as CaseProcedure] ?? v) : '—'),
    },
    { title: '承办科室', dataIndex: 'departmentName', key: 'department', width: 120, render: (v: string | null) => v ?? '—' },
    { title: '下一期限', key: 'nextDeadline', width: 190, render: (_: unknown, c: CaseSummaryDto) => <NextDeadlineCell d={c.nextDeadline} /> },
    { title: '受理日期', dataIndex: 'leadReceivedAt', key: 'received', width: 120, render: (v: string) => formatDate(v) },
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
          <SavedViews filters={filters} onApply={applyFilters} />
          {hasFilters(filters) ? (
            <Button type="link" onClick={() => applyFilters({})} data-testid="cases-clear-filters">
              清除筛选
            </Button>
          ) : null}
        </div>
        <CaseFilterBar filters={filters} onChange={patchFilters} />
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        <Table<CaseSummaryDto>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          locale={{ emptyText: hasFilters(filters) ? '没有符合筛选条件的案件' : '暂无案件' }}
          onRow={(c) => ({ onDoubleClick: () => void navigate(`/cases/${c.id}`) })}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total,
            showSizeChanger: true,
            showTotal: (t) => (data?.totalCapped ? `超过 ${t} 件，请缩小筛选范围` : `共 ${t} 件`),
            onChange: (page, pageSize) => {
              const next = new URLSearchParams(params);
              next.set('page', String(page));
              next.set('pageSize', String(pageSize));
              setParams(next, { replace: true });
            },
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
