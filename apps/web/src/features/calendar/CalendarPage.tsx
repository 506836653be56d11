/** 工作日历: each year's status (已录入 / 未录入); the system administrator enters next year's State Council schedule. */
import { Alert, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../app/feedback.tsx';
import { formatDateTime } from '../../app/format.ts';
import { useCan } from '../../app/me.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { useWorkdayYears, type WorkdayYearList } from './api.ts';
import { WorkdayYearDrawer } from './WorkdayYearDrawer.tsx';

type Row = WorkdayYearList['items'][number];

export function CalendarPage() {
  const can = useCan();
  const { data, error, isLoading } = useWorkdayYears();
  const [open, setOpen] = useState<number | null>(null);
  const missing = (data?.items ?? []).filter((y) => !y.entered);

  return (
    <>
      <PageHeader title="工作日历" subtitle="法定节假日与调休安排：按工作日计算的期限（行政处罚法第八十五条等）和节假日顺延均以此为准" />
      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${missing.map((y) => y.year).join('、')}年尚未录入：届满日落在这些年份的期限暂按周末计算并标注“暂定”，国务院公布安排后请及时录入。`}
          data-testid="calendar-missing"
        />
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <Card size="small">
        <Table<Row>
          rowKey="year"
          loading={isLoading}
          pagination={false}
          dataSource={data?.items ?? []}
          data-testid="calendar-years"
          columns={[
            { title: '年份', dataIndex: 'year' },
            { title: '状态', key: 'status', render: (_, y) => (y.entered ? <Tag color="green">已录入</Tag> : <Tag color="orange">未录入</Tag>) },
            { title: '来源', key: 'source', render: (_, y) => (y.source === 'bundled' ? '内置' : y.source === 'entered' ? '管理员录入' : '—') },
            { title: '放假日', dataIndex: 'offDayCount' },
            { title: '调休上班日', dataIndex: 'extraWorkdayCount' },
            { title: '版本', dataIndex: 'revision', render: (v: number | null) => v ?? '—' },
            { title: '录入', key: 'by', render: (_, y) => (y.enteredAt ? `${y.enteredByName ?? ''} ${formatDateTime(y.enteredAt)}` : '—') },
            {
              title: '操作',
              key: 'op',
              render: (_, y) => (
                <Button size="small" type="link" onClick={() => setOpen(y.year)} data-testid={`calendar-open-${y.year}`}>
                  {can('config:manage') && !y.entered ? '录入' : '查看'}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <WorkdayYearDrawer year={open} canEdit={can('config:manage')} onClose={() => setOpen(null)} />
    </>
  );
}
