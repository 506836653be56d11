import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors } from '../../../app/form.ts';
import { useCan, useMe } from '../../../app/me.ts';
import { useComplaintChannels, useSaveComplaintChannels, type ComplaintChannelsDto } from '../api.ts';

const FIELDS = [
  { name: 'hotline', label: '举报电话', placeholder: '如 0000-12345678' },
  { name: 'hotlineHours', label: '电话接听时间' },
  { name: 'mailAddress', label: '来信地址' },
  { name: 'postcode', label: '邮政编码' },
  { name: 'email', label: '电子邮箱' },
  { name: 'receptionAddress', label: '来访接待地点' },
  { name: 'receptionHours', label: '接待时间' },
  { name: 'note', label: '说明', textarea: true },
] as const;
type Values = Record<(typeof FIELDS)[number]['name'], string>;

/** The server's refusal for a handler below bureau scope (complaints/complaint-channels.ts CHANNELS_SCOPE). */
const BUREAU_ONLY = '监督渠道是全局配置，须由本局层级的投诉举报办理人员修改';

/**
 * 监督渠道 the bureau publishes on the portal (信访工作条例 第十五条). Anyone who reads complaints sees them; a
 * bureau-level handler (complaint:handle at bureau scope) edits them. A department head also holds complaint:handle
 * but the server refuses them, so they see 修改 disabled with the reason instead of a form that fails on save.
 */
export function ChannelsCard() {
  const can = useCan();
  const { data: me } = useMe();
  const { data, error, refetch } = useComplaintChannels();
  const [editing, setEditing] = useState(false);
  const shown = (v: string) => v || '—';
  return (
    <Card
      size="small"
      title="本局监督渠道（门户公布）"
      style={{ marginBottom: 16 }}
      data-testid="complaint-channels-card"
      extra={
        !can('complaint:handle') ? null : me?.scope === 'bureau' ? (
          <Button size="small" onClick={() => setEditing(true)} data-testid="complaint-channels-edit">
            修改
          </Button>
        ) : (
          <Tooltip title={BUREAU_ONLY}>
            <Button size="small" disabled data-testid="complaint-channels-edit">
              修改
            </Button>
          </Tooltip>
        )
      }
    >
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {data === null ? (
        <Alert type="warning" showIcon title="尚未公布监督渠道：门户仅显示 12345 热线和在线投诉。应向社会公布通信地址、电子信箱、投诉电话、接待时间和地点（信访工作条例第十五条）。" />
      ) : data ? (
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="举报电话">
            {shown(data.hotline)} {data.demo ? <Tag color="orange">演示数据</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label="接听时间">{shown(data.hotlineHours)}</Descriptions.Item>
          <Descriptions.Item label="来信地址">
            {shown(data.mailAddress)}
            {data.postcode ? `（${data.postcode}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="电子邮箱">{shown(data.email)}</Descriptions.Item>
          <Descriptions.Item label="来访接待">{shown(data.receptionAddress)}</Descriptions.Item>
          <Descriptions.Item label="接待时间">{shown(data.receptionHours)}</Descriptions.Item>
        </Descriptions>
      ) : null}
      {editing ? <ChannelsDialog current={data ?? null} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}

function ChannelsDialog({ current, onClose }: { current: ComplaintChannelsDto | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveComplaintChannels();
  const [error, setError] = useState<unknown>(null);
  const { message } = App.useApp();
  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    try {
      const body = Object.fromEntries(FIELDS.map((f) => [f.name, (values[f.name] ?? '').trim()])) as Values;
      await save.mutateAsync({ ...body, version: current?.version ?? 0 });
      void message.success('监督渠道已更新，门户即时显示');
      onClose();
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  };
  return (
    <Modal open title="修改监督渠道" okText="保存" cancelText="取消" onOk={() => void submit()} onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden>
      {current?.demo ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="当前为演示数据（虚构号码），请改为本局真实的监督渠道。" /> : null}
      <Form form={form} layout="vertical" initialValues={current ?? {}}>
        {FIELDS.map((f) => (
          <Form.Item key={f.name} name={f.name} label={f.label}>
            {'textarea' in f ? <Input.TextArea rows={2} maxLength={500} /> : <Input maxLength={200} placeholder={'placeholder' in f ? f.placeholder : undefined} />}
          </Form.Item>
        ))}
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
