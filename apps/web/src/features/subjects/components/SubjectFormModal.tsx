import { checkUscc, SUBJECT_KIND_BASIS, SUBJECT_KIND_LABELS, SUBJECT_KINDS } from '@quanze/domain';
import { Alert, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors } from '../../../app/form.ts';
import { formatBasis } from '../../../app/format.ts';
import { useCreateSubject, useUpdateSubject } from '../api.ts';
import { SubjectSelect } from '../SubjectSelect.tsx';
import type { SaveSubjectRequest, SubjectDto, SubjectKind } from '../types.ts';

interface Values {
  name: string;
  creditCode: string;
  kind: SubjectKind;
  legalBasis: string;
  domains: string[];
  entrustingSubjectId: string | null;
  entrustmentScope: string[];
  entrustmentStart?: Dayjs | null;
  entrustmentEnd?: Dayjs | null;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const tagsSelect = (placeholder: string, testId?: string) => (
  <Select mode="tags" open={false} tokenSeparators={[',', '，']} placeholder={placeholder} data-testid={testId} />
);

/** 登记 / 编辑执法主体. The credit code's checksum is checked here (GB 32100) and again by the server. */
export function SubjectFormModal({ subject, onClose }: { subject?: SubjectDto | undefined; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateSubject();
  const update = useUpdateSubject();
  const [error, setError] = useState<unknown>(null);
  const kind = Form.useWatch('kind', form);

  const onFinish = (v: Values) => {
    setError(null);
    const entrusted = v.kind === 'entrusted';
    const body: SaveSubjectRequest = {
      name: v.name.trim(),
      creditCode: v.creditCode.trim().toUpperCase(),
      kind: v.kind,
      legalBasis: v.legalBasis.trim(),
      domains: v.domains,
      entrustingSubjectId: entrusted ? v.entrustingSubjectId : null,
      entrustmentScope: entrusted ? v.entrustmentScope : [],
      entrustmentStart: entrusted ? day(v.entrustmentStart) : null,
      entrustmentEnd: entrusted ? day(v.entrustmentEnd) : null,
    };
    const fail = (e: unknown) => !applyFieldErrors(form, e) && setError(e);
    if (subject) update.mutate({ id: subject.id, version: subject.version, ...body }, { onSuccess: onClose, onError: fail });
    else create.mutate(body, { onSuccess: onClose, onError: fail });
  };

  const initial: Partial<Values> = subject
    ? {
        name: subject.name,
        creditCode: subject.creditCode,
        kind: subject.kind,
        legalBasis: subject.legalBasis,
        domains: subject.domains,
        entrustingSubjectId: subject.entrustingSubjectId,
        entrustmentScope: subject.entrustmentScope,
        entrustmentStart: subject.entrustmentStart ? dayjs(subject.entrustmentStart) : null,
        entrustmentEnd: subject.entrustmentEnd ? dayjs(subject.entrustmentEnd) : null,
      }
    : { kind: 'statutory', domains: [], entrustmentScope: [], entrustingSubjectId: null };

  return (
    <Modal
      open
      title={subject ? `编辑执法主体：${subject.name}` : '登记执法主体'}
      okText={subject ? '保存' : '登记'}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      width={720}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'subject-form-submit' }}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={initial}>
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, min: 2, message: '请输入执法主体名称' }]}>
              <Input maxLength={100} data-testid="subject-form-name" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="kind" label="类型" required extra={kind ? `依据：${formatBasis(SUBJECT_KIND_BASIS[kind])}` : undefined}>
              <Radio.Group options={SUBJECT_KINDS.map((k) => ({ value: k, label: SUBJECT_KIND_LABELS[k] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="creditCode"
              label="统一社会信用代码"
              normalize={(v: string) => v.toUpperCase()}
              rules={[
                { required: true, message: '请输入统一社会信用代码' },
                {
                  validator: async (_r, value: string | undefined) => {
                    if (!value) return;
                    const check = checkUscc(value.trim());
                    if (!check.ok) throw new Error(check.reason);
                  },
                },
              ]}
            >
              <Input maxLength={18} className="qz-mono" data-testid="subject-form-uscc" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="domains" label="执法领域">
              {tagsSelect('如：律师、公证，输入后回车')}
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="legalBasis" label="主体资格的法律依据" rules={[{ required: true, whitespace: true, message: '请填写主体资格的法律依据' }]}>
              <Input.TextArea rows={3} maxLength={2000} showCount placeholder="法律、法规名称及条款，或“三定”规定文号" />
            </Form.Item>
          </Col>
          {kind === 'entrusted' ? (
            <>
              <Col span={24}>
                <Alert type="info" showIcon style={{ marginBottom: 16 }} title="受委托组织以委托机关名义实施，不得再委托" description="依据：行政处罚法 第二十条" />
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="entrustingSubjectId" label="委托机关" rules={[{ required: true, message: '请选择委托机关' }]}>
                  <SubjectSelect filter={(s) => s.kind !== 'entrusted' && s.status === 'confirmed' && s.id !== subject?.id} data-testid="subject-form-entrusting" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item label="委托期限" required style={{ marginBottom: 0 }}>
                  <Row gutter={8}>
                    <Col span={12}>
                      <Form.Item name="entrustmentStart" rules={[{ required: true, message: '起始日' }]}>
                        <DatePicker placeholder="起始日" style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={12}>
                      <Form.Item name="entrustmentEnd" rules={[{ required: true, message: '终止日' }]}>
                        <DatePicker placeholder="终止日" style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="entrustmentScope" label="委托事项" rules={[{ required: true, type: 'array', min: 1, message: '请填写委托事项' }]}>
                  {tagsSelect('委托的具体事项，输入后回车')}
                </Form.Item>
              </Col>
            </>
          ) : null}
        </Row>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
      {isApiError(error, 'VERSION_CONFLICT') ? <Alert type="warning" showIcon title="该主体已被他人修改，请关闭后刷新再试。" /> : null}
    </Modal>
  );
}
