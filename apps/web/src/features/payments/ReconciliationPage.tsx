/**
 * 银行对账: the finance user uploads the bank / 非税收入 reconciliation CSV, sees every row matched by 缴款码 (paid in
 * full, partial, overpaid, late with the surcharge, duplicate, unmatched) and the unreadable rows, then imports —
 * all or nothing: a file with any error is refused whole and must be corrected and uploaded again.
 */
import { InboxOutlined } from '@ant-design/icons';
import type { ReconciliationDto } from '@quanze/contracts';
import { Alert, Button, Card, Modal, Progress, Result, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/feedback.tsx';
import { formatDateTime } from '../../app/format.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { RefusalAlert } from '../../app/components/RefusalAlert.tsx';
import { uploadReconciliation, useCommitReconciliation, useReconciliation, useReconciliations, yuan, type CommitResult } from './api.ts';

const OUTCOMES: Record<ReconciliationDto['rows'][number]['outcome'], { label: string; color: string }> = {
  matched: { label: '已缴清', color: 'green' },
  partial: { label: '部分缴纳', color: 'blue' },
  overpaid: { label: '多缴', color: 'orange' },
  duplicate: { label: '重复', color: 'default' },
  unmatched: { label: '未匹配', color: 'red' },
};
const FIELDS: Record<string, string> = {
  serial: '流水号',
  reference: '缴款码',
  payer: '缴款人',
  amount: '金额',
  paidAt: '到账时间',
  file: '文件',
};

function Summary({ r }: { r: ReconciliationDto }) {
  const s = r.summary;
  return (
    <Space wrap size="large">
      <Statistic title="行数" value={s.total} />
      <Statistic title="已缴清" value={s.matched} />
      <Statistic title="部分缴纳" value={s.partial} />
      <Statistic title="多缴" value={s.overpaid} />
      <Statistic title="逾期" value={s.late} />
      <Statistic title="重复" value={s.duplicate} />
      <Statistic title="未匹配" value={s.unmatched} />
      <Statistic title="错误" value={r.errorCount} valueStyle={r.errorCount ? { color: '#cf1322' } : undefined} />
      <Statistic title="入账金额" value={yuan(s.appliedFen)} />
    </Space>
  );
}

export function ReconciliationReport({ r }: { r: ReconciliationDto }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {r.failureReason ? <Alert type="error" showIcon message={r.failureReason} /> : null}
      <Summary r={r} />
      {r.errors.length ? (
        <Table
          size="small"
          rowKey={(e) => `${e.line}-${e.field}`}
          pagination={{ pageSize: 10 }}
          dataSource={r.errors}
          title={() => <Typography.Text type="danger">以下行无法读取（须更正后重新上传，本文件不能导入）</Typography.Text>}
          columns={[
            { title: '行', dataIndex: 'line', width: 60 },
            { title: '列', dataIndex: 'field', width: 100, render: (f: string) => FIELDS[f] ?? f },
            { title: '问题', dataIndex: 'message' },
          ]}
        />
      ) : null}
      <Table
        size="small"
        rowKey="line"
        pagination={{ pageSize: 20 }}
        dataSource={r.rows}
        data-testid="reconciliation-rows"
        columns={[
          { title: '行', dataIndex: 'line', width: 60 },
          { title: '流水号', dataIndex: 'serial' },
          { title: '缴款码', dataIndex: 'reference' },
          { title: '缴款人', dataIndex: 'payer' },
          { title: '金额', dataIndex: 'amountFen', render: (v: number) => yuan(v) },
          { title: '到账时间', dataIndex: 'paidAt', render: (v: string) => formatDateTime(v) },
          {
            title: '结果',
            dataIndex: 'outcome',
            render: (o: keyof typeof OUTCOMES, x) => (
              <Space size={2} wrap>
                <Tag color={OUTCOMES[o].color}>{OUTCOMES[o].label}</Tag>
                {x.late ? <Tag color="red">逾期</Tag> : null}
              </Space>
            ),
          },
          { title: '说明', dataIndex: 'message' },
          {
            title: '案件',
            dataIndex: 'decisionNumber',
            render: (v: string | null, x) => (x.caseId ? <Link to={`/cases/${x.caseId}`}>{v ?? '查看'}</Link> : '—'),
          },
        ]}
      />
    </Space>
  );
}

function ReconciliationDialog({ onClose }: { onClose: () => void }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [id, setId] = useState<string | null>(null);
  const [result, setResult] = useState<CommitResult | null>(null);
  const report = useReconciliation(id);
  const commit = useCommitReconciliation();
  const r = report.data;

  const onFile = (file: File) => {
    setUploadError(null);
    if (!file.name.toLowerCase().endsWith('.csv')) return setUploadError(new Error('请选择 CSV 文件（.csv）'));
    if (file.size > 5 * 1024 * 1024) return setUploadError(new Error('文件不能超过 5 MB'));
    setProgress(0);
    uploadReconciliation(file, setProgress)
      .then((x) => setId(x.id))
      .catch(setUploadError)
      .finally(() => setProgress(null));
  };

  // Rows that would become payments; a file with none (all duplicate / unmatched) has nothing to import.
  const applicable = r?.summary ? r.summary.matched + r.summary.partial + r.summary.overpaid : 0;
  const canCommit = r?.status === 'previewed' && r.errorCount === 0 && result === null && applicable > 0;
  return (
    <Modal
      open
      title="导入银行对账文件"
      onCancel={onClose}
      width={1100}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Space>
          <Button onClick={onClose}>{result ? '完成' : '取消'}</Button>
          {r && result === null ? (
            <Button
              type="primary"
              disabled={!canCommit}
              loading={commit.isPending}
              onClick={() => commit.mutate(r.id, { onSuccess: setResult })}
              data-testid="reconciliation-commit"
            >
              确认导入（{applicable} 笔入账）
            </Button>
          ) : null}
        </Space>
      }
    >
      {id === null ? (
        <>
          <Upload.Dragger
            accept=".csv,text/csv"
            showUploadList={false}
            beforeUpload={(f) => (onFile(f), false)}
            disabled={progress !== null}
            data-testid="reconciliation-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{progress !== null ? '正在上传并匹配…' : '点击或拖入对账文件（CSV，UTF-8 或 GBK 编码）'}</p>
            <p className="ant-upload-hint">
              表头：流水号,缴款码,缴款人,金额,到账时间（金额以元为单位，到账时间为北京时间 YYYY-MM-DD HH:mm:ss）。
              <a href="/api/payments/reconciliations/template.csv" onClick={(e) => e.stopPropagation()}>
                下载模板
              </a>
            </p>
          </Upload.Dragger>
          {progress !== null ? <Progress percent={progress} /> : null}
          {uploadError ? <RefusalAlert error={uploadError} /> : null}
        </>
      ) : report.isError ? (
        <ErrorAlert error={report.error} />
      ) : !r ? (
        <Progress percent={100} status="active" />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {result ? (
            <Result
              status="success"
              title={`已导入 ${result.applied} 笔缴款`}
              subTitle="重复和未匹配的行未入账；缴清的案件已登记执行完毕。"
            />
          ) : r.errorCount ? (
            <Alert
              type="error"
              showIcon
              message={`有 ${r.errorCount} 处错误：整个文件不能导入，请更正后重新上传（不会导入其中任何一行）`}
            />
          ) : r.status === 'previewed' && applicable === 0 ? (
            <Alert
              type="warning"
              showIcon
              message="本文件没有可以入账的行：均为重复或未匹配（如缴款码校验位不符），无需导入；未匹配的行请人工核对。"
              data-testid="reconciliation-nothing"
            />
          ) : r.status === 'previewed' ? (
            <Alert
              type="info"
              showIcon
              message="请核对匹配结果；确认导入后，已缴清、部分缴纳和多缴的行一次性入账，重复和未匹配的行不入账。"
            />
          ) : null}
          {commit.error ? <RefusalAlert error={commit.error} /> : null}
          <ReconciliationReport r={r} />
        </Space>
      )}
    </Modal>
  );
}

export function ReconciliationPage() {
  const list = useReconciliations();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const detail = useReconciliation(shown);
  return (
    <>
      <PageHeader
        title="银行对账"
        subtitle="导入银行 / 非税收入缴款对账文件，按缴款码登记罚没款缴纳（罚缴分离，行政处罚法第六十七条）"
        extra={
          <Button type="primary" onClick={() => setOpen(true)} data-testid="reconciliation-open">
            导入对账文件
          </Button>
        }
      />
      <Card size="small" title="导入记录">
        {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table
          size="small"
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          columns={[
            { title: '上传时间', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
            { title: '文件', dataIndex: 'fileName' },
            { title: '编码', dataIndex: 'encoding' },
            { title: '上传人', dataIndex: 'actorName' },
            {
              title: '状态',
              dataIndex: 'status',
              render: (s: string, x) =>
                s === 'committed' ? (
                  <Tag color="green">已导入 {formatDateTime(x.committedAt)}</Tag>
                ) : s === 'failed' ? (
                  <Tag color="red">无法读取</Tag>
                ) : x.errorCount ? (
                  <Tag color="red">有错误，未导入</Tag>
                ) : (
                  <Tag>待确认</Tag>
                ),
            },
            { title: '行数', render: (_: unknown, x) => x.summary.total },
            { title: '入账金额', render: (_: unknown, x) => yuan(x.summary.appliedFen) },
            {
              title: '',
              render: (_: unknown, x) => (
                <Button type="link" onClick={() => setShown(x.id)}>
                  查看报告
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {open ? (
        <ReconciliationDialog
          onClose={() => {
            setOpen(false);
            void list.refetch();
          }}
        />
      ) : null}
      <Modal open={shown !== null} title="对账报告" width={1100} footer={null} onCancel={() => setShown(null)} destroyOnHidden>
        {detail.data ? <ReconciliationReport r={detail.data} /> : detail.isError ? <ErrorAlert error={detail.error} /> : null}
      </Modal>
    </>
  );
}
