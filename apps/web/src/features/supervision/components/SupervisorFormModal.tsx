import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNotifyError } from '../../../app/feedback.tsx';
import { applyFieldErrors } from '../../../app/form.ts';
import { useCreateSupervisor, useUpdateSupervisor, type CreateSupervisorResponse, type SupervisorDto } from '../api.ts';

interface Values {
  name?: string;
  mobile?: string;
  idCardNumber?: string;
  loginName?: string;
  employer: string;
  sector: string;
  documentNumber: string;
  term: [Dayjs, Dayjs];
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Register a supervisor (with a portal account) or edit the appointment of one already registered. */
export function SupervisorFormModal({
  editing,
  onClose,
  onCreated,
}: {
  editing: SupervisorDto | 'new' | null;
  onClose: () => void;
  onCreated: (r: CreateSupervisorResponse) => void;
}) {
  const [form] = Form.useForm<Values>();
  const create = useCreateSupervisor();
  const update = useUpdateSupervisor();
  const notifyError = useNotifyError();
  const isNew = editing === 'new';

  useEffect(() => {
    if (editing === null) return;
    form.resetFields();
    if (editing !== 'new') {
      form.setFieldsValue({
        employer: editing.employer,
        sector: editing.sector,
        documentNumber: editing.documentNumber,
        term: [dayjs(editing.termStart), dayjs(editing.termEnd)],
      });
    }
  }, [editing, form]);

  const submit = async (v: Values) => {
    const term = { termStart: day(v.term[0]), termEnd: day(v.term[1]) };
    const common = { employer: v.employer.trim(), sector: v.sector.trim(), documentNumber: v.documentNumber.trim(), ...term };
    try {
      if (editing === 'new') {
        const r = await create.mutateAsync({
          ...common,
          name: (v.name ?? '').trim(),
          loginName: (v.loginName ?? '').trim(),
          ...(v.mobile?.trim() ? { mobile: v.mobile.trim() } : {}),
          ...(v.idCardNumber?.trim() ? { idCardNumber: v.idCardNumber.trim() } : {}),
        });
        onCreated(r);
      } else if (editing) {
        await update.mutateAsync({ id: editing.id, version: editing.version, ...common });
        onClose();
      }
    } catch (e) {
      if (!applyFieldErrors(form, e)) notifyError(e);
    }
  };

  return (
    <Modal
      open={editing !== null}
      title={editing === 'new' || editing === null ? '登记社会监督员' : `修改聘任信息：${editing.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={isNew ? '登记并开通账号' : '保存'}
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      width={560}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="supervisor-form">
        {isNew ? (
          <>
            <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
              <Input maxLength={32} />
            </Form.Item>
            <Form.Item name="mobile" label="手机号码" rules={[{ pattern: /^1[3-9]\d{9}$/, message: '手机号码格式不正确' }]}>
              <Input maxLength={11} />
            </Form.Item>
            <Form.Item name="idCardNumber" label="身份证号码" rules={[{ pattern: /^\d{17}[\dXx]$/, message: '身份证号码为 18 位' }]}>
              <Input maxLength={18} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="employer" label="工作单位" rules={[{ required: true, whitespace: true, message: '请填写工作单位' }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="sector" label="界别 / 行业" rules={[{ required: true, whitespace: true, message: '请填写界别或行业' }]}>
          <Input maxLength={32} placeholder="如 人大代表、政协委员、律师、社区代表" />
        </Form.Item>
        <Form.Item name="documentNumber" label="聘书编号" rules={[{ required: true, whitespace: true, message: '请填写聘书编号' }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="term" label="聘期" rules={[{ required: true, message: '请选择聘期起止日期' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        {isNew ? (
          <Form.Item
            name="loginName"
            label="门户登录名"
            extra="登记后生成初始密码（仅显示一次），监督员首次登录须修改。"
            rules={[{ required: true, pattern: /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, message: '登录名为 3–32 位字母、数字、下划线、点或连字符，以字母开头' }]}
          >
            <Input maxLength={32} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
