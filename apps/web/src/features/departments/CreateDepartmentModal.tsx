import { CreateDepartmentRequest } from '@quanze/contracts';
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../app/feedback.tsx';
import { applyFieldErrors, compact, zodRule } from '../../app/form.ts';
import type { CreateDepartmentRequest as CreateInput } from '../../app/types.ts';
import { useCreateDepartment } from './api.ts';
import { DepartmentSelect } from './DepartmentSelect.tsx';

interface Values {
  name: string;
  code?: string;
  parentId?: string | null;
  duties?: string;
}

export function CreateDepartmentModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateDepartment();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);

  const onFinish = (values: Values) => {
    setError(null);
    const input = compact({ ...values }) as CreateInput;
    create.mutate(input, {
      onSuccess: (dept) => {
        void message.success(`已创建科室：${dept.name}`);
        onClose();
      },
      onError: (err) => {
        if (!applyFieldErrors(form, err)) setError(err);
      },
    });
  };

  return (
    <Modal
      open={open}
      title="新建科室"
      okText="创建"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      afterOpenChange={(visible) => {
        if (!visible) setError(null);
      }}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'department-form-submit' }}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional">
        <Form.Item name="name" label="科室名称" rules={[zodRule(CreateDepartmentRequest.shape.name, { required: '请输入科室名称' })]}>
          <Input maxLength={64} placeholder="如：行政执法监督科" data-testid="department-form-name" />
        </Form.Item>
        <Form.Item name="code" label="科室编码" rules={[zodRule(CreateDepartmentRequest.shape.code)]}>
          <Input maxLength={32} placeholder="可选，用于排序和对接" data-testid="department-form-code" />
        </Form.Item>
        <Form.Item name="parentId" label="上级科室">
          <DepartmentSelect placeholder="无（直属本局）" />
        </Form.Item>
        <Form.Item name="duties" label="主要职责" rules={[zodRule(CreateDepartmentRequest.shape.duties)]}>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder="可选，依据“三定”方案填写" />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
