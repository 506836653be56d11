import { CreateDocumentRequest } from '@quanze/contracts';
import { LEGAL_LEVEL_LABELS, LEGAL_LEVELS } from '@quanze/domain';
import { Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors, zodRule } from '../../../app/form.ts';
import { useCreateDocument, useUpdateDocument } from '../api.ts';
import type { LegalDocument, LegalLevel } from '../types.ts';

interface Values {
  title: string;
  level: LegalLevel;
  issuingBody: string;
  documentNumber?: string;
  publishedOn?: Dayjs | null;
  effectiveFrom?: Dayjs | null;
  note?: string;
}

interface Props {
  open: boolean;
  /** Absent: a new document. */
  document?: LegalDocument;
  onClose: () => void;
  onSaved?: (doc: LegalDocument) => void;
}

const LEVEL_OPTIONS = LEGAL_LEVELS.map((l) => ({ value: l, label: LEGAL_LEVEL_LABELS[l] }));
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const shape = CreateDocumentRequest.shape;

/** 新增 / 修改法律文件信息. The effective date of an existing document changes only through a new version. */
export function DocumentFormModal({ open, document, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const create = useCreateDocument();
  const update = useUpdateDocument(document?.id ?? '');
  const [error, setError] = useState<unknown>(null);
  const pending = create.isPending || update.isPending;

  const initial: Partial<Values> = document
    ? {
        title: document.title,
        level: document.level,
        issuingBody: document.issuingBody,
        documentNumber: document.documentNumber ?? '',
        publishedOn: document.publishedOn ? dayjs(document.publishedOn) : null,
        note: document.note ?? '',
      }
    : {};

  const finish = (v: Values) => {
    setError(null);
    const common = {
      title: v.title.trim(),
      level: v.level,
      issuingBody: v.issuingBody.trim(),
      documentNumber: v.documentNumber?.trim() || null,
      publishedOn: day(v.publishedOn),
      note: v.note?.trim() || null,
    };
    const done = (doc: LegalDocument) => {
      onSaved?.(doc);
      onClose();
    };
    const fail = (e: unknown) => {
      if (!applyFieldErrors(form, e)) setError(e);
    };
    if (document) update.mutate({ ...common, version: document.version }, { onSuccess: done, onError: fail });
    else create.mutate({ ...common, effectiveFrom: day(v.effectiveFrom) ?? '' }, { onSuccess: done, onError: fail });
  };

  return (
    <Modal
      open={open}
      title={document ? `修改：${document.title}` : '新增法律文件'}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'legal-document-save' }}
      width={680}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={finish} preserve={false}>
        <Form.Item name="title" label="文件名称" rules={[zodRule(shape.title, { required: '请填写文件名称' })]}>
          <Input maxLength={200} placeholder="如：中华人民共和国律师法" data-testid="legal-document-title" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="level" label="效力级别" rules={[{ required: true, message: '请选择效力级别' }]}>
              <Select options={LEVEL_OPTIONS} data-testid="legal-document-level" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="issuingBody" label="制定机关" rules={[zodRule(shape.issuingBody, { required: '请填写制定机关' })]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="documentNumber" label="文号">
              <Input maxLength={100} placeholder="如：司法部令第134号" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item name="publishedOn" label="公布日期">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {document ? null : (
            <Col xs={24} sm={6}>
              <Form.Item name="effectiveFrom" label="施行日期" rules={[{ required: true, message: '请选择施行日期' }]}>
                <DatePicker style={{ width: '100%' }} data-testid="legal-document-effective" />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item name="note" label="备注" extra={document ? '施行日期的变化请通过“登记修正/修订版本”记录。' : undefined}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
