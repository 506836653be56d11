import { CreatePostRequest } from '@quanze/contracts';
import { Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors, zodRule } from '../../../app/form.ts';
import { DepartmentSelect } from '../../departments/DepartmentSelect.tsx';
import { useCreatePost } from '../api.ts';

interface Values {
  departmentId: string | null;
  name: string;
  role: 'A' | 'B';
  duties?: string;
}

/** 新增岗位 in a department, marked A (primary) or B (backup). */
export function PostFormModal({ departmentId, onClose }: { departmentId: string | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreatePost();
  const [error, setError] = useState<unknown>(null);

  const onFinish = (v: Values) => {
    setError(null);
    const duties = v.duties?.trim();
    create.mutate(
      { departmentId: v.departmentId ?? '', name: v.name.trim(), role: v.role, ...(duties ? { duties } : {}) },
      { onSuccess: onClose, onError: (e) => !applyFieldErrors(form, e) && setError(e) },
    );
  };

  return (
    <Modal open title="新增岗位" okText="创建" onOk={() => form.submit()} onCancel={onClose} confirmLoading={create.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'post-form-submit' }}>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ departmentId, role: 'A' }}>
        <Form.Item name="departmentId" label="科室" rules={[{ required: true, message: '请选择科室' }]}>
          <DepartmentSelect data-testid="post-form-department" />
        </Form.Item>
        <Form.Item name="name" label="岗位名称" rules={[zodRule(CreatePostRequest.shape.name, { required: '请输入岗位名称' })]}>
          <Input maxLength={64} data-testid="post-form-name" />
        </Form.Item>
        <Form.Item name="role" label="A/B 岗" extra="A岗为主办岗，B岗为 A岗缺位时的补位岗">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'A', label: 'A岗（主办）' },
              { value: 'B', label: 'B岗（补位）' },
            ]}
          />
        </Form.Item>
        <Form.Item name="duties" label="岗位职责">
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
