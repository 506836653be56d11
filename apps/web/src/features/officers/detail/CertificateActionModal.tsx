import { CERTIFICATE_ACTION_LABELS, CERTIFICATE_TRANSITIONS, nextReviewYear } from '@quanze/domain';
import { Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { formatBasis, TIME_ZONE } from '../../../app/format.ts';
import { useCertificateTransition } from '../api.ts';
import type { CertificateAction, CertificateDto, CertificateTransitionRequest } from '../types.ts';

interface Values {
  reason?: string;
  reviewYear?: number;
  number?: string;
  issuingAuthority?: string;
  categories?: string[];
  areas?: string[];
  validFrom?: Dayjs;
  validTo?: Dayjs;
}

interface Props {
  certificate: CertificateDto;
  action: CertificateAction | null;
  onClose: () => void;
}

const day = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : '');

/**
 * One dialog per certificate transition: the reason (required where the domain's table says so), the issue details
 * for 发证, the review year for 审验. A refusal shows the server's Chinese message and the article it rests on.
 */
export function CertificateActionModal({ certificate, action, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const transition = useCertificateTransition();
  const [error, setError] = useState<unknown>(null);
  if (!action) return null;

  const t = CERTIFICATE_TRANSITIONS[action];
  const label = CERTIFICATE_ACTION_LABELS[action];
  const isIssue = action === 'issue';
  const isReview = action === 'passReview' || action === 'failReview';
  const today = dayjs().tz(TIME_ZONE);

  const onFinish = (v: Values) => {
    setError(null);
    const reason = v.reason?.trim();
    const body: CertificateTransitionRequest = {
      action,
      version: certificate.version,
      ...(reason ? { reason } : {}),
      ...(isReview && v.reviewYear ? { reviewYear: v.reviewYear } : {}),
      ...(isIssue
        ? {
            issue: {
              number: (v.number ?? '').trim(),
              issuingAuthority: (v.issuingAuthority ?? '').trim(),
              categories: v.categories ?? [],
              areas: v.areas ?? [],
              validFrom: day(v.validFrom),
              validTo: day(v.validTo),
            },
          }
        : {}),
    };
    transition.mutate({ certificateId: certificate.id, ...body }, { onSuccess: onClose, onError: setError });
  };

  const initial: Values = {
    reviewYear: nextReviewYear(certificate) ?? today.year() - 1,
    categories: [...certificate.categories],
    areas: [...certificate.areas],
    validFrom: today,
  };

  return (
    <Modal
      open
      title={`${label}${certificate.number ? `：${certificate.number}` : ''}`}
      okText={label}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={transition.isPending}
      okButtonProps={{ danger: ['failReview', 'suspend', 'revoke', 'cancel', 'expire'].includes(action), 'data-testid': 'cert-action-submit' }}
      width={isIssue ? 680 : 520}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`依据：${formatBasis(t.basis)}`} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={initial}>
        {isIssue ? (
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item name="number" label="执法证号" rules={[{ required: true, whitespace: true, message: '请填写执法证号' }]}>
                <Input maxLength={32} data-testid="cert-issue-number" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="issuingAuthority" label="发证机关" rules={[{ required: true, whitespace: true, message: '请填写发证机关' }]}>
                <Input maxLength={100} data-testid="cert-issue-authority" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="categories" label="执法类别" rules={[{ required: true, type: 'array', min: 1, message: '请填写执法类别' }]}>
                <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} placeholder="输入后回车" data-testid="cert-issue-categories" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="areas" label="执法区域" rules={[{ required: true, type: 'array', min: 1, message: '请填写执法区域' }]}>
                <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} placeholder="行政区划代码，输入后回车" data-testid="cert-issue-areas" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="validFrom" label="有效期自" rules={[{ required: true, message: '请选择起始日期' }]}>
                <DatePicker style={{ width: '100%' }} data-testid="cert-issue-valid-from" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="validTo"
                label="有效期至"
                dependencies={['validFrom']}
                rules={[
                  { required: true, message: '请选择终止日期' },
                  ({ getFieldValue }) => ({
                    validator: async (_r, value: Dayjs | undefined) => {
                      const from = getFieldValue('validFrom') as Dayjs | undefined;
                      if (value && from && value.isBefore(from, 'day')) throw new Error('终止日期不能早于起始日期');
                    },
                  }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} data-testid="cert-issue-valid-to" />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        {isReview ? (
          <Form.Item name="reviewYear" label="审验年度" rules={[{ required: true, message: '请填写审验年度' }]} extra="年度审验逐年进行，不可跳过">
            <InputNumber min={2000} max={2100} precision={0} suffix="年度" style={{ width: 160 }} data-testid="cert-review-year" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={t.reasonRequired ? '理由' : '备注'}
          rules={t.reasonRequired ? [{ required: true, whitespace: true, message: `${label}须填写理由` }] : []}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="cert-action-reason" />
        </Form.Item>
      </Form>
      {error ? (
        <div data-testid="cert-action-error">
          <ErrorAlert error={error} />
          {isApiError(error, 'VERSION_CONFLICT') ? <div className="qz-sub" style={{ marginTop: 8 }}>证件已被他人更新，请关闭后重试。</div> : null}
        </div>
      ) : null}
    </Modal>
  );
}
