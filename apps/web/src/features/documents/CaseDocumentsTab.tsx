/**
 * The case's 执法文书 tab: every generated version (number, title, SM3 hash, time) with 下载 / 预览, the documents
 * that can be generated now (生成, or the reason why not), and the case file (案卷) check that archiving rests on.
 */
import { Alert, Button, Card, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDocumentDto } from '@quanze/contracts';
import { ContentSpin, ErrorAlert, useNotifyError } from '../../app/feedback.tsx';
import { formatBasis, formatDateTime } from '../../app/format.ts';
import { useCaseAction } from '../cases/api.ts';
import type { CaseDetailDto } from '../cases/types.ts';
import { fileUrl, useCaseDocuments, useDocumentPreview, useGenerateDocument } from './api.ts';

function PreviewModal({ caseId, doc, onClose }: { caseId: string; doc: CaseDocumentDto | null; onClose: () => void }) {
  const preview = useDocumentPreview(caseId, doc?.id ?? null);
  return (
    <Modal open={doc !== null} onCancel={onClose} footer={null} width={900} title={doc ? `${doc.title}${doc.number ? `（${doc.number}）` : ''} 第${doc.version}版` : ''} destroyOnHidden>
      {preview.isLoading ? <ContentSpin /> : null}
      {preview.error ? <ErrorAlert error={preview.error} /> : null}
      {preview.data ? (
        <iframe title="文书预览" data-testid="document-preview" sandbox="" srcDoc={preview.data} style={{ width: '100%', height: '70vh', border: '1px solid #ddd', background: '#f0f0f0' }} />
      ) : null}
    </Modal>
  );
}

export function CaseDocumentsTab({ detail }: { detail: CaseDetailDto }) {
  const docs = useCaseDocuments(detail.id);
  const generate = useGenerateDocument(detail.id);
  const notifyError = useNotifyError();
  const [previewing, setPreviewing] = useState<CaseDocumentDto | null>(null);
  const caseAction = useCaseAction(detail.id);
  // The case page's snapshot does not read the case file, so its archive ability always names the file as the
  // obstacle; when the file is complete and nothing else blocks, archiving is offered here (the server re-checks).
  const archive = detail.abilities.find((a) => a.action === 'archive');
  const archiveBlockedByOtherThanFile = archive ? !archive.allowed && (archive.code !== 'CASE_FILE_INCOMPLETE' || archive.others.length > 0) : true;

  if (docs.isLoading) return <ContentSpin />;
  if (docs.error || !docs.data) return <ErrorAlert error={docs.error} onRetry={() => void docs.refetch()} />;
  const { items, available, canGenerate, caseFile } = docs.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="case-documents">
      <Card size="small" title="生成文书">
        <Space wrap>
          {available.map((a) => (
            <Tooltip key={a.kind} title={a.reason ?? undefined}>
              <Button
                data-testid={`generate-${a.kind}`}
                disabled={!canGenerate || !a.available}
                loading={generate.isPending && generate.variables === a.kind}
                onClick={() => generate.mutate(a.kind, { onError: notifyError })}
              >
                生成{a.label}
              </Button>
            </Tooltip>
          ))}
        </Space>
        {!canGenerate ? <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>您可以查看和下载文书；生成文书须具有案件办理或审批权限。</Typography.Paragraph> : null}
      </Card>

      <Table<CaseDocumentDto>
        size="small"
        rowKey="id"
        dataSource={items}
        pagination={false}
        locale={{ emptyText: '尚未生成文书' }}
        scroll={{ x: 1030 }}
        columns={[
          { title: '文书', key: 'title', width: 230, render: (_, d) => <span>{d.title}{d.version > 1 ? <Tag style={{ marginLeft: 6 }}>第{d.version}版</Tag> : null}</span> },
          { title: '文号', dataIndex: 'number', width: 210, render: (n: string | null) => n ?? '—' },
          {
            title: 'SM3 摘要',
            dataIndex: 'fileHash',
            width: 170,
            render: (h: string) => (
              <Typography.Text code copyable={{ text: h }} title={h}>
                {h.slice(0, 12)}…
              </Typography.Text>
            ),
          },
          { title: '生成人', dataIndex: 'generatedByName', width: 100, ellipsis: true },
          { title: '生成时间', dataIndex: 'generatedAt', width: 170, render: (t: string) => formatDateTime(t) },
          {
            title: '操作',
            key: 'actions',
            width: 150,
            render: (_, d) => (
              <Space>
                <Button size="small" href={fileUrl(detail.id, d.id)} data-testid={`download-${d.kind}-${d.version}`}>
                  下载
                </Button>
                <Button size="small" onClick={() => setPreviewing(d)} data-testid={`preview-${d.kind}-${d.version}`}>
                  预览
                </Button>
              </Space>
            ),
          },
        ]}
      />

      <Card size="small" title={`案卷（${caseFile.pathLabel}）`} data-testid="case-file-check">
        {caseFile.complete ? (
          <Alert
            type="success"
            showIcon
            title={detail.state === 'archived' ? '案卷已归档' : '案卷材料齐全，可以归档'}
            action={
              archive && detail.state !== 'archived' ? (
                <Button
                  type="primary"
                  size="small"
                  data-testid="archive-case"
                  disabled={archiveBlockedByOtherThanFile}
                  loading={caseAction.isPending}
                  onClick={() => caseAction.mutate({ action: 'archive', body: { version: detail.version, note: '' } }, { onError: notifyError })}
                >
                  归档
                </Button>
              ) : undefined
            }
          />
        ) : (
          <Alert
            type="warning"
            showIcon
            title="案卷尚不完整，补齐后方可归档"
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {caseFile.missing.map((m) => (
                  <li key={`${m.kind}-${m.reason}`}>
                    {m.reason}
                    <span className="qz-muted">（依据：{formatBasis(m.basis)}）</span>
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <div style={{ marginTop: 8 }}>
          {caseFile.required.map((r) => (
            <Tag key={r.kind} color={r.present ? 'green' : 'default'}>
              {r.present ? '✓ ' : ''}
              {r.label}
            </Tag>
          ))}
        </div>
      </Card>

      <PreviewModal caseId={detail.id} doc={previewing} onClose={() => setPreviewing(null)} />
    </Space>
  );
}
