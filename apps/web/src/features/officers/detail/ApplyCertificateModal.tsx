import { Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors } from '../../../app/form.ts';
import { useApplyCertificate } from '../api.ts';

interface Values {
  categories: string[];
  areas: string[];
}

/** 申领执法证: a new certificate in 已申领, with the categories and areas applied for. */
export function ApplyCertificateModal({ officerId, open, onClose }: { officerId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const apply = useApplyCertificate(officerId);
  const [error, setError] = useState<unknown>(null);

  const onFinish = (v: Values) => {
    setError(null);
    apply.mutate(v, {
      onSuccess: onClose,
      onError: (e) => {
        if (!applyFieldErrors(form, e)) setError(e);
      },
    });
  };

  return (
    <Modal
      open={open}
      title="申领行政执法证"
      okText="提交申领"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={apply.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'cert-apply-submit' }}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ categories: [], areas: [] }} preserve={false}>
        <Form.Item name="categories" label="执法类别" rules={[{ required: true, type: 'array', min: 1, message: '请填写执法类别' }]} extra="输入后回车，可填多项">
          <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} data-testid="cert-apply-categories" />
        </Form.Item>
        <Form.Item name="areas" label="执法区域" rules={[{ required: true, type: 'array', min: 1, message: '请填写执法区域' }]} extra="行政区划代码（如 320100）或区域名称">
          <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} data-testid="cert-apply-areas" />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
