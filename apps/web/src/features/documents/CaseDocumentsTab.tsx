/**
 * The case's 执法文书 tab: every generated version (number, title, SM3 hash, time) with 下载 / 预览, the documents
 * that can be generated now (生成, or the reason why not with its article; 补打 — the version made in time, issued
 * again unchanged — once a document's window has passed), and the case file (案卷) check that archiving rests on.
 */
import { Alert, Button, Card, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDocumentDto, DocumentAvailabilityDto } from '@quanze/contracts';
import { citationNoteForDisplay } from '@quanze/domain';
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

/** Why a document cannot be generated, or why it is only issued again as made: the reason and its article. */
function OfferTip({ offer }: { offer: DocumentAvailabilityDto }) {
  const basis = formatBasis(offer.basis);
  return (
    <div data-testid={`generate-tip-${offer.kind}`}>
      <div>{offer.reissueVersion ? `制作时限已过，按第${offer.reissueVersion}版原样重新出具（文号、日期、SM3 摘要不变）` : offer.reason}</div>
      {basis ? <div>依据：{basis}</div> : null}
    </div>
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
  // Refused by the document's window (the act it must precede was taken before it was made): listed with the article.
  const outOfTime = available.filter((a) => !a.available && a.basis);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="case-documents">
      <Card size="small" title="生成文书">
        <Space wrap>
          {available.map((a) => {
            const disabled = !canGenerate || !a.available;
            const button = (
              <Button
                data-testid={`generate-${a.kind}`}
                disabled={disabled}
                style={disabled ? { pointerEvents: 'none' } : undefined}
                loading={generate.isPending && generate.variables === a.kind}
                onClick={() =>
                  generate.mutate(a.kind, {
                    onError: notifyError,
                    // 补打: the server returns the version made in time; it is downloaded as it is.
                    onSuccess: (doc) => {
                      if (a.reissueVersion) window.location.assign(fileUrl(detail.id, doc.id));
                    },
                  })
                }
              >
                {a.reissueVersion ? `补打${a.label}（第${a.reissueVersion}版）` : `生成${a.label}`}
              </Button>
            );
            return a.reason || a.reissueVersion ? (
              <Tooltip key={a.kind} title={<OfferTip offer={a} />}>
                <span style={{ display: 'inline-block' }}>{button}</span>
              </Tooltip>
            ) : (
              <span key={a.kind}>{button}</span>
            );
          })}
        </Space>
        {outOfTime.length ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 8 }}
            data-testid="documents-out-of-time"
            title="以下文书已过制作时限，不能再生成"
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {outOfTime.map((a) => (
                  <li key={a.kind}>
                    {a.reason}
                    {citationNoteForDisplay(a.basis) ? <span className="qz-muted">（{citationNoteForDisplay(a.basis)}）</span> : null}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        {!canGenerate ? <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>您可以查看和下载文书；生成文书须具有案件办理或审批权限。</Typography.Paragraph> : null}
      </Card>

      <Table<CaseDocumentDto>
        size="small"
        rowKey="id"
        dataSource={items}
        pagination={false}
        locale={{ emptyText: '尚未生成文书' }}
        // Sum of the widths: the case page's tab column at 1440 px (≈ 750 px) shows it whole; narrower, it scrolls
        // sideways with 下载 / 预览 kept in view on the right.
        scroll={{ x: 750 }}
        columns={[
          { title: '文书', key: 'title', width: 150, render: (_, d) => <span>{d.title}{d.version > 1 ? <Tag style={{ marginLeft: 6 }}>第{d.version}版</Tag> : null}</span> },
          { title: '文号', dataIndex: 'number', width: 200, render: (n: string | null) => n ?? '—' },
          {
            title: 'SM3 摘要',
            dataIndex: 'fileHash',
            width: 124,
            render: (h: string) => (
              <Typography.Text code copyable={{ text: h }} title={h}>
                {h.slice(0, 8)}…
              </Typography.Text>
            ),
          },
          {
            title: '生成人 / 时间',
            key: 'generated',
            width: 162,
            render: (_, d) => (
              <>
                <div style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={d.generatedByName}>
                  {d.generatedByName}
                </div>
                <Typography.Text type="secondary">{formatDateTime(d.generatedAt)}</Typography.Text>
              </>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 114,
            fixed: 'right',
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
