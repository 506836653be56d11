import { Card, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { formatDateTime } from '../../../app/format.ts';
import { OBSERVATION_CATEGORY_OPTIONS, useObservationQueue, type ObservationDto, type ObservationState } from '../api.ts';
import { ObservationDrawer } from './ObservationDrawer.tsx';

export const OBSERVATION_STATE_COLORS: Record<ObservationState, string> = {
  submitted: 'processing',
  underReview: 'warning',
  answered: 'success',
  closed: 'default',
};
const FILTERS: { value: ObservationState | 'all'; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'submitted', label: '已提交' },
  { value: 'underReview', label: '办理中' },
  { value: 'answered', label: '已答复' },
  { value: 'closed', label: '已办结' },
];

/** The observations queue, newest first; opening one shows the text and the actions the server allows now. */
export function ObservationQueue() {
  const [state, setState] = useState<ObservationState | 'all'>('all');
  const [category, setCategory] = useState<string>('all');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, error, isPending, refetch } = useObservationQueue({
    state: state === 'all' ? undefined : state,
    category: category === 'all' ? undefined : category,
    page,
    pageSize: 20,
  });
  return (
    <Card>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <Segmented
            options={FILTERS}
            value={state}
            onChange={(v) => {
              setState(v);
              setPage(1);
            }}
          />
          <Select
            value={category}
            style={{ width: 200 }}
            aria-label="类别"
            options={[{ value: 'all', label: '全部类别' }, ...OBSERVATION_CATEGORY_OPTIONS]}
            onChange={(v) => {
              setCategory(v);
              setPage(1);
            }}
          />
          {data && data.openCount > 0 ? (
            <Typography.Text type="warning" data-testid="observations-open-count">
              {data.openCount} 件待办理
            </Typography.Text>
          ) : null}
        </Space>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        <Table<ObservationDto>
          rowKey="id"
          loading={isPending}
          dataSource={data?.items ?? []}
          size="middle"
          scroll={{ x: 900 }}
          onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
          pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: '提交时间', dataIndex: 'submittedAt', width: 150, render: (v: string) => formatDateTime(v) },
            { title: '监督员', dataIndex: 'supervisorName', width: 100 },
            { title: '类别', dataIndex: 'categoryLabel', width: 200 },
            { title: '反映单位', dataIndex: 'aboutUnit' },
            { title: '内容', dataIndex: 'content', ellipsis: true },
            { title: '承办科室', dataIndex: 'departmentName', width: 150, render: (v: string | null) => v ?? '—' },
            {
              title: '状态',
              dataIndex: 'stateLabel',
              width: 90,
              render: (label: string, r) => (
                <Tag color={OBSERVATION_STATE_COLORS[r.state]} data-testid="observation-state">
                  {label}
                </Tag>
              ),
            },
          ]}
        />
      </Space>
      <ObservationDrawer id={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}
