import { Select } from 'antd';
import { useDepartmentPosts } from './api.ts';
import { POST_ROLE_LABELS } from './types.ts';

interface Props {
  departmentId: string | null | undefined;
  value?: string | null;
  onChange?: (value: string | null) => void;
  'data-testid'?: string;
}

/** Picks an open post of the given department. Works as an antd Form control. */
export function PostSelect({ departmentId, value, onChange, ...rest }: Props) {
  const { data, isLoading } = useDepartmentPosts(departmentId);
  const options = (data ?? [])
    .filter((p) => p.status === 'active' || p.id === value)
    .map((p) => ({ value: p.id, label: `${p.name}（${POST_ROLE_LABELS[p.role]}）` }));
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      loading={isLoading}
      allowClear
      disabled={!departmentId}
      placeholder={departmentId ? '选择岗位' : '请先选择科室'}
      notFoundContent="该科室暂无岗位"
      data-testid={rest['data-testid']}
    />
  );
}
