import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { useOfficers } from '../../officers/api.ts';
import type { ActionField as Field, CaseChoiceSource } from '../action-fields.ts';
import type { CaseDetailDto } from '../types.ts';
import { PenaltyInput } from './PenaltyInput.tsx';

function OfficerPicker(props: { value?: string[] | string; onChange?: (v: string[] | string) => void; single?: boolean }) {
  const { single, ...rest } = props;
  const { data, isLoading } = useOfficers({ status: 'active', page: 1, pageSize: 200 });
  const options = (data?.items ?? []).map((o) => ({ value: o.id, label: o.departmentName ? `${o.name}（${o.departmentName}）` : o.name }));
  return (
    <Select
      {...(single ? {} : { mode: 'multiple' as const })}
      {...rest}
      options={options}
      loading={isLoading}
      placeholder="选择持证执法人员"
      optionFilterProp="label"
      allowClear
    />
  );
}

/** The hearing's presider as the serveHearingNotice step recorded them. */
function presiderOf(detail: CaseDetailDto): { userId: string; name: string } | null {
  const step = [...detail.steps].reverse().find((s) => s.action === 'serveHearingNotice');
  const p = step?.payload['presider'] as { userId?: unknown; name?: unknown } | undefined;
  return p && typeof p.userId === 'string' ? { userId: p.userId, name: typeof p.name === 'string' ? p.name : '' } : null;
}

/** Options drawn from the case itself. */
export function caseChoices(detail: CaseDetailDto, source: CaseChoiceSource): { value: string; label: string }[] {
  const active = detail.investigators.filter((i) => i.removedAt === null);
  switch (source) {
    case 'investigators':
      return active.map((i) => ({ value: i.officerId, label: i.name }));
    case 'pendingRecusals':
      return detail.recusals
        .filter((r) => r.status === 'pending')
        .map((r) => ({ value: r.id, label: `${r.personName}（${r.roleLabel}）：${r.reason}` }));
    case 'recusalPersons': {
      const presider = presiderOf(detail);
      return [
        ...active.map((i) => ({ value: `investigator|officer|${i.officerId}`, label: `${i.name}（承办执法人员）` })),
        ...(presider ? [{ value: `presider|user|${presider.userId}`, label: `${presider.name}（听证主持人）` }] : []),
      ];
    }
  }
}

/** One field of the action dialog, by its kind. */
export function ActionFieldItem({ field, detail }: { field: Field; detail: CaseDetailDto }) {
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
    case 'datetime':
      return (
        <Form.Item name={field.name} label={field.label} rules={field.required ? [{ required: true, message: `请填写${field.label}` }] : []}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item name={field.name} label={field.label} rules={field.required ? [{ required: true, message: `请填写${field.label}` }] : []}>
          <InputNumber min={field.min} max={field.max} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      );
    case 'officer':
      return (
        <Form.Item name={field.name} label={field.label} rules={field.required ? [{ required: true, message: `请选择${field.label}` }] : []}>
          <OfficerPicker single />
        </Form.Item>
      );
    case 'officersAny':
      return (
        <Form.Item name={field.name} label={field.label}>
          <OfficerPicker />
        </Form.Item>
      );
    case 'caseChoice':
      return (
        <Form.Item name={field.name} label={field.label} rules={field.required ? [{ required: true, message: `请选择${field.label}` }] : []}>
          <Select
            {...(field.multiple ? { mode: 'multiple' as const } : {})}
            options={caseChoices(detail, field.source)}
            placeholder="请选择"
            allowClear={!field.required}
            notFoundContent="没有可选的人员或记录"
          />
        </Form.Item>
      );
  }
}
