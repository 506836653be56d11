import { SUBJECT_KIND_LABELS } from '@quanze/domain';
import { Select } from 'antd';
import { useSubjects } from './api.ts';
import type { SubjectDto } from './types.ts';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  /** Which subjects may be picked (e.g. only bodies that may entrust). */
  filter?: (s: SubjectDto) => boolean;
  'data-testid'?: string;
}

/** Picks an enforcement subject. Works as an antd Form control. */
export function SubjectSelect({ value, onChange, placeholder = '选择执法主体', filter, ...rest }: Props) {
  const { data, isLoading } = useSubjects();
  const options = (data?.items ?? [])
    .filter((s) => s.id === value || !filter || filter(s))
    .map((s) => ({ value: s.id, label: `${s.name}（${SUBJECT_KIND_LABELS[s.kind]}）` }));
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      loading={isLoading}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder}
      data-testid={rest['data-testid']}
    />
  );
}
