import { EyeOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../app/feedback.tsx';
import { useCan } from '../../../app/me.ts';
import type { CaseDetailDto } from '../types.ts';
import { useRevealPartyId } from './api.ts';

/**
 * 证件号码 of the party: masked; a user with pii:reveal may ask for the full number, giving the reason, and the
 * server writes the view into the audit log (it shows in 操作记录).
 */
export function PartyIdNumber({ detail }: { detail: CaseDetailDto }) {
  const can = useCan();
  const notifyError = useNotifyError();
  const reveal = useRevealPartyId(detail.id);
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const masked = detail.party.idNumberMasked;

  if (reveal.data) {
    return (
      <Space orientation="vertical" size={0}>
        <span className="qz-mono" data-testid="case-party-id-full">
          {reveal.data.idNumber}
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="reveal-note">
          本次查看已记入审计日志；个人信息仅限履行职责所需使用。
        </Typography.Text>
      </Space>
    );
  }
  const revealable = masked !== null && detail.party.kind === 'citizen' && can('pii:reveal');
  return (
    <Space wrap size={4}>
      <span className="qz-mono" data-testid="case-party-id">
        {masked ?? '—'}
      </span>
      {revealable ? (
        <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setAsking(true)} data-testid="case-party-reveal">
          查看
        </Button>
      ) : null}
      <Modal
        open={asking}
        title="查看完整证件号码"
        okText="查看"
        confirmLoading={reveal.isPending}
        onCancel={() => setAsking(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">查看将记入审计日志（个人信息保护法 第五十一条），请写明原因。</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            reveal.mutate(v.reason, {
              onSuccess: () => setAsking(false),
              onError: notifyError,
            })
          }
        >
          <Form.Item
            name="reason"
            label="查看原因"
            rules={[
              { required: true, whitespace: true, min: 2, message: '请填写查看原因' },
              { max: 200, message: '不超过 200 个字' },
            ]}
          >
            <Input.TextArea
              rows={2}
              maxLength={200}
              placeholder="如：核对当事人身份以制作询问笔录"
              data-testid="case-party-reveal-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
