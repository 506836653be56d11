/** 证据材料 tab of the case: evidence items and records, their files and custody, and 先行登记保存. */
import type { CaseDetailDto } from '@quanze/contracts';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ContentSpin, ErrorAlert } from '../../app/feedback.tsx';
import { formatBasis, formatDateTime } from '../../app/format.ts';
import { useCaseEvidence } from './api.ts';
import { EvidenceFormModal } from './EvidenceFormModal.tsx';
import { EvidenceItemDetail } from './EvidenceItemDetail.tsx';
import { PreservationSection } from './PreservationSection.tsx';

/** Sum of the column widths below plus the expand column (48): the case page's tab column at 1440 px (≈ 730 px)
 * shows it whole — source under the name, collector over the time — narrower ones scroll sideways instead of
 * squeezing the headers to one character a line. */
const EVIDENCE_TABLE_WIDTH = 724;
/** One line of a two-line cell, cut with … (the whole text on hover). */
const LINE = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

export function EvidenceTab({ detail }: { detail: CaseDetailDto }) {
  const q = useCaseEvidence(detail.id);
  const [form, setForm] = useState<{ record: 'inquiry' | 'inspection' | null } | null>(null);
  if (q.isPending) return <ContentSpin />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const data = q.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="evidence-tab">
      {data.addBlocked && data.canManage ? <Alert type="info" showIcon title={data.addBlocked.reason} description={`依据：${formatBasis(data.addBlocked.basis)}`} /> : null}
      <Card
        size="small"
        title={`证据目录（${data.items.length}）`}
        extra={
          data.canAdd ? (
            <Space>
              <Button type="primary" onClick={() => setForm({ record: null })} data-testid="add-evidence">
                登记证据
              </Button>
              <Button onClick={() => setForm({ record: 'inquiry' })}>制作询问笔录</Button>
              <Button onClick={() => setForm({ record: 'inspection' })}>制作现场检查笔录</Button>
            </Space>
          ) : null
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data.items}
          locale={{ emptyText: '尚无证据' }}
          scroll={{ x: EVIDENCE_TABLE_WIDTH }}
          expandable={{ expandedRowRender: (item) => <EvidenceItemDetail caseId={detail.id} item={item} canAdd={data.canAdd} canManage={data.canManage} maxUploadBytes={data.maxUploadBytes} /> }}
          columns={[
            { title: '序号', dataIndex: 'seq', width: 56 },
            { title: '种类', dataIndex: 'kindLabel', width: 112, render: (l: string, r) => (r.record ? <Tag color="blue">{r.record.kind === 'inquiry' ? '询问笔录' : '现场检查笔录'}</Tag> : l) },
            {
              title: '名称 / 来源',
              key: 'name',
              width: 188,
              render: (_, r) => (
                <>
                  <div style={{ overflowWrap: 'anywhere' }}>{r.name}</div>
                  <Typography.Text type="secondary" style={{ ...LINE, display: 'block' }} title={r.source}>
                    {r.source}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: '收集人 / 时间',
              key: 'c',
              width: 164,
              render: (_, r) => {
                const who = r.collectors.map((c) => c.name).join('、');
                return (
                  <>
                    <div style={LINE} title={who}>
                      {who}
                    </div>
                    <Typography.Text type="secondary">{formatDateTime(r.collectedAt)}</Typography.Text>
                  </>
                );
              },
            },
            { title: '现保管人', dataIndex: 'holder', width: 104, ellipsis: true, render: (h: string | null, r) => (r.checkedOutBy ? <Tag color="orange">借出：{r.checkedOutBy}</Tag> : (h ?? '—')) },
            { title: '文件', key: 'f', width: 52, render: (_, r) => r.files.length },
          ]}
        />
      </Card>
      <PreservationSection caseId={detail.id} data={data} />
      {form ? <EvidenceFormModal detail={detail} record={form.record} open onClose={() => setForm(null)} /> : null}
    </Space>
  );
}
