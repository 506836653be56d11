import { POWER_CATEGORIES, POWER_CATEGORY_LABELS } from '@quanze/domain';
import { Input, Select } from 'antd';
import { DepartmentSelect } from '../../departments/DepartmentSelect.tsx';
import type { CoverageQuery } from '../api.ts';
import { COVERAGE_LABELS, COVERAGE_TEXT } from './CoverageBits.tsx';

const CATEGORY_OPTIONS = POWER_CATEGORIES.map((c) => ({ value: c, label: POWER_CATEGORY_LABELS[c] }));
const STATUS_OPTIONS = (['red', 'amber', 'green'] as const).map((s) => ({ value: s, label: `${COVERAGE_LABELS[s]}·${COVERAGE_TEXT[s]}` }));

interface Props {
  query: CoverageQuery;
  onChange: (patch: Partial<Record<'status' | 'departmentId' | 'category' | 'q', string | undefined>>) => void;
  showStatus?: boolean;
}

/** 类别、承办科室、覆盖状态 and a text search: the filters of the power list and of the coverage report. */
export function PowerFilters({ query, onChange, showStatus = true }: Props) {
  return (
    <div className="qz-toolbar qz-no-print">
      <Input.Search
        key={query.q ?? ''}
        defaultValue={query.q}
        placeholder="事项名称或编码"
        allowClear
        enterButton="查询"
        onSearch={(q) => onChange({ q: q.trim() })}
        style={{ width: 260 }}
        data-testid="powers-search"
      />
      <Select
        value={query.category}
        onChange={(v: string | undefined) => onChange({ category: v })}
        options={CATEGORY_OPTIONS}
        placeholder="全部职权类别"
        allowClear
        style={{ width: 150 }}
        data-testid="powers-category-filter"
      />
      <DepartmentSelect
        value={query.departmentId ?? null}
        onChange={(v) => onChange({ departmentId: v ?? undefined })}
        placeholder="全部承办科室"
        style={{ width: 200 }}
        data-testid="powers-department-filter"
      />
      {showStatus ? (
        <Select
          value={query.status}
          onChange={(v: string | undefined) => onChange({ status: v })}
          options={STATUS_OPTIONS}
          placeholder="全部覆盖状态"
          allowClear
          style={{ width: 150 }}
          data-testid="powers-status-filter"
        />
      ) : null}
    </div>
  );
}
