import { SettingOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../app/feedback.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { usePublicationQueue, type PublicationQueue, type PublicationState } from './api.ts';
import { PublicationDrawer } from './components/PublicationDrawer.tsx';
import { SettingsModal } from './components/SettingsModal.tsx';

type Row = PublicationQueue['items'][number];
type Filter = 'all' | 'overdue' | PublicationState;

const STATE_COLORS: Record<PublicationState, string> = {
  pending: 'processing',
  withheld: 'default',
  published: 'success',
  withdrawn: 'warning',
};
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'overdue', label: '已逾期' },
  { value: 'pending', label: '待公开' },
  { value: 'withheld', label: '不予公开' },
  { value: 'published', label: '已公开' },
  { value: 'withdrawn', label: '已撤回' },
];

/**
 * 公示管理: the decisions waiting for publication with their 7-working-day due dates (overdue in red), those not to be
 * published with the reason, the published and the withdrawn ones. Opening one shows exactly the public text.
 */
export function DisclosurePage() {
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const query = {
    state: filter === 'all' || filter === 'overdue' ? undefined : filter,
    overdue: filter === 'overdue' ? ('true' as const) : undefined,
    page,
    pageSize: 20,
  };
  const { data, error, isPending, refetch } = usePublicationQueue(query);

  return (
    <>
      <PageHeader
        title="公示管理"
        subtitle="行政处罚决定自作出之日起7个工作日内公开；被变更、撤销、确认违法或无效的，3个工作日内撤回并公开说明理由（行政处罚法第四十八条）"
        extra={
          <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)} data-testid="disclosure-settings">
            公示设置
          </Button>
        }
      />
      <Card>
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Space wrap>
            <Segmented<Filter>
              options={FILTERS}
              value={filter}
              onChange={(v) => {
                setFilter(v);
                setPage(1);
              }}
            />
            {data && data.overdueCount > 0 ? (
              <Typography.Text type="danger" data-testid="disclosure-overdue-count">
                {data.overdueCount} 件已超过公开期限
              </Typography.Text>
            ) : null}
          </Space>
          {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
          <Table<Row>
            rowKey="id"
            loading={isPending}
            dataSource={data?.items ?? []}
            size="middle"
            scroll={{ x: 900 }}
            onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
            pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            columns={[
              { title: '决定书文号', dataIndex: 'decisionNumber' },
              { title: '当事人（公开名称）', dataIndex: 'partyDisplay' },
              { title: '处罚内容', dataIndex: 'penaltySummary' },
              { title: '决定日期', dataIndex: 'decidedOn', width: 110 },
              {
                title: '公开期限',
                dataIndex: 'dueOn',
                width: 130,
                render: (due: string, r) =>
                  r.overdue ? (
                    <Typography.Text type="danger" strong data-testid="disclosure-overdue">
                      {due}（已逾期）
                    </Typography.Text>
                  ) : r.state === 'pending' ? (
                    due
                  ) : (
                    <Typography.Text type="secondary">{due}</Typography.Text>
                  ),
              },
              {
                title: '状态',
                dataIndex: 'stateLabel',
                width: 220,
                render: (label: string, r) => (
                  <Space direction="vertical" size={0}>
                    <Tag color={STATE_COLORS[r.state]}>{label}</Tag>
                    {r.state === 'withheld' ? (
                      <Typography.Text type="secondary">{r.refusals.map((x) => x.reason).join('；')}</Typography.Text>
                    ) : null}
                    {r.publishedOn ? <Typography.Text type="secondary">公开于 {r.publishedOn}</Typography.Text> : null}
                  </Space>
                ),
              },
              { title: '', key: 'open', width: 70, render: (_, r) => <a onClick={() => setOpenId(r.id)}>查看</a> },
            ]}
          />
        </Space>
      </Card>
      <PublicationDrawer id={openId} onClose={() => setOpenId(null)} />
      <SettingsModal open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </>
  );
}
