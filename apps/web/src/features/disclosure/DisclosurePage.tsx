import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { usePublicationQueue, type DisclosureResultType, type PublicationQueue, type PublicationState } from './api.ts';
import { PublicationDrawer } from './components/PublicationDrawer.tsx';
import { RegisterResultModal } from './components/RegisterResultModal.tsx';
import { SettingsModal } from './components/SettingsModal.tsx';

type Row = PublicationQueue['items'][number];
type Filter = 'all' | 'overdue' | PublicationState;

const STATE_COLORS: Record<PublicationState, string> = {
  pending: 'processing',
  withheld: 'default',
  published: 'success',
  withdrawn: 'warning',
  expired: 'default',
};
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'overdue', label: '已逾期' },
  { value: 'pending', label: '待公开' },
  { value: 'withheld', label: '不予公开' },
  { value: 'published', label: '已公开' },
  { value: 'withdrawn', label: '已撤回' },
  { value: 'expired', label: '公示期满' },
];
const TYPES: { value: DisclosureResultType | 'all'; label: string }[] = [
  { value: 'all', label: '全部类别' },
  { value: 'penalty', label: '行政处罚' },
  { value: 'licence', label: '行政许可' },
  { value: 'other', label: '其他结果' },
];

/**
 * 公示管理: the decisions waiting for publication with their due dates (penalties and licences 7 working days, other
 * results 20; overdue in red), those not to be published with the reason, the published, withdrawn and expired ones.
 * Licences and other results (检查结果 …) are registered here. Opening one shows exactly the public text.
 */
export function DisclosurePage() {
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  // 期限监控 links an item's clock here as ?item=<id>
  const [params] = useSearchParams();
  const [openId, setOpenId] = useState<string | null>(params.get('item'));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [registering, setRegistering] = useState(false);
  const [type, setType] = useState<DisclosureResultType | 'all'>('all');
  const query = {
    state: filter === 'all' || filter === 'overdue' ? undefined : filter,
    resultType: type === 'all' ? undefined : type,
    overdue: filter === 'overdue' ? ('true' as const) : undefined,
    page,
    pageSize: 20,
  };
  const { data, error, isPending, refetch } = usePublicationQueue(query);

  return (
    <>
      <PageHeader
        title="公示管理"
        subtitle="行政处罚、行政许可决定自作出之日起7个工作日内公开，其他执法结果20个工作日内公开；决定被变更、撤销、确认违法或无效的，3个工作日内撤回并公开说明理由（行政处罚法第四十八条）"
        extra={
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="disclosure-register">
              登记许可或其他结果
            </Button>
            <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)} data-testid="disclosure-settings">
              公示设置
            </Button>
          </Space>
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
            <Select
              value={type}
              options={TYPES}
              style={{ width: 130 }}
              aria-label="类别"
              onChange={(v) => {
                setType(v);
                setPage(1);
              }}
            />
            {data && data.overdueCount > 0 ? (
              <Typography.Text type="danger" data-testid="disclosure-overdue-count">
                {data.overdueCount} 件已超过公开或撤回期限
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
              { title: '类别', dataIndex: 'resultTypeLabel', width: 120 },
              { title: '文号 / 许可证号', dataIndex: 'decisionNumber' },
              { title: '当事人（公开名称）', dataIndex: 'partyDisplay' },
              { title: '决定内容', dataIndex: 'penaltySummary' },
              { title: '决定日期', dataIndex: 'decidedOn', width: 110 },
              {
                title: '公开期限',
                dataIndex: 'dueOn',
                width: 130,
                render: (due: string, r) =>
                  r.alteration ? (
                    // a running withdrawal clock (第四十八条第二款) replaces the publication one
                    <Typography.Text type={r.overdue ? 'danger' : 'warning'} strong data-testid="disclosure-withdrawal-due">
                      撤回 {r.alteration.dueOn}
                      {r.overdue ? '（已逾期）' : ''}
                    </Typography.Text>
                  ) : r.overdue ? (
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
                    {r.alteration ? <Typography.Text type="danger">{r.alteration.groundLabel}，待撤回</Typography.Text> : null}
                  </Space>
                ),
              },
              { title: '', key: 'open', width: 70, render: (_, r) => <a onClick={() => setOpenId(r.id)}>查看</a> },
            ]}
          />
        </Space>
      </Card>
      <PublicationDrawer id={openId} onClose={() => setOpenId(null)} />
      {settingsOpen ? <SettingsModal onClose={() => setSettingsOpen(false)} /> : null}
      <RegisterResultModal
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(id) => {
          setRegistering(false);
          setOpenId(id);
        }}
      />
    </>
  );
}
