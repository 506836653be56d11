import { Alert, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { useNotifyError } from '../../../app/feedback.tsx';
import { DepartmentSelect } from '../../departments/DepartmentSelect.tsx';
import { usePowerOptions, useRegisterResult, type RegisterResultRequest } from '../api.ts';

interface Values {
  resultType: 'licence' | 'other';
  resultLabel?: string;
  decisionNumber: string;
  powerId: string;
  departmentId?: string | null;
  partyKind: 'citizen' | 'organisation';
  partyName: string;
  partyIdNumber?: string;
  partyAddress?: string;
  partyBirthDate?: Dayjs;
  decidedOn: Dayjs;
  content: string;
  legalBasis?: string;
}

const DAY = 'YYYY-MM-DD';

/** The power list's matters a result may be registered under: 行政许可 items for a licence, the rest for others. */
function MatterSelect({ resultType, value, onChange }: { resultType: Values['resultType']; value?: string; onChange?: (v: string) => void }) {
  const [q, setQ] = useState('');
  const { data, isFetching } = usePowerOptions(resultType === 'licence' ? 'license' : undefined, q);
  const items = (data?.items ?? []).filter((i) => (resultType === 'licence' ? i.category === 'license' : i.category !== 'license' && i.category !== 'penalty'));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      loading={isFetching}
      placeholder="输入名称或编码检索权责清单"
      options={items.map((i) => ({ value: i.powerId, label: `${i.code} ${i.name}` }))}
      notFoundContent={isFetching ? '检索中…' : '权责清单中无匹配事项'}
      data-testid="register-power"
    />
  );
}

/**
 * 登记行政许可决定或其他执法结果: it enters the publication queue with its clock (许可 7 working days, other results 20,
 * from the decision date on the working-day calendar) and is then masked, checked and published like a penalty.
 */
export function RegisterResultModal({ open, onClose, onRegistered }: { open: boolean; onClose: () => void; onRegistered: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const register = useRegisterResult();
  const notify = useNotifyError();
  const resultType = Form.useWatch('resultType', form) ?? 'licence';
  const partyKind = Form.useWatch('partyKind', form) ?? 'citizen';
  const licence = resultType === 'licence';

  const submit = (v: Values) => {
    const body: RegisterResultRequest = {
      resultType: v.resultType,
      resultLabel: v.resultType === 'other' ? (v.resultLabel ?? null) : null,
      decisionNumber: v.decisionNumber,
      powerId: v.powerId,
      departmentId: v.departmentId ?? null,
      partyKind: v.partyKind,
      partyName: v.partyName,
      partyIdNumber: v.partyIdNumber ?? null,
      partyAddress: v.partyAddress ?? null,
      partyBirthDate: v.partyKind === 'citizen' && v.partyBirthDate ? v.partyBirthDate.format(DAY) : null,
      decidedOn: v.decidedOn.format(DAY),
      content: v.content,
      legalBasis: (v.legalBasis ?? '')
        .split(/[\n；;]/)
        .map((x) => x.trim())
        .filter(Boolean),
    };
    register.mutate(body, {
      onSuccess: (d) => {
        form.resetFields();
        onRegistered(d.id);
      },
      onError: (e) => {
        if (isApiError(e) && e.fieldErrors) form.setFields(Object.entries(e.fieldErrors).map(([name, errors]) => ({ name: name as keyof Values, errors })));
        notify(e);
      },
    });
  };

  return (
    <Modal
      open={open}
      title="登记行政许可决定或其他执法结果"
      width={720}
      onCancel={onClose}
      okText="登记并进入公示队列"
      okButtonProps={{ loading: register.isPending }}
      onOk={() => void form.validateFields().then(submit)}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={licence ? '行政许可决定应自作出之日起7个工作日内公示' : '其他执法结果（检查结果等）应自作出之日起20个工作日内公示'}
        description="登记后按本局隐名规则生成公示文本：自然人申请人只公开姓氏（如 张某），身份证号码、住址等个人信息一律隐去，泄露扫描通过后方可公开。"
      />
      <Form form={form} layout="vertical" initialValues={{ resultType: 'licence', partyKind: 'citizen' }} data-testid="register-form">
        <Form.Item name="resultType" label="类别" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'licence', label: '行政许可决定' },
              { value: 'other', label: '其他执法结果' },
            ]}
            onChange={() => form.setFieldValue('powerId', undefined)}
          />
        </Form.Item>
        {!licence ? (
          <Form.Item name="resultLabel" label="结果类别" rules={[{ required: true, message: '请填写结果类别（如检查结果）' }]}>
            <Input placeholder="如：检查结果、年度考核结果" maxLength={20} />
          </Form.Item>
        ) : null}
        <Form.Item name="powerId" label="事项（权责清单）" rules={[{ required: true, message: '请从权责清单选择事项' }]}>
          <MatterSelect resultType={resultType} />
        </Form.Item>
        <Form.Item name="decisionNumber" label={licence ? '许可证号（许可决定文号）' : '文书编号'} rules={[{ required: true, message: '请填写编号' }]}>
          <Input maxLength={60} data-testid="register-number" />
        </Form.Item>
        <Form.Item name="decidedOn" label="决定日期" rules={[{ required: true, message: '请选择决定日期' }]}>
          <DatePicker style={{ width: '100%' }} data-testid="register-decided-on" />
        </Form.Item>
        <Form.Item name="partyKind" label={licence ? '申请人类型' : '当事人类型'} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'citizen', label: '自然人' },
              { value: 'organisation', label: '法人或其他组织' },
            ]}
          />
        </Form.Item>
        <Form.Item name="partyName" label={licence ? '申请人' : '当事人'} rules={[{ required: true, message: '请填写名称' }]}>
          <Input maxLength={100} data-testid="register-party" />
        </Form.Item>
        <Form.Item name="partyIdNumber" label={partyKind === 'citizen' ? '身份证号码（不公开）' : '统一社会信用代码'}>
          <Input maxLength={30} />
        </Form.Item>
        {partyKind === 'citizen' ? (
          <Form.Item
            name="partyBirthDate"
            label="出生日期（不公开）"
            extra="用于排除未成年人：未成年人的信息不予公开"
            rules={[{ required: true, message: '请填写出生日期（未成年人的信息不予公开）' }]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="register-birth" />
          </Form.Item>
        ) : null}
        <Form.Item name="partyAddress" label={partyKind === 'citizen' ? '住址（公开时只保留省市区县，其余隐去）' : '住所'}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="content" label={licence ? '许可决定内容' : '结果内容'} rules={[{ required: true, message: '请填写决定内容或结果' }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount data-testid="register-content" />
        </Form.Item>
        <Form.Item name="legalBasis" label="依据" extra="每行一条，如《中华人民共和国律师法》第五条">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="departmentId" label="承办科室" extra="不选则为本人所在科室，或该事项职权分解到的科室">
          <DepartmentSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
