/** One evidence item expanded: its record, files (SM3 shown, upload with progress) and chain of custody. */
import { UploadOutlined } from '@ant-design/icons';
import type { EvidenceItemDto } from '@quanze/contracts';
import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Select, Space, Table, Typography, Upload } from 'antd';
import { formatDateTime } from '../../app/format.ts';
import { useNotifyError } from '../../app/feedback.tsx';
import { useQueryClient } from '@tanstack/react-query';
import { evidenceKey, fileSize, fileUrl, uploadEvidenceFile, useAppendCustody } from './api.ts';
import { CUSTODY_KIND_LABELS } from './labels.ts';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.mp4,.mp3';

function RecordView({ item }: { item: EvidenceItemDto }) {
  const r = item.record;
  if (!r) return null;
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      title={r.kind === 'inquiry' ? '询问笔录' : '现场检查（勘验）笔录'}
      items={[
        { key: 't', label: '时间', children: `${formatDateTime(r.startedAt)} 至 ${formatDateTime(r.endedAt)}` },
        { key: 'p', label: '地点', children: r.place },
        { key: 'o', label: '执法人员及证号', children: r.officers.map((o) => `${o.name}（${o.certificateNumber ?? '—'}）`).join('、') },
        { key: 'c', label: '出示证件', children: r.certificatesShown ? '已出示' : '未出示' },
        { key: 'n', label: r.kind === 'inquiry' ? '被询问人' : '在场人', children: r.person.name },
        { key: 's', label: '签名', children: r.signature.kind === 'signed' ? '已核对签名' : `拒绝签名：${r.signature.note}` },
        { key: 'x', label: '内容', span: 2, children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.content}</Typography.Paragraph> },
      ]}
    />
  );
}

function CustodyForm({ caseId, item }: { caseId: string; item: EvidenceItemDto }) {
  const [form] = Form.useForm<{ kind: 'handedOver' | 'checkedOut' | 'returned' | 'correction'; toHolder: string; reason: string; correctsSeq?: number }>();
  const append = useAppendCustody(caseId);
  const notify = useNotifyError();
  const kind = Form.useWatch('kind', form);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await append.mutateAsync({ itemId: item.id, body: { kind: v.kind, toHolder: v.toHolder, reason: v.reason, correctsSeq: v.kind === 'correction' ? (v.correctsSeq ?? null) : null } });
      form.resetFields();
    } catch (e) {
      notify(e);
    }
  };
  return (
    <Form form={form} layout="inline" initialValues={{ kind: item.checkedOutBy ? 'returned' : 'handedOver' }} style={{ marginTop: 8 }} data-testid="custody-form">
      <Form.Item name="kind">
        <Select style={{ width: 120 }} options={(['handedOver', 'checkedOut', 'returned', 'correction'] as const).map((k) => ({ value: k, label: CUSTODY_KIND_LABELS[k] }))} />
      </Form.Item>
      {kind === 'correction' ? (
        <Form.Item name="correctsSeq" rules={[{ required: true, message: '更正第几条' }]}>
          <InputNumber min={1} placeholder="更正第几条" />
        </Form.Item>
      ) : null}
      <Form.Item name="toHolder" rules={[{ required: true, message: '请填写接收人' }]}>
        <Input placeholder={kind === 'correction' ? '正确的接收人' : '接收人（保管人）'} maxLength={100} />
      </Form.Item>
      <Form.Item name="reason" rules={[{ required: true, message: '请填写事由' }]}>
        <Input placeholder="事由" maxLength={500} style={{ width: 220 }} />
      </Form.Item>
      <Button type="primary" onClick={() => void submit()} loading={append.isPending}>
        追加记录
      </Button>
    </Form>
  );
}

export function EvidenceItemDetail({ caseId, item, canAdd, canManage, maxUploadBytes }: { caseId: string; item: EvidenceItemDto; canAdd: boolean; canManage: boolean; maxUploadBytes: number }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useNotifyError();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <RecordView item={item} />
      {item.custodyProblems.length ? <Alert type="warning" showIcon title="保管链存在问题" description={item.custodyProblems.join('；')} /> : null}
      <div>
        <Typography.Text strong>证据文件</Typography.Text>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={item.files}
          locale={{ emptyText: '尚无文件' }}
          // The expanded row of the case's evidence tab (≈ 710 px at 1440 px): whole there, sideways scroll below.
          scroll={{ x: 640 }}
          columns={[
            { title: '文件', dataIndex: 'fileName', width: 220, ellipsis: true, render: (name: string, f) => <a href={fileUrl(caseId, f.id)}>{name}</a> },
            { title: '大小', dataIndex: 'size', width: 80, render: (n: number) => fileSize(n) },
            {
              title: 'SM3 摘要（下载时复核）',
              dataIndex: 'sm3',
              width: 176,
              render: (h: string) => (
                <Typography.Text code copyable={{ text: h }} title={h} style={{ fontSize: 12 }}>
                  {h.slice(0, 16)}…
                </Typography.Text>
              ),
            },
            {
              title: '上传人 / 时间',
              key: 'by',
              width: 164,
              render: (_, f) => (
                <>
                  <div>{f.uploadedBy}</div>
                  <Typography.Text type="secondary">{formatDateTime(f.uploadedAt)}</Typography.Text>
                </>
              ),
            },
          ]}
        />
        {canAdd ? (
          <Upload
            accept={ACCEPT}
            multiple
            showUploadList={{ showRemoveIcon: false }}
            beforeUpload={(file) => {
              if (file.size > maxUploadBytes) {
                void message.error(`证据文件不得超过 ${Math.round(maxUploadBytes / 1024 / 1024)} MB`);
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file, onProgress, onSuccess, onError }) => {
              uploadEvidenceFile(caseId, item.id, file as File, (percent) => onProgress?.({ percent }))
                .then((r) => {
                  onSuccess?.(r);
                  void message.success(`已上传，SM3：${r.sm3.slice(0, 16)}…`);
                  void client.invalidateQueries({ queryKey: evidenceKey });
                })
                .catch((e: Error) => {
                  onError?.(e);
                  notify(e);
                });
            }}
          >
            <Button icon={<UploadOutlined />} style={{ marginTop: 8 }}>
              上传文件（PDF、JPG、PNG、DOCX、MP4、MP3，≤ {Math.round(maxUploadBytes / 1024 / 1024)} MB）
            </Button>
          </Upload>
        ) : null}
      </div>
      <div>
        <Typography.Text strong>保管链（只追加，不删除；更正另起一条）</Typography.Text>
        <Table
          size="small"
          rowKey="seq"
          pagination={false}
          dataSource={item.custody}
          // 事由 takes the rest and wraps; below 600 px the table scrolls sideways.
          scroll={{ x: 600 }}
          columns={[
            { title: '#', dataIndex: 'seq', width: 40 },
            { title: '类型', dataIndex: 'kind', width: 100, render: (k: keyof typeof CUSTODY_KIND_LABELS, r) => (r.correctsSeq ? `${CUSTODY_KIND_LABELS[k]}第${r.correctsSeq}条` : CUSTODY_KIND_LABELS[k]) },
            { title: '移出 → 接收', key: 'holders', width: 150, render: (_, r) => `${r.fromHolder ?? '—'} → ${r.toHolder}` },
            { title: '事由', dataIndex: 'reason', render: (v: string) => <span style={{ overflowWrap: 'anywhere' }}>{v}</span> },
            {
              title: '时间 / 记录人',
              key: 'at',
              width: 164,
              render: (_, r) => (
                <>
                  <div>{formatDateTime(r.at)}</div>
                  <Typography.Text type="secondary">{r.actorName}</Typography.Text>
                </>
              ),
            },
          ]}
        />
        {canManage ? <CustodyForm caseId={caseId} item={item} /> : null}
      </div>
    </Space>
  );
}
