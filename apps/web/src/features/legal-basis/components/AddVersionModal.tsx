import { Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { useAddDocumentVersion } from '../api.ts';
import type { LegalDocument } from '../types.ts';

interface Values {
  label: string;
  adoptedOn?: Dayjs | null;
  publishedOn?: Dayjs | null;
  effectiveFrom: Dayjs;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** 登记修正/修订版本: a revision of the whole document; its articles' new texts are then entered by 修改 on each. */
export function AddVersionModal({ document, open, onClose }: { document: LegalDocument; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const add = useAddDocumentVersion(document.id);
  const [error, setError] = useState<unknown>(null);

  const finish = (v: Values) => {
    setError(null);
    add.mutate(
      {
        label: v.label.trim(),
        adoptedOn: day(v.adoptedOn),
        publishedOn: day(v.publishedOn),
        effectiveFrom: day(v.effectiveFrom) ?? '',
        version: document.version,
      },
      { onSuccess: onClose, onError: setError },
    );
  };

  return (
    <Modal
      open={open}
      title="登记修正/修订版本"
      okText="登记"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={finish} preserve={false}>
        <Form.Item name="label" label="版本名称" rules={[{ required: true, whitespace: true, message: '请填写版本名称' }]}>
          <Input maxLength={64} placeholder="如：2017年修正" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="adoptedOn" label="通过日期">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="publishedOn" label="公布日期">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="effectiveFrom" label="施行日期" rules={[{ required: true, message: '请选择施行日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
