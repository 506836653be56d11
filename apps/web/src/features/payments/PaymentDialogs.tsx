/** The forms of the payments tab: 复议/诉讼 start and end, deferral / instalments (leader), 催告, court application, cash hand-over. */
import type { PaymentDto, PaymentNoticeDto } from '@quanze/contracts';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { RefusalAlert } from '../cases/components/RefusalAlert.tsx';
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
  const [form] = Form.useForm();
  const step = useNoticeStep(caseId);
  const handover = useHandover();
  const landing = useLanding();
  const error = step.error ?? handover.error ?? landing.error;
  const kind = Form.useWatch('kind', form) as string | undefined;

  const submit = async () => {
    const v = (await form.validateFields()) as Record<string, unknown>;
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
    <Modal
      open
      title={TITLES[dialog.step]}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={step.isPending || handover.isPending || landing.isPending}
      destroyOnHidden
      width={dialog.step === 'arrangement' ? 640 : 520}
    >
      {error ? <RefusalAlert error={error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: dialog.step === 'pauses' ? 'reconsideration' : 'deferral', method: 'direct' }}
      >
        {dialog.step === 'pauses' ? (
          <>
            <Form.Item name="kind" label="类别">
              <Radio.Group
                options={[
                  { value: 'reconsideration', label: '行政复议' },
                  { value: 'litigation', label: '行政诉讼' },
                ]}
              />
            </Form.Item>
            <Form.Item name="from" label="申请（起诉）日期" rules={required('日期')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="note" label="备注">
              <Input maxLength={500} placeholder="复议机关 / 受理法院、案号" />
            </Form.Item>
          </>
        ) : null}
        {dialog.step === 'pauses/end' ? (
          <>
            <Form.Item name="to" label="终结日期（复议决定或裁判生效之日）" rules={required('日期')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="note" label="结果">
              <Input maxLength={500} />
            </Form.Item>
          </>
        ) : null}
        {dialog.step === 'arrangement' ? (
          <>
            <Form.Item name="kind" label="方式">
              <Radio.Group
                options={[
                  { value: 'deferral', label: '暂缓缴纳' },
                  { value: 'instalments', label: '分期缴纳' },
                ]}
              />
            </Form.Item>
            <Form.Item name="appliedOn" label="当事人申请日期" rules={required('申请日期')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="reason" label="经济困难情况" rules={required('经济困难情况')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            {kind === 'instalments' ? (
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
            ) : (
              <Form.Item name="until" label="暂缓至" rules={required('暂缓期限')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            )}
          </>
        ) : null}
        {dialog.step === 'reminder' ? (
          <>
            <Form.Item name="servedOn" label="催告书送达日期" rules={required('送达日期')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
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
            <Form.Item name="note" label="备注">
              <Input maxLength={500} />
            </Form.Item>
          </>
        ) : null}
        {dialog.step === 'court-application' ? (
          <>
            <Form.Item name="appliedOn" label="申请日期" rules={required('申请日期')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="court" label="受理法院" rules={required('受理法院')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="note" label="备注">
              <Input maxLength={500} />
            </Form.Item>
          </>
        ) : null}
        {dialog.step === 'handover' ? (
          <>
            <Form.Item name="on" label={dialog.stage === 'agency' ? '交至行政机关日期' : '缴付指定银行日期'} rules={required('日期')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="note" label="备注（逾期的请写明原因）">
              <Input maxLength={500} />
            </Form.Item>
          </>
        ) : null}
        {dialog.step === 'landing' ? (
          <Form.Item name="landedOn" label="抵岸日期" rules={required('抵岸日期')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
