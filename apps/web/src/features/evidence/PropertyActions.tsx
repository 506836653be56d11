/** The property register's dialogs: register, move, the head's disposal approval, and the disposal. */
import type { PropertyDto } from '@quanze/contracts';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { RefusalAlert } from '../../app/components/RefusalAlert.tsx';
import { usePropertyStep, useRegisterProperty } from './api.ts';
import { disposalOptions } from './labels.ts';

export type PropertyStep = 'register' | 'move' | 'approve-disposal' | 'dispose';
const TITLES: Record<PropertyStep, string> = { register: '登记涉案财物', move: '移库／更换保管人', 'approve-disposal': '审批处置方式（局领导）', dispose: '处置' };

export function PropertyDialog({ caseId, item, step, onClose }: { caseId: string; item: PropertyDto | null; step: PropertyStep; onClose: () => void }) {
  const [form] = Form.useForm();
  const register = useRegisterProperty(caseId);
  const action = usePropertyStep(caseId);
  const error = register.error ?? action.error;
  const to = Form.useWatch('to', form) as string | undefined;
  const submit = async () => {
    const v = (await form.validateFields()) as Record<string, unknown>;
    if (step === 'register') await register.mutateAsync(v as unknown as Parameters<typeof register.mutateAsync>[0]);
    else {
      const body: Record<string, unknown> = { ...v, version: item!.version };
      const yuanValue = v['proceedsYuan'];
      if (step === 'dispose') body['proceedsFen'] = typeof yuanValue === 'number' ? Math.round(yuanValue * 100) : null;
      delete body['proceedsYuan'];
      await action.mutateAsync({ id: item!.id, step, body });
    }
    onClose();
  };
  const initial = step === 'dispose' ? { to: item?.approvedDisposal ?? 'returned' } : step === 'move' ? { location: item?.location, holder: item?.holder } : { unit: '件', quantity: '1' };
  return (
    <Modal open title={TITLES[step]} onCancel={onClose} onOk={() => void submit().catch(() => undefined)} confirmLoading={register.isPending || action.isPending} destroyOnHidden>
      {error ? <RefusalAlert error={error} /> : null}
      <Form form={form} layout="vertical" initialValues={initial}>
        {step === 'register' ? (
          <>
            <Form.Item name="name" label="财物名称" rules={[{ required: true, message: '请填写' }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="quantity" label="数量" rules={[{ required: true, pattern: /^\d+(\.\d{1,3})?$/, message: '数量应为正数' }]}>
              <Input />
            </Form.Item>
            <Form.Item name="unit" label="单位" rules={[{ required: true, message: '请填写' }]}>
              <Input maxLength={20} />
            </Form.Item>
          </>
        ) : null}
        {step === 'register' || step === 'move' ? (
          <>
            <Form.Item name="location" label="存放地点" rules={[{ required: true, message: '请填写' }]}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item name="holder" label="保管人" rules={[{ required: true, message: '请填写' }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="note" label={step === 'move' ? '移动事由' : '备注'} rules={step === 'move' ? [{ required: true, message: '请填写' }] : []}>
              <Input maxLength={500} />
            </Form.Item>
          </>
        ) : null}
        {step === 'approve-disposal' ? (
          <>
            <Form.Item name="disposal" label="批准的处置方式" rules={[{ required: true, message: '请选择' }]}>
              <Select options={disposalOptions.filter((o) => o.value !== 'returned')} />
            </Form.Item>
            <Form.Item name="opinion" label="审批意见" rules={[{ required: true, message: '请填写' }]}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        ) : null}
        {step === 'dispose' ? (
          <>
            <Form.Item name="to" label="处置方式" rules={[{ required: true }]} extra="拍卖、销毁、上缴国库须先经局领导审批该处置方式">
              <Select options={disposalOptions} />
            </Form.Item>
            {to === 'auctioned' ? (
              <Form.Item name="proceedsYuan" label="拍卖款（元，全部上缴国库）" rules={[{ required: true, message: '请填写拍卖款' }]}>
                <InputNumber min={0} precision={2} style={{ width: 200 }} />
              </Form.Item>
            ) : null}
            <Form.Item name="note" label="处置说明" rules={[{ required: true, message: '请填写' }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
