import { citationTextForDisplay } from '@quanze/domain';
import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../app/feedback.tsx';
import { formatDateTime } from '../../app/format.ts';
import { useCan } from '../../app/me.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import type { AuditEventDto } from '../../app/types.ts';
import { actionLabel, OBJECT_TYPE_LABELS } from './action-labels.ts';
import { useAuditEvents, useVerifyAudit, type AuditFilter } from './api.ts';
import { AuditFilters } from './components/AuditFilters.tsx';
import { AuditVerifyButton, AuditVerifyOutcome } from './components/AuditVerify.tsx';

const columns: TableColumnsType<AuditEventDto> = [
  { title: '序号', dataIndex: 'seq', width: 90, render: (v: number) => <span className="qz-mono">{v}</span> },
  { title: '时间（北京时间）', dataIndex: 'occurredAt', width: 175, render: (v: string) => formatDateTime(v) },
  {
    title: '操作',
    dataIndex: 'action',
    width: 200,
    render: (v: string) => (
      <div>
        <div>{actionLabel(v) ?? v}</div>
        {actionLabel(v) ? <div className="qz-mono qz-sub">{v}</div> : null}
      </div>
    ),
  },
  {
    title: '操作人',
    key: 'actor',
    width: 170,
    render: (_: unknown, e: AuditEventDto) => e.actorName ?? e.actorId ?? <Typography.Text type="secondary">系统</Typography.Text>,
  },
  { title: 'IP 地址', dataIndex: 'ip', width: 130, render: (v: string | null) => <span className="qz-mono">{v ?? '—'}</span> },
  {
    title: '对象',
    key: 'object',
    render: (_: unknown, e: AuditEventDto) =>
      e.objectType ? (
        <div>
          <div>{OBJECT_TYPE_LABELS[e.objectType] ?? e.objectType}</div>
          {e.objectId ? <div className="qz-mono qz-sub">{e.objectId}</div> : null}
        </div>
      ) : (
        '—'
      ),
  },
  {
    title: '结果',
    dataIndex: 'result',
    width: 80,
    render: (v: AuditEventDto['result']) => (v === 'success' ? <Tag color="success">成功</Tag> : <Tag color="error">失败</Tag>),
  },
];

function Summary({ event }: { event: AuditEventDto }) {
  // The server already sends the basis as users read it (modules/audit/audit-display.ts); cleaned again here so a row
  // from an older server never shows the sourcing marks.
  const basis = citationTextForDisplay(event.basis);
  return (
    <div>
      {basis ? (
        <div style={{ marginBottom: 8 }} data-testid="audit-basis">
          依据：{basis}
        </div>
      ) : null}
      <pre className="qz-json">{event.summary ? JSON.stringify(event.summary, null, 2) : '（无摘要）'}</pre>
    </div>
  );
}

export function AuditPage() {
  const can = useCan();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const { data, error, isFetching, refetch } = useAuditEvents({ ...filter, ...page });
  const verify = useVerifyAudit();

  return (
    <>
      <PageHeader
        title="审计日志"
        subtitle="系统记录的全部操作，按 SM3 哈希链串联，不可修改、不可删除"
        extra={can('audit:verify') ? <AuditVerifyButton verify={verify} /> : null}
      />
      <AuditVerifyOutcome verify={verify} />
      <Card>
        <AuditFilters
          onSearch={(next) => {
            setFilter(next);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        {error && !data ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<AuditEventDto>
            rowKey="seq"
            size="small"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={isFetching}
            scroll={{ x: 1100 }}
            data-testid="audit-table"
            expandable={{ expandedRowRender: (event) => <Summary event={event} />, rowExpandable: () => true }}
            pagination={{
              current: page.page,
              pageSize: page.pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100, 200],
              showTotal: (total) => `共 ${total} 条`,
              onChange: (p, size) => setPage({ page: size !== page.pageSize ? 1 : p, pageSize: size }),
            }}
          />
        )}
      </Card>
    </>
  );
}
