import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors } from '../../../app/form.ts';
import { TIME_ZONE } from '../../../app/format.ts';
import { useAddArticle, useAmendArticle } from '../api.ts';
import type { LegalArticle, LegalDocument } from '../types.ts';
import { fromSanction, SanctionFields, toSanction, type SanctionValues } from './SanctionFields.tsx';

interface Values extends SanctionValues {
  article?: number;
  paragraph?: number | null;
  item?: number | null;
  text: string;
  effectiveFrom?: Dayjs | null;
  documentVersionId?: string | null;
  isPenaltyProvision: boolean;
}

type Props =
  | { mode: 'add'; document: LegalDocument; open: boolean; onClose: () => void }
  | { mode: 'amend'; article: LegalArticle; versions: LegalDocument['versions']; impact?: ReactNode; open: boolean; onClose: () => void };

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/**
 * 增加条文 (条/款/项 by number) or 修改条文: a new text from its effective date; the version in force ends the day
 * before, and the earlier text stays for acts done while it applied (第三十七条).
 */
export function ArticleFormModal(props: Props) {
  const [form] = Form.useForm<Values>();
  const add = useAddArticle(props.mode === 'add' ? props.document.id : '');
  const amend = useAmendArticle(props.mode === 'amend' ? props.article.id : '');
  const [error, setError] = useState<unknown>(null);
  const penalty = Form.useWatch('isPenaltyProvision', form) === true;
  const current =
    props.mode === 'amend' ? (props.article.versions.find((v) => v.effectiveTo === null) ?? props.article.versions.at(-1)) : undefined;

  const initial: Partial<Values> =
    props.mode === 'amend'
      ? {
          text: current?.text ?? props.article.text,
          isPenaltyProvision: props.article.isPenaltyProvision,
          effectiveFrom: dayjs().tz(TIME_ZONE),
          ...fromSanction(current?.sanction),
        }
      : { isPenaltyProvision: false, paragraph: null, item: null };

  const fail = (e: unknown) => {
    if (!applyFieldErrors(form, e)) setError(e);
  };
  const finish = (v: Values) => {
    setError(null);
    const sanction = v.isPenaltyProvision ? toSanction(v) : null;
    if (props.mode === 'add') {
      add.mutate(
        {
          address: { article: v.article ?? 1, paragraph: v.paragraph ?? null, item: v.item ?? null },
          text: v.text.trim(),
          effectiveFrom: day(v.effectiveFrom),
          isPenaltyProvision: v.isPenaltyProvision,
          sanction,
        },
        { onSuccess: props.onClose, onError: fail },
      );
    } else {
      amend.mutate(
        {
          text: v.text.trim(),
          effectiveFrom: day(v.effectiveFrom) ?? '',
          documentVersionId: v.documentVersionId ?? null,
          isPenaltyProvision: v.isPenaltyProvision,
          sanction,
          version: props.article.version,
        },
        { onSuccess: props.onClose, onError: fail },
      );
    }
  };

  return (
    <Modal
      open={props.open}
      title={props.mode === 'add' ? `增加条文：${props.document.title}` : `修改条文：${props.article.label}`}
      okText={props.mode === 'add' ? '增加' : '保存新版本'}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      confirmLoading={add.isPending || amend.isPending}
      okButtonProps={{ 'data-testid': 'legal-article-save' }}
      width={760}
      destroyOnHidden
    >
      {props.mode === 'amend' ? props.impact : null}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={finish} preserve={false}>
        {props.mode === 'add' ? (
          <Row gutter={12}>
            <Col span={6}>
              <Form.Item name="article" label="第 … 条" rules={[{ required: true, message: '请填写条号' }]}>
                <InputNumber min={1} max={9999} precision={0} style={{ width: '100%' }} data-testid="legal-article-no" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="paragraph" label="第 … 款">
                <InputNumber min={1} max={99} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="item" label="第（…）项">
                <InputNumber min={1} max={99} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="effectiveFrom" label="施行日期" extra="默认同文件施行日期">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        ) : (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="effectiveFrom" label="新文本施行日期" rules={[{ required: true, message: '请选择施行日期' }]}>
                <DatePicker style={{ width: '100%' }} data-testid="legal-amend-effective" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="documentVersionId" label="所属修正/修订版本">
                <Select
                  allowClear
                  placeholder="（不关联）"
                  options={props.versions.map((v) => ({ value: v.id, label: `${v.label}（${v.effectiveFrom} 施行）` }))}
                />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="text" label="条文内容" rules={[{ required: true, whitespace: true, message: '请填写条文内容' }]}>
          <Input.TextArea rows={5} maxLength={10_000} showCount data-testid="legal-article-text" />
        </Form.Item>
        <Form.Item name="isPenaltyProvision" valuePropName="checked">
          <Checkbox>本条设定行政处罚（罚则）</Checkbox>
        </Form.Item>
        {penalty ? <SanctionFields /> : null}
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
