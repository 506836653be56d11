import { Alert, App, Form, Input, Modal, Select } from 'antd';
import type { PublicationDetail } from '../api.ts';
import { useRegisterAlteration, useWithdraw } from '../api.ts';
import { useNotifyError } from '../../../app/feedback.tsx';

const GROUNDS = [
  { value: 'changed', label: '被依法变更' },
  { value: 'revoked', label: '被依法撤销' },
  { value: 'confirmedIllegal', label: '被确认违法' },
  { value: 'confirmedVoid', label: '被确认无效' },
];

interface Values {
  ground?: string;
  publicReason?: string;
  alteredOn?: string;
  document?: string;
}

/**
 * 行政处罚法第四十八条第二款. mode 'register': record that the decision was changed / revoked / confirmed illegal or
 * void (ground, date, document) — the 3-working-day withdrawal clock starts, the decision stays on the portal until
 * withdrawn. mode 'withdraw': after a registration only the public reason; without one, everything at once.
 */
export function WithdrawModal({
  detail,
  open,
  mode = 'withdraw',
  onClose,
}: {
  detail: PublicationDetail;
  open: boolean;
  mode?: 'register' | 'withdraw';
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const withdraw = useWithdraw();
  const register = useRegisterAlteration();
  const notify = useNotifyError();
  const { message } = App.useApp();
  const registered = detail.alteration;
  const asksAlteration = mode === 'register' || !registered;
  const asksReason = mode === 'withdraw';
  const done = (text: string) => () => {
    void message.success(text);
    onClose();
  };
  return (
    <Modal
      open={open}
      title={mode === 'register' ? '登记决定被变更、撤销或确认违法、无效' : '撤回决定信息'}
      okText={mode === 'register' ? '登记并开始撤回期限' : '撤回并公开理由'}
      okButtonProps={{ danger: true, loading: withdraw.isPending || register.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form.validateFields().then((v) =>
          mode === 'register'
            ? register.mutate(
                { id: detail.id, version: detail.version, ground: v.ground ?? '', alteredOn: v.alteredOn ?? '', document: v.document ?? '' },
                { onSuccess: done('已登记，请在期限内撤回'), onError: notify },
              )
            : withdraw.mutate(
                registered
                  ? { id: detail.id, version: detail.version, publicReason: v.publicReason ?? '' }
                  : { id: detail.id, version: detail.version, publicReason: v.publicReason ?? '', ground: v.ground, alteredOn: v.alteredOn, document: v.document },
                { onSuccess: done('已撤回'), onError: notify },
              ),
        )
      }
      destroyOnHidden
    >
      {registered && mode === 'withdraw' ? (
        <Alert
          style={{ marginBottom: 12 }}
          type={detail.overdue ? 'error' : 'warning'}
          showIcon
          message={`${registered.groundLabel}（${registered.alteredOn}，${registered.document}）`}
          description={`应于 ${registered.dueOn} 前撤回${detail.overdue ? '，已逾期' : ''}`}
        />
      ) : null}
      <Form form={form} layout="vertical" initialValues={{ alteredOn: new Date().toISOString().slice(0, 10) }}>
        {asksAlteration ? (
          <>
            <Form.Item name="ground" label="撤回事由" rules={[{ required: true, message: '请选择撤回事由' }]}>
              <Select options={GROUNDS} />
            </Form.Item>
            <Form.Item
              name="alteredOn"
              label="决定被变更、撤销或确认的日期"
              rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式为YYYY-MM-DD' }]}
              extra="自该日起三个工作日内撤回（行政处罚法第四十八条第二款、第八十五条）"
            >
              <Input type="date" />
            </Form.Item>
            <Form.Item
              name="document"
              label="变更、撤销或确认的文书（名称及文号）"
              rules={[{ required: mode === 'register', message: '请填写文书名称及文号' }]}
            >
              <Input maxLength={200} placeholder="如：示例市人民政府行政复议决定书（示府复决〔2026〕1号）" />
            </Form.Item>
          </>
        ) : null}
        {asksReason ? (
          <Form.Item
            name="publicReason"
            label="公开说明的理由（将在门户显示，不得含个人信息）"
            rules={[{ required: true, min: 10, message: '请填写理由（不少于10字）' }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
