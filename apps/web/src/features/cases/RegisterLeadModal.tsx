import { DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyFieldErrors } from '../../app/form.ts';
import { beijingIso, TIME_ZONE } from '../../app/format.ts';
import { usePowerItems } from '../powers/api.ts';
import { useRegisterLead } from './api.ts';
import { RefusalAlert } from '../../app/components/RefusalAlert.tsx';
import { LEAD_SOURCE_OPTIONS } from './labels.ts';
import type { CaseDetailDto, RegisterLeadInput } from './types.ts';

/** Now as a picker value showing Beijing wall-clock time (beijingIso reads it back as such). */
const beijingNow = () => dayjs(dayjs().tz(TIME_ZONE).format('YYYY-MM-DDTHH:mm:ss'));

interface Values {
  powerId: string;
  leadSource: RegisterLeadInput['leadSource'];
  leadReceivedAt: Dayjs;
  partyKind: 'citizen' | 'organisation';
  partyName: string;
  idNumber?: string;
  address?: string;
  leadSummary: string;
  violationStartedOn?: Dayjs | null;
}

/** 登记案源: the penalty power (from the published list), the source, when received, the party, a summary. */
export function RegisterLeadModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (c: CaseDetailDto) => void }) {
  const [form] = Form.useForm<Values>();
  const register = useRegisterLead();
  const [error, setError] = useState<unknown>(null);
  const powers = usePowerItems({ category: 'penalty', page: 1, pageSize: 500 });
  const powerOptions = (powers.data?.items ?? []).map((p) => ({ value: p.powerId, label: `${p.code} ${p.name}` }));

  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      const saved = await register.mutateAsync({
        powerId: v.powerId,
        leadSource: v.leadSource,
        leadReceivedAt: beijingIso(v.leadReceivedAt),
        leadSummary: v.leadSummary.trim(),
        party: {
          kind: v.partyKind,
          name: v.partyName.trim(),
          idNumber: v.idNumber?.trim() || null,
          address: v.address?.trim() || null,
          birthDate: null,
          lackedCapacityAtAct: false,
        },
        conduct: v.partyKind === 'organisation' ? 'business' : 'nonBusiness',
        violation: v.violationStartedOn
          ? { startedOn: v.violationStartedOn.format('YYYY-MM-DD'), endedOn: null, ongoing: false, seriousHarm: false }
          : null,
        flags: { majorPublicInterest: false, complex: false, multipleLegalRelations: false, majorViolation: false, reviewRequiredByLaw: false },
      });
      form.resetFields();
      onSaved(saved);
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  };

  return (
    <Modal
      open={open}
      title="登记案源"
      okText="登记"
      cancelText="取消"
      width={640}
      confirmLoading={register.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'case-register-submit' }}
      destroyOnHidden
    >
      {error ? <RefusalAlert error={error} /> : null}
      <Form form={form} layout="vertical" initialValues={{ partyKind: 'organisation', leadSource: 'complaint', leadReceivedAt: beijingNow() }} data-testid="case-register-form">
        <Form.Item name="powerId" label="执法事项" rules={[{ required: true, message: '请选择执法事项' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={powerOptions} loading={powers.isLoading} placeholder="选择已公布权责清单中的行政处罚事项" data-testid="case-register-power" />
        </Form.Item>
        <Form.Item name="leadSource" label="案源来源" rules={[{ required: true }]}>
          <Select options={LEAD_SOURCE_OPTIONS} />
        </Form.Item>
        <Form.Item name="leadReceivedAt" label="受理日期" rules={[{ required: true, message: '请选择受理日期' }]}>
          <DatePicker disabledDate={(d) => d.isAfter(beijingNow(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="violationStartedOn" label="违法行为发生日期" extra="立案前须填写，用于核对追责时效（行政处罚法第三十六条）">
          <DatePicker disabledDate={(d) => d.isAfter(beijingNow(), 'day')} style={{ width: '100%' }} data-testid="case-register-violation" />
        </Form.Item>
        <Form.Item name="partyKind" label="当事人类型">
          <Radio.Group
            options={[
              { value: 'organisation', label: '法人或其他组织' },
              { value: 'citizen', label: '公民' },
            ]}
          />
        </Form.Item>
        <Form.Item name="partyName" label="当事人名称或姓名" rules={[{ required: true, whitespace: true, message: '请填写当事人名称' }]}>
          <Input maxLength={200} data-testid="case-register-party" />
        </Form.Item>
        <Form.Item name="idNumber" label="统一社会信用代码或身份证号码" extra="加密保存，列表中脱敏显示">
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="address" label="地址">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="leadSummary" label="案源摘要" rules={[{ required: true, whitespace: true, message: '请填写案源摘要' }]}>
          <Input.TextArea rows={4} maxLength={2000} data-testid="case-register-summary" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
