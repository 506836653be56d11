import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { TIME_ZONE } from '../../../app/format.ts';
import type { RepealRequest } from '../types.ts';

interface Props {
  open: boolean;
  title: string;
  version: number;
  /** What repealing touches (the article's 影响范围), shown before confirming. */
  impact?: ReactNode;
  submit: (input: RepealRequest) => Promise<unknown>;
  onClose: () => void;
}

interface Values {
  repealedOn: Dayjs;
  reason: string;
}

/** 废止 a document or an article from a date (自…起废止: the first day not in force), with the reason or basis. */
export function RepealModal({ open, title, version, impact, submit, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const finish = (v: Values) => {
    setPending(true);
    setError(null);
    submit({ repealedOn: v.repealedOn.format('YYYY-MM-DD'), reason: v.reason.trim(), version })
      .then(onClose)
      .catch(setError)
      .finally(() => setPending(false));
  };

  return (
    <Modal
      open={open}
      title={title}
      okText="确认废止"
      okButtonProps={{ danger: true, 'data-testid': 'legal-repeal-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      width={640}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="废止后，引用它的执法事项在覆盖检查中标红，相关裁量规则和案件将提示依据失效。"
        description="废止日期为不再施行的第一天；此前发生的行为仍适用当时有效的规定（行政处罚法 第三十七条）。"
      />
      {impact}
      <Form form={form} layout="vertical" onFinish={finish} initialValues={{ repealedOn: dayjs().tz(TIME_ZONE) }} preserve={false}>
        <Form.Item name="repealedOn" label="自此日起废止" rules={[{ required: true, message: '请选择废止日期' }]}>
          <DatePicker data-testid="legal-repeal-date" />
        </Form.Item>
        <Form.Item name="reason" label="废止依据或原因" rules={[{ required: true, whitespace: true, message: '请填写废止依据或原因' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：被《……》第……条废止" data-testid="legal-repeal-reason" />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
