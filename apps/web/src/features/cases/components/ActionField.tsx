import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import { useOfficers } from '../../officers/api.ts';
import type { ActionField as Field } from '../action-fields.ts';
import { PenaltyInput } from './PenaltyInput.tsx';

function OfficerPicker(props: { value?: string[]; onChange?: (v: string[]) => void }) {
  const { data, isLoading } = useOfficers({ status: 'active', page: 1, pageSize: 200 });
  const options = (data?.items ?? []).map((o) => ({ value: o.id, label: o.departmentName ? `${o.name}（${o.departmentName}）` : o.name }));
  return (
    <Select mode="multiple" {...props} options={options} loading={isLoading} placeholder="选择持证执法人员" optionFilterProp="label" />
  );
}

/** One field of the action dialog, by its kind. */
export function ActionFieldItem({ field }: { field: Field }) {
  const required = 'required' in field && field.required ? [{ required: true, whitespace: true, message: `请填写${field.label}` }] : [];
  switch (field.kind) {
    case 'text':
      return (
        <Form.Item name={field.name} label={field.label} rules={required}>
          <Input placeholder={field.placeholder} maxLength={300} />
        </Form.Item>
      );
    case 'textarea':
    case 'lines':
      return (
        <Form.Item name={field.name} label={field.label} rules={required}>
          <Input.TextArea rows={3} placeholder={field.placeholder} maxLength={4000} />
        </Form.Item>
      );
    case 'boolean':
      return (
        <Form.Item name={field.name} valuePropName="checked">
          <Checkbox>{field.label}</Checkbox>
        </Form.Item>
      );
    case 'select':
      return (
        <Form.Item name={field.name} label={field.label} rules={field.required ? [{ required: true, message: `请选择${field.label}` }] : []}>
          <Select options={field.options} allowClear={!field.required} placeholder="请选择" />
        </Form.Item>
      );
    case 'officers':
      return (
        <Form.Item name={field.name} label={field.label} rules={[{ required: true, type: 'array', min: 2, message: '至少指派两名执法人员' }]}>
          <OfficerPicker />
        </Form.Item>
      );
    case 'penalty':
      return (
        <Form.Item label={field.label} required={field.required}>
          <PenaltyInput name={field.name} />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item name={field.name} label={field.label} rules={required}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      );
  }
}
