import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { ROLE_LABELS, type Role } from '@quanze/domain';
import { useOfficers } from '../../officers/api.ts';
import type { ActionField as Field, CaseChoiceSource, PersonPick } from '../action-fields.ts';
import { useCasePeople } from '../api.ts';
import type { CaseDetailDto, CasePersonDto } from '../types.ts';
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

const roleText = (p: CasePersonDto) => p.roles.map((r) => ROLE_LABELS[r as Role] ?? r).join('、');
const personLabel = (p: CasePersonDto) => `${p.name}（${[p.departmentName, roleText(p)].filter(Boolean).join('，')}）`;

/** Who may be chosen: 负责人 by the account's role; a presider among those who do not investigate the case. */
export function personOptions(people: readonly CasePersonDto[], pick: PersonPick): { value: string; label: string }[] {
  const chosen = pick === 'leaders' ? people.filter((p) => p.roles.includes('leader')) : people.filter((p) => !p.investigator);
  return chosen.map((p) => ({ value: p.userId, label: personLabel(p) }));
}

function PersonPicker(props: { caseId: string; pick: PersonPick; multiple?: boolean; value?: string[] | string; onChange?: (v: string[] | string) => void }) {
  const { caseId, pick, multiple, ...rest } = props;
  const { data, isLoading } = useCasePeople(caseId);
  return (
    <Select
      {...(multiple ? { mode: 'multiple' as const } : {})}
      {...rest}
      options={personOptions(data?.items ?? [], pick)}
      loading={isLoading}
      placeholder={pick === 'leaders' ? '选择局领导账号' : '选择人员'}
      optionFilterProp="label"
      allowClear
      notFoundContent="没有可选的人员"
    />
  );
}

/** The hearing's presider as last named (听证通知书, or 另行指定 after a recusal). */
function presiderOf(detail: CaseDetailDto): { userId: string; name: string } | null {
  const step = [...detail.steps].reverse().find((s) => s.action === 'serveHearingNotice' || s.action === 'replaceHearingPresider');
  const p = step?.payload['presider'] as { userId?: unknown; name?: unknown } | undefined;
  return p && typeof p.userId === 'string' ? { userId: p.userId, name: typeof p.name === 'string' ? p.name : '' } : null;
}

/** Options drawn from the case itself (and, for a recusal of the legal reviewer, the bureau's reviewers). */
export function caseChoices(detail: CaseDetailDto, source: CaseChoiceSource, people: readonly CasePersonDto[] = []): { value: string; label: string }[] {
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
        ...people.filter((p) => p.roles.includes('legalReviewer')).map((p) => ({ value: `reviewer|user|${p.userId}`, label: `${p.name}（法制审核人员）` })),
      ];
    }
  }
}

function CaseChoiceSelect(props: { detail: CaseDetailDto; source: CaseChoiceSource; multiple?: boolean; required?: boolean; value?: unknown; onChange?: (v: unknown) => void }) {
  const { detail, source, multiple, required, ...rest } = props;
  const { data } = useCasePeople(detail.id);
  return (
    <Select
      {...(multiple ? { mode: 'multiple' as const } : {})}
      {...rest}
      options={caseChoices(detail, source, source === 'recusalPersons' ? (data?.items ?? []) : [])}
      placeholder="请选择"
      allowClear={!required}
      notFoundContent="没有可选的人员或记录"
    />
  );
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
      // A date is a Dayjs, not a string: the text rule (whitespace) would refuse every chosen date.
      return (
        <Form.Item name={field.name} label={field.label} rules={field.required ? [{ required: true, message: `请选择${field.label}` }] : []}>
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
          <CaseChoiceSelect detail={detail} source={field.source} multiple={field.multiple} required={field.required} />
        </Form.Item>
      );
    case 'person':
      return (
        <Form.Item
          name={field.name}
          label={field.label}
          rules={field.required ? [{ required: true, ...(field.multiple ? { type: 'array' as const, min: 1 } : {}), message: `请选择${field.label}` }] : []}
        >
          <PersonPicker caseId={detail.id} pick={field.pick} multiple={field.multiple} />
        </Form.Item>
      );
  }
}
