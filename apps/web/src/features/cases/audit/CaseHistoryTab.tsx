import { citationTextForDisplay } from '@quanze/domain';
import { Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { formatDateTime } from '../../../app/format.ts';
import type { CaseDetailDto } from '../types.ts';
import { useCaseHistory, type CaseHistoryEntry } from './api.ts';
import { describeAuditDetails, describeStep } from './step-summary.ts';

function what(e: CaseHistoryEntry): string {
  return e.step ? describeStep(e.step.action, e.step.payload) : describeAuditDetails(e.action, e.details);
}

/** 操作记录: every step and audit row of the case — when, who, what, what was entered, the article. */
export function CaseHistoryTab({ detail }: { detail: CaseDetailDto }) {
  const { data, error, isPending, refetch } = useCaseHistory(detail.id, detail.version);
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <Table<CaseHistoryEntry>
      rowKey="key"
      size="small"
      loading={isPending}
      dataSource={data?.items ?? []}
      locale={{ emptyText: '暂无操作记录' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      // The last column takes the rest and wraps (a long number breaks anywhere); below 560 px the table scrolls.
      scroll={{ x: 560 }}
      data-testid="case-history"
      columns={[
        {
          title: '时间 / 操作人',
          key: 'when',
          width: 170,
          render: (_: unknown, e) => (
            <>
              <div>{formatDateTime(e.at)}</div>
              <Typography.Text type="secondary">{e.actorName ?? '系统'}</Typography.Text>
            </>
          ),
        },
        {
          title: '操作',
          key: 'label',
          width: 130,
          render: (_: unknown, e) => (
            <>
              {e.label}
              {e.result === 'failure' ? (
                <Tag color="red" style={{ marginLeft: 6 }}>
                  未成功
                </Tag>
              ) : null}
            </>
          ),
        },
        {
          title: '内容与依据',
          key: 'what',
          render: (_: unknown, e) => (
            <>
              <div data-testid="case-history-what" style={{ overflowWrap: 'anywhere' }}>
                {what(e) || '—'}
              </div>
              {citationTextForDisplay(e.basis) ? <Typography.Text type="secondary">依据：{citationTextForDisplay(e.basis)}</Typography.Text> : null}
            </>
          ),
        },
      ]}
    />
  );
}
