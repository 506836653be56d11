/** 先行登记保存 (第五十六条): apply (or emergency), the head's approval, the 7-working-day clock and the decision. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { CaseEvidenceDto, PreservationDto } from '@quanze/contracts';
import { Alert, Button, Card, Checkbox, Descriptions, Empty, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatBasis, formatDateTime } from '../../app/format.ts';
import { RefusalAlert } from '../../app/components/RefusalAlert.tsx';
import { useApplyPreservation, usePreservationStep } from './api.ts';
import { decisionOptions, PRESERVATION_STATUS_COLORS } from './labels.ts';

function ClockLine({ p }: { p: PreservationDto }) {
  if (p.status === 'decided') {
    return <Typography.Text type={p.decidedLate ? 'danger' : 'success'}>{p.decidedLate ? `处理决定晚于期限（${p.dueDate}）作出` : '已在期限内作出处理决定'}</Typography.Text>;
  }
  if (p.daysLeft === null) return <Typography.Text type="secondary">经负责人批准后起算七个工作日</Typography.Text>;
  const text = p.overdue ? `已逾期 ${-p.daysLeft} 个工作日` : p.daysLeft === 0 ? '今日到期' : `剩余 ${p.daysLeft} 个工作日`;
  return (
    <span data-testid="preservation-clock">
      处理决定期限 {p.dueDate}：<Typography.Text type={p.overdue ? 'danger' : p.daysLeft <= 2 ? 'warning' : undefined} strong>{text}</Typography.Text>
      {p.provisional ? <Tag color="orange" style={{ marginLeft: 8 }}>暂定（该年度节假日尚未录入）</Tag> : null}
      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>依据：{formatBasis(p.basis)}</Typography.Text>
    </span>
  );
}

function StepModal({ caseId, p, step, onClose }: { caseId: string; p: PreservationDto; step: 'approve' | 'reject' | 'decide'; onClose: () => void }) {
  const [form] = Form.useForm<{ opinion?: string; decision?: string; note?: string }>();
  const mutation = usePreservationStep(caseId);
  const title = step === 'approve' ? (p.emergency ? '补办批准' : '批准先行登记保存') : step === 'reject' ? '不予批准' : '作出处理决定';
  const submit = async () => {
    const v = await form.validateFields();
    const body = step === 'decide' ? { version: p.version, decision: v.decision, note: v.note } : { version: p.version, opinion: v.opinion };
    await mutation.mutateAsync({ id: p.id, step, body });
    onClose();
  };
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => void submit().catch(() => undefined)} confirmLoading={mutation.isPending} destroyOnHidden>
      {mutation.error ? <RefusalAlert error={mutation.error} /> : null}
      <Form form={form} layout="vertical">
        {step === 'decide' ? (
          <>
            <Form.Item name="decision" label="处理决定" rules={[{ required: true, message: '请选择处理决定' }]}>
              <Select options={decisionOptions} />
            </Form.Item>
            <Form.Item name="note" label="说明" rules={[{ required: true, message: '请填写说明' }]}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="opinion" label="审批意见" rules={[{ required: true, message: '请填写审批意见' }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function ApplyModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const [form] = Form.useForm();
  const apply = useApplyPreservation(caseId);
  const submit = async () => {
    const v = (await form.validateFields()) as Parameters<typeof apply.mutateAsync>[0];
    await apply.mutateAsync(v);
    onClose();
  };
  return (
    <Modal open title="申请先行登记保存" width={760} onCancel={onClose} onOk={() => void submit().catch(() => undefined)} confirmLoading={apply.isPending} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="证据可能灭失或者以后难以取得时，经行政机关负责人批准，可以先行登记保存，并应在七个工作日内作出处理决定（行政处罚法第五十六条）。" />
      {apply.error ? <RefusalAlert error={apply.error} /> : null}
      <Form form={form} layout="vertical" initialValues={{ emergency: false, items: [{ name: '', quantity: '1', unit: '件' }] }}>
        <Form.Item name="reason" label="申请理由" rules={[{ required: true, message: '请填写申请理由' }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: '物品名称' }]}>
                    <Input placeholder="物品名称" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'spec']}>
                    <Input placeholder="规格" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'quantity']} rules={[{ required: true, pattern: /^\d+(\.\d{1,3})?$/, message: '数量' }]}>
                    <Input placeholder="数量" style={{ width: 90 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'unit']} rules={[{ required: true, message: '单位' }]}>
                    <Input placeholder="单位" style={{ width: 70 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除此行" />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ quantity: '1', unit: '件' })}>
                添加物品
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="location" label="保存地点" rules={[{ required: true, message: '请填写保存地点' }]} style={{ marginTop: 12 }}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="holder" label="保管人" rules={[{ required: true, message: '请填写保管人' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="emergency" valuePropName="checked">
          <Checkbox>情况紧急，先行实施，24 小时内报负责人补办批准（参照行政强制法第十九条）</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function PreservationSection({ caseId, data }: { caseId: string; data: CaseEvidenceDto }) {
  const [applying, setApplying] = useState(false);
  const [step, setStep] = useState<{ p: PreservationDto; step: 'approve' | 'reject' | 'decide' } | null>(null);
  return (
    <Card
      size="small"
      title="先行登记保存"
      extra={
        data.canAdd ? (
          <Button onClick={() => setApplying(true)} data-testid="apply-preservation">
            申请先行登记保存
          </Button>
        ) : null
      }
    >
      {data.preservations.length === 0 ? <Empty description="尚无先行登记保存" /> : null}
      <Space direction="vertical" style={{ width: '100%' }}>
        {data.preservations.map((p) => (
          <Card key={p.id} size="small" type="inner" title={<Space><Tag color={PRESERVATION_STATUS_COLORS[p.status]}>{p.statusLabel}</Tag>{p.emergency ? <Tag color="red">紧急</Tag> : null}{formatDateTime(p.appliedAt)} {p.appliedBy} 申请</Space>}>
            {p.ratificationOverdue ? <Alert type="error" showIcon style={{ marginBottom: 8 }} title="紧急先行登记保存已超过 24 小时未补办批准，负责人不予批准的应立即解除" /> : null}
            <Descriptions
              size="small"
              column={2}
              items={[
                { key: 'r', label: '理由', span: 2, children: p.reason },
                { key: 'i', label: '物品清单', span: 2, children: p.items.map((i) => `${i.name}${i.spec ? `（${i.spec}）` : ''} ${i.quantity}${i.unit}`).join('；') },
                { key: 'l', label: '保存地点', children: `${p.location}（保管人：${p.holder}）` },
                { key: 'a', label: '批准', children: p.approvedBy ? `${p.approvedBy} ${formatDateTime(p.approvedAt)}：${p.opinion ?? ''}` : '—' },
                { key: 'd', label: '处理决定', span: 2, children: p.decisionLabel ? `${p.decisionLabel}：${p.decisionNote ?? ''}（${formatDateTime(p.decidedAt)}）` : '—' },
                { key: 'c', label: '期限', span: 2, children: <ClockLine p={p} /> },
              ]}
            />
            <Space style={{ marginTop: 8 }}>
              {data.canApprove && (p.status === 'applied' || p.status === 'emergency') ? (
                <>
                  <Button type="primary" onClick={() => setStep({ p, step: 'approve' })}>{p.emergency ? '补办批准' : '批准'}</Button>
                  <Button danger onClick={() => setStep({ p, step: 'reject' })}>不予批准</Button>
                </>
              ) : null}
              {data.canManage && (p.status === 'approved' || p.status === 'emergency') ? <Button onClick={() => setStep({ p, step: 'decide' })}>作出处理决定</Button> : null}
            </Space>
          </Card>
        ))}
      </Space>
      {applying ? <ApplyModal caseId={caseId} onClose={() => setApplying(false)} /> : null}
      {step ? <StepModal caseId={caseId} p={step.p} step={step.step} onClose={() => setStep(null)} /> : null}
    </Card>
  );
}
