import { DatePicker, Card, Empty, List, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../app/feedback.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { useSurveyResults, type DepartmentResult, type OfficerResult, type SurveyComment } from './api.ts';
import { Distribution } from './Distribution.tsx';
import './surveys.css';

const SCOPE_TEXT = { bureau: '全局', department: '本科室', self: '本人承办' } as const;

const tallyColumns = <T extends DepartmentResult | OfficerResult>(): ColumnsType<T> => [
  { title: '评价数', dataIndex: 'responses', width: 80, align: 'right' },
  { title: '发出评价码', dataIndex: 'invitations', width: 100, align: 'right' },
  {
    title: '参评率',
    width: 80,
    align: 'right',
    render: (_: unknown, r: T) => (r.invitations > 0 ? `${Math.round((r.responses / r.invitations) * 100)}%` : '—'),
  },
  { title: '平均分', dataIndex: 'average', width: 80, align: 'right', render: (v: number | null) => (v === null ? '—' : v.toFixed(2)) },
  { title: '评分分布（1–5分）', dataIndex: 'distribution', render: (v: number[]) => <Distribution counts={v} /> },
];

function Comments({ items }: { items: SurveyComment[] }) {
  if (items.length === 0) return <Typography.Text type="secondary">暂无评语</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(c) => (
        <List.Item>
          <Space direction="vertical" size={0}>
            <span>
              <Tag color={c.rating >= 4 ? 'green' : c.rating === 3 ? 'gold' : 'red'}>{c.rating}分</Tag>
              {c.comment}
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.respondedOn} · {c.subjectLabel}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

/**
 * 满意度评议: what parties said when their case or complaint was closed, per department (the department that handled
 * it) and per officer (the officers named on the invitation) — count, mean, 1–5 distribution and recent comments.
 * The supervision office sees the bureau; others see their own department, an officer their own.
 */
export function SurveysPage() {
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const query = { from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') };
  const { data, error, isPending, refetch } = useSurveyResults(query);

  const departmentColumns: ColumnsType<DepartmentResult> = [
    { title: '科室', dataIndex: 'departmentName', width: 180 },
    ...tallyColumns<DepartmentResult>(),
  ];
  const officerColumns: ColumnsType<OfficerResult> = [
    { title: '执法人员', dataIndex: 'officerName', width: 120 },
    { title: '所在科室', dataIndex: 'departmentName', width: 160, render: (v: string | null) => v ?? '—' },
    ...tallyColumns<OfficerResult>(),
  ];

  return (
    <>
      <PageHeader
        title="满意度评议"
        subtitle="案件结案、投诉举报办结时向当事人发放一次性评价码，当事人在门户网站评分（1–5分）并可留言；结果按科室和执法人员汇总，用于行政执法评议考核。评价不记录评价人个人信息。"
        extra={
          <DatePicker.RangePicker
            value={range}
            onChange={(v) => setRange(v)}
            placeholder={['评价日期自', '至']}
            allowEmpty={[true, true]}
            data-testid="surveys-range"
          />
        }
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small">
            <Space size="large" wrap>
              <Statistic title="范围" value={SCOPE_TEXT[data.scope]} />
              <Statistic title="评价数" value={data.total.responses} />
              <Statistic title="发出评价码" value={data.total.invitations} />
              <Statistic
                title="平均分"
                value={data.total.average ?? '—'}
                precision={data.total.average === null ? undefined : 2}
                suffix={data.total.average === null ? undefined : '/ 5'}
              />
              <div>
                <div className="qz-muted">评分分布</div>
                <Distribution counts={data.total.distribution} />
              </div>
            </Space>
          </Card>
          {data.scope !== 'self' ? (
            <Card title="按科室" size="small" data-testid="surveys-departments">
              <Table<DepartmentResult>
                rowKey="departmentId"
                size="small"
                columns={departmentColumns}
                dataSource={data.departments}
                pagination={false}
                locale={{ emptyText: <Empty description="所选期间没有评价" image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
                expandable={{ expandedRowRender: (r) => <Comments items={r.recentComments} />, rowExpandable: () => true }}
                scroll={{ x: 760 }}
              />
            </Card>
          ) : null}
          <Card title="按执法人员" size="small" data-testid="surveys-officers">
            <Table<OfficerResult>
              rowKey="officerId"
              size="small"
              columns={officerColumns}
              dataSource={data.officers}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: <Empty description="所选期间没有评价" image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
              expandable={{ expandedRowRender: (r) => <Comments items={r.recentComments} />, rowExpandable: () => true }}
              scroll={{ x: 880 }}
            />
          </Card>
        </Space>
      ) : isPending ? (
        <Card loading />
      ) : null}
    </>
  );
}
