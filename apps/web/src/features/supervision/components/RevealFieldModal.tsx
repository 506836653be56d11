import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors } from '../../../app/form.ts';
import { useRevealSupervisorField, type SupervisorDto, type SupervisorPiiField } from '../api.ts';

export interface RevealTarget {
  supervisor: SupervisorDto;
  field: SupervisorPiiField;
}

const FIELD_LABELS: Record<SupervisorPiiField, string> = { mobile: '手机号码', idCardNumber: '身份证号码' };

/**
 * 查看完整个人信息 of a supervisor, one field at a time: the reason first (written with the view into the audit log,
 * 个人信息保护法 第五十一条), then the full value, shown only inside this dialog. The parent mounts it per opening,
 * so closing drops the value (the mutation has gcTime 0 and is reset here too); a new look asks for a new reason.
 */
export function RevealFieldModal({ target, onClose }: { target: RevealTarget; onClose: () => void }) {
  const { supervisor, field } = target;
  const reveal = useRevealSupervisorField(supervisor.id);
  const [form] = Form.useForm<{ reason: string }>();
  const label = FIELD_LABELS[field];
  const close = () => {
    reveal.reset();
    onClose();
  };
  const submit = (v: { reason: string }) =>
    reveal.mutate({ field, reason: v.reason.trim() }, { onError: (e) => applyFieldErrors(form, e) });

  return (
    <Modal
      open
      title={
        <span>
          <EyeOutlined /> 查看完整{label}：{supervisor.name}
        </span>
      }
      onCancel={close}
      destroyOnHidden
      footer={
        reveal.data
          ? [
              <Button key="close" type="primary" onClick={close} data-testid="supervisor-reveal-close">
                关闭
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                取消
              </Button>,
              <Button key="ok" type="primary" loading={reveal.isPending} onClick={() => form.submit()} data-testid="supervisor-reveal-submit">
                查看
              </Button>,
            ]
      }
    >
      {reveal.data ? (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="本次查看已记入审计日志"
            description="个人信息仅限履行职责所需使用，不得截屏、转发或对外提供。关闭后不再显示。"
          />
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              {
                key: 'value',
                label,
                children: (
                  <span className="qz-mono" data-testid="supervisor-reveal-value">
                    {reveal.data.value}
                  </span>
                ),
              },
            ]}
          />
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            当前显示：<span className="qz-mono">{(field === 'mobile' ? supervisor.mobile : supervisor.idCardNumber) ?? '未登记'}</span>。
            查看完整{label}将连同原因记入审计日志（个人信息保护法 第五十一条）。
          </Typography.Paragraph>
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item
              name="reason"
              label="查看原因"
              rules={[
                { required: true, whitespace: true, message: '请填写查看原因' },
                { min: 2, message: '查看原因至少 2 个字' },
                { max: 200, message: '查看原因不超过 200 个字' },
              ]}
            >
              <Input.TextArea rows={2} maxLength={200} showCount placeholder="如：电话通知监督员参加季度座谈会" data-testid="supervisor-reveal-reason" />
            </Form.Item>
          </Form>
          {reveal.error ? <ErrorAlert error={reveal.error} /> : null}
        </>
      )}
    </Modal>
  );
}
