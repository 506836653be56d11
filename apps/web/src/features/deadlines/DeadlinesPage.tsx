/**
 * 期限监控: every open clock of the cases (and, for complaint readers, of the complaints — 信访工作条例) in the user's
 * data scope, sorted by due date and paginated on the server —
 * days left in working or calendar days as the law counts them (labelled), overdue in red, 暂定 when the due date
 * reaches a year whose holidays are not yet entered, and the article.
 */
import { Card, Segmented, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/feedback.tsx';
import { formatBasis } from '../../app/format.ts';
import { useCan } from '../../app/me.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { DepartmentSelect } from '../departments/DepartmentSelect.tsx';
import { useDeadlines, type DeadlineItem, type DeadlineQuery } from './api.ts';
import { ReminderSettingsCard } from './ReminderSettingsCard.tsx';

const DAY_TYPE = { workingDays: '工作日', calendarDays: '自然日' } as const;

function daysLeftText(d: DeadlineItem): string {
  if (d.suspended || d.daysLeft === null) return '已中止';
  const unit = DAY_TYPE[d.dayType];
  if (d.daysLeft < 0) return d.obligor === 'party' || d.kind === 'waitingPeriod' ? `已届满 ${-d.daysLeft} 个${unit}` : `逾期 ${-d.daysLeft} 个${unit}`;
  if (d.daysLeft === 0) return '今日到期';
  return `剩余 ${d.daysLeft} 个${unit}`;
}

export function DeadlinesPage() {
  const can = useCan();
  const [query, setQuery] = useState<DeadlineQuery>({ page: 1, pageSize: 20 });
  const { data, error, isFetching, refetch } = useDeadlines(query);
  const patch = (p: Partial<DeadlineQuery>) => setQuery((q) => ({ ...q, page: 1, ...p }));

  const columns = [
    {
      title: '案件 / 投诉举报',
      key: 'case',
      render: (_: unknown, d: DeadlineItem) => (
        // A complaint's clock opens the complaint, a case's clock the case.
        <Link
          to={
            d.subject === 'complaint'
              ? `/complaints/${d.complaintId}`
              : d.subject === 'publication'
                ? `/disclosure?item=${d.clockId.split(':')[1] ?? ''}`
                : `/cases/${d.caseId}`
          }
          data-testid={`deadline-${d.subject === 'complaint' ? 'complaint' : d.subject === 'publication' ? 'publication' : 'case'}-link`}
        >
          <div>
            {d.subject === 'complaint' ? <Tag color="purple">信访</Tag> : null}
            {d.subject === 'publication' ? <Tag color="cyan">公示</Tag> : null}
            {d.caseNumber ?? '（未立案）'}
          </div>
          <div className="qz-muted">
            {d.partyName} · {d.stateLabel}
          </div>
        </Link>
      ),
    },
    { title: '期限', dataIndex: 'label', key: 'label' },
    {
      title: '科室',
      key: 'department',
      // A complaint not yet assigned (分办) has no department.
      render: (_: unknown, d: DeadlineItem) => d.departmentName ?? (d.subject === 'complaint' ? '未分办' : '—'),
    },
    {
      title: '届满日',
      key: 'due',
      render: (_: unknown, d: DeadlineItem) => (
        <span>
          {d.dueDate ?? '—'}
          {d.provisional ? (
            <Tooltip title={`${d.provisionalYears.join('、')}年节假日尚未录入，暂按周末计算；录入后自动重算`}>
              <Tag style={{ marginLeft: 6 }} data-testid="deadline-provisional">
                暂定
              </Tag>
            </Tooltip>
          ) : null}
        </span>
      ),
    },
    {
      title: '剩余',
      key: 'left',
      render: (_: unknown, d: DeadlineItem) => (
        <Typography.Text type={d.overdue ? 'danger' : undefined} strong={d.overdue} data-testid={d.overdue ? 'deadline-overdue' : undefined}>
          {daysLeftText(d)}
        </Typography.Text>
      ),
    },
    {
      title: '依据',
      key: 'basis',
      render: (_: unknown, d: DeadlineItem) => <span className="qz-muted">{d.basis[0] ? formatBasis(d.basis[0]) : '—'}</span>,
    },
  ];

  return (
    <>
      <PageHeader
        title="期限监控"
        subtitle={data ? `今日 ${data.today}；共 ${data.total} 项，逾期 ${data.overdueCount} 项。工作日期限按国务院节假日安排计算，自然日期限末日遇节假日顺延。` : undefined}
      />
      <ReminderSettingsCard />
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder="期限种类"
            style={{ width: 220 }}
            value={query.clockId}
            onChange={(v?: string) => patch({ clockId: v })}
            options={(data?.clockKinds ?? []).map((k) => ({ value: k.clockId, label: k.label }))}
            data-testid="deadline-kind-filter"
          />
          {can('business:read') ? (
            <div style={{ width: 220 }}>
              <DepartmentSelect value={query.departmentId ?? null} onChange={(v) => patch({ departmentId: v ?? undefined })} />
            </div>
          ) : null}
          <Segmented
            value={query.status ?? 'all'}
            onChange={(v) => patch({ status: v === 'all' ? undefined : (v as 'overdue' | 'open') })}
            options={[
              { value: 'all', label: '全部' },
              { value: 'overdue', label: '已逾期' },
              { value: 'open', label: '未逾期' },
            ]}
          />
        </Space>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        <Table
          rowKey={(d) => `${d.caseId ?? d.complaintId}:${d.clockId}`}
          size="middle"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          rowClassName={(d) => (d.overdue ? 'qz-row-overdue' : '')}
          onRow={(d) => (d.overdue ? { style: { background: '#fff1f0' } } : {})}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (t) => `共 ${t} 项`,
            onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
          }}
          data-testid="deadline-table"
        />
      </Card>
    </>
  );
}
