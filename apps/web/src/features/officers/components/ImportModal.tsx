import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Result, Space, Table, Tooltip, Upload } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { startImport, useCommitImport, useImportReport } from '../api.ts';
import type { ImportReport } from '../types.ts';

interface Props {
  open: boolean;
  onClose: () => void;
}

type ImportError = ImportReport['errors'][number];

/** The report names fields by their code; users know them by the roster's column headings. */
const FIELD_HEADERS: Record<string, string> = {
  name: '姓名',
  gender: '性别',
  idCardNumber: '身份证号码',
  employmentType: '用工性质',
  departmentName: '科室',
  postName: '岗位',
  certificateNumber: '执法证号',
  issuingAuthority: '发证机关',
  categories: '执法类别',
  areas: '执法区域',
  validFrom: '有效期自',
  validTo: '有效期至',
  lastReviewedYear: '最近审验年度',
  certificateStatus: '证件状态',
  trainingHoursThisYear: '本年培训学时',
  legalProfessionQualification: '法律职业资格',
  legalProfessionCertificateNumber: '法律职业资格证书编号',
  education: '学历',
};
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * 导入执法人员名册: upload the .xlsx, watch the validation progress, read the row-by-row report, then choose:
 * 全部导入 (refused while any row has an error — nothing is written), 仅导入无误的 N 行, or 取消.
 */
export function ImportModal({ open, onClose }: Props) {
  const [importId, setImportId] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const report = useImportReport(importId);
  const commit = useCommitImport();
  const data = report.data;

  const close = () => {
    setImportId(null);
    setUploadError(null);
    commit.reset();
    onClose();
  };

  const onFile = (file: File) => {
    setUploadError(null);
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setUploadError(new Error('请选择 Excel 文件（.xlsx）'));
      return;
    }
    if (file.size > MAX_BYTES) {
      setUploadError(new Error('文件不能超过 10 MB'));
      return;
    }
    setUploading(true);
    startImport(file)
      .then((r) => setImportId(r.importId))
      .catch(setUploadError)
      .finally(() => setUploading(false));
  };

  const busy = uploading || (importId !== null && (!data || data.status === 'validating' || data.status === 'committing'));
  const validated = data?.status === 'validated' && !commit.data;
  const errorCount = data ? Math.max(data.errorCount, data.errors.length) : 0;

  const footer = validated ? (
    <Space wrap>
      <Button onClick={close} data-testid="import-cancel">
        取消
      </Button>
      <Button
        disabled={!data || data.valid === 0}
        loading={commit.isPending && commit.variables?.mode === 'validOnly'}
        onClick={() => importId && commit.mutate({ importId, mode: 'validOnly' })}
        data-testid="import-valid-only"
      >
        仅导入无误的 {data?.valid ?? 0} 行
      </Button>
      <Tooltip title={errorCount ? `有 ${errorCount} 处错误，须全部更正后才能全部导入` : undefined}>
        <Button
          type="primary"
          disabled={errorCount > 0}
          loading={commit.isPending && commit.variables?.mode === 'all'}
          onClick={() => importId && commit.mutate({ importId, mode: 'all' })}
          data-testid="import-all"
        >
          全部导入
        </Button>
      </Tooltip>
    </Space>
  ) : (
    <Button onClick={close}>{commit.data ? '完成' : '取消'}</Button>
  );

  return (
    <Modal open={open} title="导入执法人员名册" onCancel={close} footer={footer} width={760} destroyOnHidden maskClosable={false}>
      {importId === null ? (
        <>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            disabled={uploading}
            beforeUpload={(file) => {
              onFile(file);
              return Upload.LIST_IGNORE;
            }}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{uploading ? '正在上传…' : '点击或拖拽 Excel 文件（.xlsx）到此处'}</p>
            <p className="ant-upload-hint">格式与“导出名册”相同，可先导出作为模板。系统逐行校验，校验完成前不会写入任何数据。</p>
          </Upload.Dragger>
          {uploadError ? <div style={{ marginTop: 16 }}><ErrorAlert error={uploadError} /></div> : null}
        </>
      ) : null}

      {importId !== null && busy ? (
        <div data-testid="import-progress" style={{ padding: '24px 0' }}>
          <div style={{ marginBottom: 8 }}>{data?.status === 'committing' ? '正在写入…' : '正在逐行校验…'}</div>
          <Progress percent={Math.round((data?.progress ?? 0) * 100)} status="active" />
          {data?.total ? <div className="qz-sub">共 {data.total} 行</div> : null}
        </div>
      ) : null}

      {report.error ? <ErrorAlert error={report.error} onRetry={() => void report.refetch()} /> : null}
      {data?.status === 'failed' ? (
        <Alert type="error" showIcon title="文件无法导入" description={data.failureReason ?? '请检查文件格式后重新上传。'} data-testid="import-failed" />
      ) : null}
      {commit.error ? <div style={{ marginBottom: 16 }}><ErrorAlert error={commit.error} /></div> : null}

      {commit.data ? (
        <Result
          status="success"
          title={`已导入 ${commit.data.imported} 行`}
          subTitle={commit.data.skipped ? `跳过有错误的 ${commit.data.skipped} 行，可更正后再次导入。` : '全部行均已导入。'}
          data-testid="import-done"
        />
      ) : null}

      {validated && data ? <ImportReportView report={data} /> : null}
    </Modal>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const errorCount = Math.max(report.errorCount, report.errors.length);
  const capped = report.errors.length < errorCount;
  return (
    <div data-testid="import-report">
      <Alert
        type={errorCount ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 12 }}
        title={`${report.fileName ? `${report.fileName}：` : ''}共 ${report.total} 行，无误 ${report.valid} 行${errorCount ? `，${report.invalid} 行有错误（${errorCount} 处）` : ''}`}
        description={
          errorCount
            ? `有错误时不能“全部导入”，不会写入任何数据；可以更正后重新上传，或仅导入无误的行。${capped ? `下表列出前 ${report.errors.length} 处。` : ''}`
            : '所有行均通过校验。'
        }
      />
      {report.errors.length ? (
        <Table<ImportError>
          size="small"
          rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
          dataSource={report.errors}
          pagination={report.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          columns={[
            { title: '行号', dataIndex: 'row', width: 70 },
            { title: '列', dataIndex: 'field', width: 150, render: (f: string) => FIELD_HEADERS[f] ?? f },
            { title: '问题', dataIndex: 'message' },
          ]}
        />
      ) : null}
    </div>
  );
}
