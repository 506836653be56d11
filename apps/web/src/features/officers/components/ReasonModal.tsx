import { Alert, Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';

interface Props {
  open: boolean;
  title: string;
  /** Shown above the reason box (what the action does, its basis). */
  description?: ReactNode;
  label?: string;
  required?: boolean;
  okText?: string;
  danger?: boolean;
  /** Extra fields rendered inside the same form (e.g. a date). */
  children?: ReactNode;
  onSubmit: (values: { reason: string } & Record<string, unknown>) => Promise<unknown>;
  onClose: () => void;
  testId?: string;
}

/** A confirmation that asks for a reason (required or optional) and shows the server's refusal in the dialog. */
export function ReasonModal({ open, title, description, label = '理由', required = true, okText = '确定', danger, children, onSubmit, onClose, testId }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const finish = (values: { reason?: string } & Record<string, unknown>) => {
    setPending(true);
    setError(null);
    onSubmit({ ...values, reason: (values.reason ?? '').trim() })
      .then(onClose)
      .catch(setError)
      .finally(() => setPending(false));
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      okButtonProps={{ danger, ...(testId ? { 'data-testid': `${testId}-submit` } : {}) }}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      {description ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={description} /> : null}
      <Form form={form} layout="vertical" onFinish={finish} preserve={false}>
        {children}
        <Form.Item
          name="reason"
          label={label}
          rules={required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid={testId ? `${testId}-reason` : undefined} />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
