import { Card, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback.tsx';
import { TIME_ZONE } from '../../app/format.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import './complaints.css';
import { ChannelsCard } from './components/ChannelsCard.tsx';
import { useComplaints, type ComplaintKind, type ComplaintQuery, type ComplaintStateDto, type ComplaintSummaryDto } from './api.ts';
import { complaintStateColor, daysLeft, KIND_OPTIONS, STATE_OPTIONS } from './labels.ts';

const PAGE_SIZE = 20;

function queryFromParams(p: URLSearchParams): ComplaintQuery {
  return {
    state: (p.get('state') as ComplaintStateDto | null) ?? undefined,
    kind: (p.get('kind') as ComplaintKind | null) ?? undefined,
    overdue: p.get('overdue') === 'true' ? 'true' : undefined,
    q: p.get('q') ?? undefined,
    page: Math.max(1, Number(p.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
}

/** 期限: the nearest open clock's due date and the days left, red once past. */
function DueCell({ c, today }: { c: ComplaintSummaryDto; today: string }) {
  const left = daysLeft(c.nextDueOn, today);
  if (!c.nextDueOn || left === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (c.overdue || left < 0)
    return (
      <Typography.Text type="danger" strong data-testid="complaint-overdue">
        {c.nextDueOn}（已逾期{left < 0 ? ` ${-left} 日` : ''}）
      </Typography.Text>
    );
  return (
    <span>
      {c.nextDueOn}
      <Typography.Text type={left <= 3 ? 'warning' : 'secondary'}>（剩余 {left} 日）</Typography.Text>
    </span>
  );
}

/**
 * 投诉举报: the intake queue — complaints, reports and petitions with their nearest deadline (告知 15 日, 办结 60 日:
 * 信访工作条例 第二十三条、第三十四条), overdue ones in red. Filters live in the URL.
 */
export function ComplaintsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const { data, error, isFetching, refetch } = useComplaints(query);
  const today = dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');

  const patch = (next: Record<string, string | undefined>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    if (!('page' in next)) p.delete('page');
    setParams(p);
  };

  return (
    <>
      <PageHeader
        title="投诉举报"
        subtitle="投诉、举报和信访事项的登记、受理、交办、答复与办结。收到之日起15日内书面告知是否受理，受理之日起60日内办结（信访工作条例第二十三条、第三十四条）。"
      />
      <ChannelsCard />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder="全部状态"
            style={{ width: 150 }}
            value={query.state}
            options={STATE_OPTIONS}
            onChange={(v?: string) => patch({ state: v })}
            aria-label="状态"
            data-testid="complaints-filter-state"
          />
          <Select
            allowClear
            placeholder="全部类型"
            style={{ width: 120 }}
            value={query.kind}
            options={[...KIND_OPTIONS]}
            onChange={(v?: string) => patch({ kind: v })}
            aria-label="类型"
            data-testid="complaints-filter-kind"
          />
          <Space size={6}>
            <Switch checked={query.overdue === 'true'} onChange={(on) => patch({ overdue: on ? 'true' : undefined })} aria-label="只看已逾期" data-testid="complaints-filter-overdue" />
            <span>只看已逾期</span>
          </Space>
          <Input.Search
            allowClear
            placeholder="标题或登记编号"
            defaultValue={query.q}
            style={{ width: 240 }}
            onSearch={(v) => patch({ q: v.trim() || undefined })}
            aria-label="检索"
            data-testid="complaints-search"
          />
          {data && data.overdueCount > 0 ? (
            <Typography.Text type="danger" data-testid="complaints-overdue-count">
              {data.overdueCount} 件已超过期限
            </Typography.Text>
          ) : null}
        </Space>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        <Table<ComplaintSummaryDto>
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items ?? []}
          scroll={{ x: 1000 }}
          rowClassName={(c) => (c.overdue ? 'qz-complaint-overdue-row' : '')}
          onRow={(c) => ({ onDoubleClick: () => void navigate(`/complaints/${c.id}`) })}
          locale={{ emptyText: '暂无符合条件的投诉举报' }}
          pagination={{
            current: query.page,
            pageSize: PAGE_SIZE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (t) => `共 ${t} 件`,
            onChange: (page) => patch({ page: String(page) }),
          }}
          data-testid="complaints-table"
          columns={[
            {
              title: '登记编号 / 标题',
              key: 'subject',
              render: (_, c) => (
                <Link to={`/complaints/${c.id}`} data-testid="complaint-link">
                  <div>{c.subject}</div>
                  <div className="qz-muted">{c.referenceNumber}</div>
                </Link>
              ),
            },
            {
              title: '类型',
              key: 'kind',
              width: 120,
              render: (_, c) => (
                <Space orientation="vertical" size={0}>
                  <span>{c.kindLabel}</span>
                  <span className="qz-muted">{c.sourceLabel}</span>
                </Space>
              ),
            },
            { title: '反映人', key: 'contact', width: 140, render: (_, c) => `${c.contactName} ${c.contactPhone}` },
            { title: '反映对象', dataIndex: 'about', key: 'about', render: (v: string) => v || '—' },
            {
              title: '状态',
              key: 'state',
              width: 110,
              render: (_, c) => <Tag color={complaintStateColor(c.state)}>{c.stateLabel}</Tag>,
            },
            {
              title: '承办',
              key: 'handler',
              width: 160,
              render: (_, c) => (c.departmentName ? `${c.departmentName}${c.handlerName ? ` · ${c.handlerName}` : ''}` : '—'),
            },
            { title: '登记日期', dataIndex: 'receivedOn', key: 'received', width: 110 },
            { title: '期限', key: 'due', width: 200, render: (_, c) => <DueCell c={c} today={today} /> },
          ]}
        />
      </Card>
    </>
  );
}
