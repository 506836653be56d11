import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { buildDepartmentTree, useDepartments, type DepartmentNode } from './api.ts';

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: TreeOption[];
}

function toOptions(nodes: DepartmentNode[]): TreeOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.status === 'closed' ? `${n.name}（已撤销）` : n.name,
    disabled: n.status === 'closed',
    ...(n.children ? { children: toOptions(n.children) } : {}),
  }));
}

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

/** Picks a department of the bureau (tree by parent). Works as an antd Form control. */
export function DepartmentSelect({ value, onChange, placeholder = '选择科室', allowClear = true, disabled, style, ...rest }: Props) {
  const { data, isLoading } = useDepartments();
  const treeData = useMemo(() => toOptions(buildDepartmentTree(data ?? [])), [data]);
  return (
    <TreeSelect
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      treeData={treeData}
      placeholder={placeholder}
      allowClear={allowClear}
      disabled={disabled}
      loading={isLoading}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      style={style}
      data-testid={rest['data-testid']}
    />
  );
}
