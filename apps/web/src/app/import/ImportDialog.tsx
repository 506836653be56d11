import { InboxOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Modal, Progress, Result, Space, Table, Tooltip, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../feedback.tsx';

/** What the roster, legal-library and power-catalogue imports report alike (OfficerImportDto, LegalImportDto, PowerImportDto). */
export interface ImportReportLike {
  status: 'validating' | 'validated' | 'committing' | 'committed' | 'failed';
  progress: number;
  fileName: string | null;
  total: number;
  valid: number;
  invalid: number;
  errors: { row: number; field: string; message: string }[];
  errorCount: number;
  failureReason: string | null;
}

interface Props<R extends ImportReportLike, C> {
  open: boolean;
  title: string;
  /** Under the drop zone: the file format, the template. */
  hint: ReactNode;
  /** Fields asked before the file (e.g. 执法区域); the drop zone is disabled while `ready` is false. */
  before?: ReactNode;
  ready?: boolean;
  /** What one unit of the report is called: 行 (Excel) / 条. */
  unit: (report: R) => string;
  /** JSON files too (the library and the catalogue); the roster is Excel only. */
  jsonAllowed?: boolean;
  /** Column names by field code, for the error table. */
  fieldHeaders: Readonly<Record<string, string>>;
  /** Uploads the file (Excel) or posts its JSON; answers the import id. */
  start: (file: File) => Promise<{ importId: string }>;
  /** The polling hook of this import kind (a module-level hook, stable across renders). */
  useReport: (importId: string | null) => UseQueryResult<R>;
  commit: (importId: string, mode: 'all' | 'validOnly') => Promise<C>;
  /** A line more in the report's summary (documents, unlinked bases). */
  summary?: (report: R) => ReactNode;
  done: (result: C) => ReactNode;
  onClose: () => void;
}

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Upload → background validation with progress → row-by-row report → 全部导入 (refused while any row has an error,
 * nothing is written) / 仅导入无误的 N 行 / 取消. The same steps as the roster import.
 */
export function ImportDialog<R extends ImportReportLike, C>(props: Props<R, C>) {
  const {
    open,
    title,
    hint,
    before,
    ready = true,
    jsonAllowed = true,
    unit,
    fieldHeaders,
    start,
    useReport,
    commit,
    summary,
    done,
    onClose,
  } = props;
  const [importId, setImportId] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [committing, setCommitting] = useState<'all' | 'validOnly' | null>(null);
  const [commitError, setCommitError] = useState<unknown>(null);
  const [result, setResult] = useState<C | null>(null);
  const report = useReport(importId);
  const data = report.data;

  const close = () => {
    setImportId(null);
    setUploadError(null);
    setCommitError(null);
    setResult(null);
    onClose();
  };

  const onFile = (file: File) => {
    setUploadError(null);
    const name = file.name.toLowerCase();
    if (!name.endsWith('.xlsx') && !(jsonAllowed && name.endsWith('.json'))) {
      return setUploadError(new Error(jsonAllowed ? '请选择 Excel（.xlsx）或 JSON（.json）文件' : '请选择 Excel 文件（.xlsx）'));
    }
    if (file.size > MAX_BYTES) return setUploadError(new Error('文件不能超过 20 MB'));
    setUploading(true);
    start(file)
      .then((r) => setImportId(r.importId))
      .catch(setUploadError)
      .finally(() => setUploading(false));
  };

  const runCommit = (mode: 'all' | 'validOnly') => {
    if (!importId) return;
    setCommitting(mode);
    setCommitError(null);
    commit(importId, mode)
      .then(setResult)
      .catch(setCommitError)
      .finally(() => setCommitting(null));
  };

  const busy = uploading || (importId !== null && (!data || data.status === 'validating' || data.status === 'committing'));
  const validated = data?.status === 'validated' && result === null;
  const errorCount = data ? Math.max(data.errorCount, data.errors.length) : 0;

  const footer = validated ? (
    <Space wrap>
      <Button onClick={close} data-testid="import-cancel">
        取消
      </Button>
      <Button
        disabled={!data || data.valid === 0}
        loading={committing === 'validOnly'}
        onClick={() => runCommit('validOnly')}
        data-testid="import-valid-only"
      >
        仅导入无误的 {data?.valid ?? 0} {data ? unit(data) : '行'}
      </Button>
      <Tooltip title={errorCount ? `有 ${errorCount} 处错误，须全部更正后才能全部导入` : undefined}>
        <Button
          type="primary"
          disabled={errorCount > 0}
          loading={committing === 'all'}
          onClick={() => runCommit('all')}
          data-testid="import-all"
        >
          全部导入
        </Button>
      </Tooltip>
    </Space>
  ) : (
    <Button onClick={close}>{result !== null ? '完成' : '取消'}</Button>
  );

  return (
    <Modal open={open} title={title} onCancel={close} footer={footer} width={780} destroyOnHidden mask={{ closable: false }}>
      {importId === null ? (
        <>
          {before}
          <Upload.Dragger
            accept={
              jsonAllowed
                ? '.xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                : '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            }
            showUploadList={false}
            disabled={uploading || !ready}
            beforeUpload={(file) => {
              onFile(file);
              return Upload.LIST_IGNORE;
            }}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {uploading
                ? '正在上传…'
                : jsonAllowed
                  ? '点击或拖拽 Excel（.xlsx）或 JSON 文件到此处'
                  : '点击或拖拽 Excel（.xlsx）文件到此处'}
            </p>
            <p className="ant-upload-hint">{hint}</p>
          </Upload.Dragger>
          {uploadError ? (
            <div style={{ marginTop: 16 }}>
              <ErrorAlert error={uploadError} />
            </div>
          ) : null}
        </>
      ) : null}

      {importId !== null && busy ? (
        <div data-testid="import-progress" style={{ padding: '24px 0' }}>
          <div style={{ marginBottom: 8 }}>{data?.status === 'committing' ? '正在写入…' : '正在逐条校验…'}</div>
          <Progress percent={Math.round((data?.progress ?? 0) * 100)} status="active" />
          {data?.total ? (
            <div className="qz-sub">
              共 {data.total} {unit(data)}
            </div>
          ) : null}
        </div>
      ) : null}

      {report.error ? <ErrorAlert error={report.error} onRetry={() => void report.refetch()} /> : null}
      {data?.status === 'failed' ? (
        <Alert
          type="error"
          showIcon
          title="文件无法导入"
          description={data.failureReason ?? '请检查文件格式后重新上传。'}
          data-testid="import-failed"
        />
      ) : null}
      {commitError ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={commitError} />
        </div>
      ) : null}
      {result !== null ? <Result status="success" title="导入完成" subTitle={done(result)} data-testid="import-done" /> : null}
      {validated && data ? <ReportView report={data} unit={unit(data)} fieldHeaders={fieldHeaders} summary={summary?.(data)} /> : null}
    </Modal>
  );
}

interface ReportProps {
  report: ImportReportLike;
  unit: string;
  fieldHeaders: Readonly<Record<string, string>>;
  summary: ReactNode;
}

function ReportView({ report, unit, fieldHeaders, summary }: ReportProps) {
  const errorCount = Math.max(report.errorCount, report.errors.length);
  const capped = report.errors.length < errorCount;
  return (
    <div data-testid="import-report">
      <Alert
        type={errorCount ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 12 }}
        title={`${report.fileName ? `${report.fileName}：` : ''}共 ${report.total} ${unit}，无误 ${report.valid} ${unit}${
          errorCount ? `，${report.invalid} ${unit}有错误（${errorCount} 处）` : ''
        }`}
        description={
          <>
            {errorCount
              ? `有错误时不能“全部导入”，不会写入任何数据；可以更正后重新上传，或仅导入无误的${unit}。${capped ? `下表列出前 ${report.errors.length} 处。` : ''}`
              : '全部通过校验。'}
            {summary ? <div>{summary}</div> : null}
          </>
        }
      />
      {report.errors.length ? (
        <Table
          size="small"
          rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
          dataSource={report.errors}
          pagination={report.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          columns={[
            { title: '位置', dataIndex: 'row', width: 70 },
            { title: '项目', dataIndex: 'field', width: 150, render: (f: string) => fieldHeaders[f] ?? f },
            { title: '问题', dataIndex: 'message' },
          ]}
        />
      ) : null}
    </div>
  );
}
