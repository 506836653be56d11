import { App, Form, Input, Modal, Select } from 'antd';
import type { PublicationDetail } from '../api.ts';
import { useWithdraw } from '../api.ts';
import { useNotifyError } from '../../../app/feedback.tsx';

const GROUNDS = [
  { value: 'changed', label: '被依法变更' },
  { value: 'revoked', label: '被依法撤销' },
  { value: 'confirmedIllegal', label: '被确认违法' },
  { value: 'confirmedVoid', label: '被确认无效' },
];

interface Values {
  ground: string;
  publicReason: string;
  alteredOn: string;
}

/** 撤回 (行政处罚法第四十八条): ground, the date the decision was altered (starts the 3-day clock), the public reason. */
export function WithdrawModal({ detail, open, onClose }: { detail: PublicationDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const withdraw = useWithdraw();
  const notify = useNotifyError();
  const { message } = App.useApp();
  return (
    <Modal
      open={open}
      title="撤回决定信息"
      okText="撤回并公开理由"
      okButtonProps={{ danger: true, loading: withdraw.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form.validateFields().then((v) =>
          withdraw.mutate(
            { id: detail.id, version: detail.version, ...v },
            {
              onSuccess: () => {
                void message.success('已撤回');
                onClose();
              },
              onError: notify,
            },
          ),
        )
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ alteredOn: new Date().toISOString().slice(0, 10) }}>
        <Form.Item name="ground" label="撤回事由" rules={[{ required: true, message: '请选择撤回事由' }]}>
          <Select options={GROUNDS} />
        </Form.Item>
        <Form.Item
          name="alteredOn"
          label="决定被变更、撤销或确认的日期"
          rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式为YYYY-MM-DD' }]}
          extra="自该日起三个工作日内撤回"
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="publicReason"
          label="公开说明的理由（将在门户显示，不得含个人信息）"
          rules={[{ required: true, min: 10, message: '请填写理由（不少于10字）' }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
