/** The forms of the payments tab: 复议/诉讼 start and end, deferral / instalments (leader), 催告, court application, cash hand-over. */
import type { PaymentDto, PaymentNoticeDto } from '@quanze/contracts';
import { Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { ModalForm, type FormValues } from '../../app/components/ModalForm.tsx';
import { useHandover, useLanding, useNoticeStep } from './api.ts';

export type Dialog =
  | { step: 'pauses' | 'pauses/end' | 'arrangement' | 'reminder' | 'court-application' }
  | { step: 'handover'; payment: PaymentDto; stage: 'agency' | 'bank' }
  | { step: 'landing'; payment: PaymentDto };

const TITLES: Record<Dialog['step'], string> = {
  pauses: '登记行政复议 / 行政诉讼',
  'pauses/end': '登记复议 / 诉讼终结',
  arrangement: '批准暂缓或者分期缴纳（第六十六条）',
  reminder: '登记催告书送达（行政强制法第三十五条）',
  'court-application': '登记申请人民法院强制执行（行政强制法第五十三条）',
  handover: '登记当场收缴罚款的交付（第七十一条）',
  landing: '登记抵岸日期',
};

const day = (v: unknown) => (v ? (v as Dayjs).format('YYYY-MM-DD') : undefined);
const required = (label: string) => [{ required: true, message: `请填写${label}` }];

/** A required date; `what` names it in the message (请填写…). */
function DateField({ name, label, what }: { name: string; label: string; what: string }) {
  return (
    <Form.Item name={name} label={label} rules={required(what)}>
      <DatePicker style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** The free note every step may carry (500 characters). */
function NoteField({ label = '备注', placeholder }: { label?: string; placeholder?: string }) {
  return (
    <Form.Item name="note" label={label}>
      <Input maxLength={500} {...(placeholder ? { placeholder } : {})} />
    </Form.Item>
  );
}

/** Which of two branches the step takes (复议 or 诉讼; 暂缓 or 分期): the body's `kind`. */
function KindField({ label, options }: { label: string; options: { value: string; label: string }[] }) {
  return (
    <Form.Item name="kind" label={label}>
      <Radio.Group options={options} />
    </Form.Item>
  );
}

function InstalmentsField() {
  return (
    <Form.List name="instalments" initialValue={[{}, {}]}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <Space key={f.key} align="baseline">
              <span>第{i + 1}期</span>
              <Form.Item name={[f.name, 'dueDate']} rules={required('期限')}>
                <DatePicker placeholder="缴款期限" />
              </Form.Item>
              <Form.Item name={[f.name, 'yuan']} rules={required('金额')}>
                <InputNumber min={0.01} precision={2} placeholder="金额（元）" />
              </Form.Item>
              {fields.length > 2 ? (
                <Button type="link" onClick={() => remove(f.name)}>
                  删除
                </Button>
              ) : null}
            </Space>
          ))}
          <Button onClick={() => add({})} block>
            增加一期
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** The fields of one step's form. */
function StepFields({ dialog, kind }: { dialog: Dialog; kind: string | undefined }) {
  switch (dialog.step) {
    case 'pauses':
      return (
        <>
          <KindField
            label="类别"
            options={[
              { value: 'reconsideration', label: '行政复议' },
              { value: 'litigation', label: '行政诉讼' },
            ]}
          />
          <DateField name="from" label="申请（起诉）日期" what="日期" />
          <NoteField placeholder="复议机关 / 受理法院、案号" />
        </>
      );
    case 'pauses/end':
      return (
        <>
          <DateField name="to" label="终结日期（复议决定或裁判生效之日）" what="日期" />
          <NoteField label="结果" />
        </>
      );
    case 'arrangement':
      return (
        <>
          <KindField
            label="方式"
            options={[
              { value: 'deferral', label: '暂缓缴纳' },
              { value: 'instalments', label: '分期缴纳' },
            ]}
          />
          <DateField name="appliedOn" label="当事人申请日期" what="申请日期" />
          <Form.Item name="reason" label="经济困难情况" rules={required('经济困难情况')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          {kind === 'instalments' ? <InstalmentsField /> : <DateField name="until" label="暂缓至" what="暂缓期限" />}
        </>
      );
    case 'reminder':
      return (
        <>
          <DateField name="servedOn" label="催告书送达日期" what="送达日期" />
          <Form.Item name="method" label="送达方式">
            <Select
              options={[
                { value: 'direct', label: '直接送达' },
                { value: 'leftAtResidence', label: '留置送达' },
                { value: 'entrusted', label: '委托送达' },
                { value: 'mail', label: '邮寄送达' },
                { value: 'electronic', label: '电子送达' },
                { value: 'publicNotice', label: '公告送达' },
              ]}
            />
          </Form.Item>
          <NoteField />
        </>
      );
    case 'court-application':
      return (
        <>
          <DateField name="appliedOn" label="申请日期" what="申请日期" />
          <Form.Item name="court" label="受理法院" rules={required('受理法院')}>
            <Input maxLength={200} />
          </Form.Item>
          <NoteField />
        </>
      );
    case 'handover':
      return (
        <>
          <DateField name="on" label={dialog.stage === 'agency' ? '交至行政机关日期' : '缴付指定银行日期'} what="日期" />
          <NoteField label="备注（逾期的请写明原因）" />
        </>
      );
    case 'landing':
      return <DateField name="landedOn" label="抵岸日期" what="抵岸日期" />;
  }
}

export function PaymentDialog({
  caseId,
  notice,
  dialog,
  onClose,
}: {
  caseId: string;
  notice: PaymentNoticeDto;
  dialog: Dialog;
  onClose: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const step = useNoticeStep(caseId);
  const handover = useHandover();
  const landing = useLanding();
  const kind = Form.useWatch('kind', form) as string | undefined;

  const submit = async (v: FormValues) => {
    if (dialog.step === 'handover') {
      await handover.mutateAsync({
        paymentId: dialog.payment.id,
        body: { stage: dialog.stage, on: day(v['on'])!, note: (v['note'] as string) ?? '' },
      });
    } else if (dialog.step === 'landing') {
      await landing.mutateAsync({ paymentId: dialog.payment.id, landedOn: day(v['landedOn'])! });
    } else {
      const body: Record<string, unknown> = { version: notice.version };
      for (const [k, x] of Object.entries(v)) body[k] = x && typeof x === 'object' && 'format' in x ? day(x) : x;
      if (dialog.step === 'arrangement' && v['kind'] === 'instalments') {
        body['instalments'] = ((v['instalments'] as { dueDate: Dayjs; yuan: number }[]) ?? []).map((i) => ({
          dueDate: day(i.dueDate),
          amountFen: Math.round(i.yuan * 100),
        }));
      }
      await step.mutateAsync({ step: dialog.step, body });
    }
    onClose();
  };

  return (
    <ModalForm
      title={TITLES[dialog.step]}
      form={form}
      initialValues={{ kind: dialog.step === 'pauses' ? 'reconsideration' : 'deferral', method: 'direct' }}
      width={dialog.step === 'arrangement' ? 640 : 520}
      onSubmit={submit}
      onCancel={onClose}
    >
      <StepFields dialog={dialog} kind={kind} />
    </ModalForm>
  );
}
