import { DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { DepartmentSelect } from '../../departments/DepartmentSelect.tsx';
import { usePowerItems } from '../../powers/api.ts';
import { LEAD_SOURCE_OPTIONS, STATE_OPTIONS } from '../labels.ts';
import type { ListFilters } from './url-state.ts';

const DEADLINE_OPTIONS = [
  { value: 'attention', label: '只看逾期/临期' },
  { value: 'overdue', label: '只看逾期' },
];

const PROCEDURE_OPTIONS = [
  { value: 'general', label: '普通程序' },
  { value: 'simple', label: '简易程序' },
];

/**
 * 筛选: search box (case / decision number, party name — both from the start — or a full ID number), department,
 * states, procedure, lead source, power, the received-date range and 只看逾期/临期 (the next deadline). Each change goes
 * straight to the URL.
 */
export function CaseFilterBar({ filters, onChange }: { filters: ListFilters; onChange: (patch: Partial<ListFilters>) => void }) {
  const powers = usePowerItems({ category: 'penalty', page: 1, pageSize: 500 });
  const powerOptions = (powers.data?.items ?? []).map((p) => ({ value: p.powerId, label: `${p.code} ${p.name}` }));
  const [text, setText] = useState(filters.q ?? '');
  // A view applied or the browser's back button changes the URL: the box follows.
  useEffect(() => setText(filters.q ?? ''), [filters.q]);

  return (
    <div className="qz-toolbar qz-case-filters" data-testid="cases-filters">
      <Input.Search
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => onChange({ q: v.trim() || undefined })}
        allowClear
        placeholder="案号、决定书号、当事人、执法事项（任意两字以上）或完整证件号码"
        title="输入两个字以上可按任意部分查找；只输入一个字时按开头查找"
        style={{ width: 420 }}
        data-testid="cases-search"
      />
      <DepartmentSelect
        value={filters.departmentId ?? null}
        onChange={(v) => onChange({ departmentId: v ?? undefined })}
        placeholder="全部科室"
        style={{ width: 180 }}
        data-testid="cases-department-filter"
      />
      <Select
        mode="multiple"
        value={filters.state ?? []}
        onChange={(v: string[]) => onChange({ state: v.length ? v : undefined })}
        options={STATE_OPTIONS}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="全部状态"
        allowClear
        maxTagCount="responsive"
        style={{ minWidth: 180, maxWidth: 320 }}
        data-testid="cases-state-filter"
      />
      <Select
        value={filters.procedure}
        onChange={(v: string | undefined) => onChange({ procedure: v })}
        options={PROCEDURE_OPTIONS}
        placeholder="全部程序"
        allowClear
        style={{ width: 120 }}
        data-testid="cases-procedure-filter"
      />
      <Select
        value={filters.leadSource}
        onChange={(v: string | undefined) => onChange({ leadSource: v })}
        options={LEAD_SOURCE_OPTIONS}
        placeholder="全部案源"
        allowClear
        style={{ width: 130 }}
        data-testid="cases-source-filter"
      />
      <Select
        value={filters.powerId}
        onChange={(v: string | undefined) => onChange({ powerId: v })}
        options={powerOptions}
        loading={powers.isLoading}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="全部执法事项"
        allowClear
        popupMatchSelectWidth={false}
        style={{ width: 200 }}
        data-testid="cases-power-filter"
      />
      <Select
        value={filters.deadline}
        onChange={(v: string | undefined) => onChange({ deadline: v })}
        options={DEADLINE_OPTIONS}
        placeholder="全部期限"
        allowClear
        style={{ width: 140 }}
        data-testid="cases-deadline-filter"
      />
      <DatePicker.RangePicker
        value={[filters.receivedFrom ? dayjs(filters.receivedFrom) : null, filters.receivedTo ? dayjs(filters.receivedTo) : null]}
        onChange={(range) => onChange({ receivedFrom: range?.[0]?.format('YYYY-MM-DD'), receivedTo: range?.[1]?.format('YYYY-MM-DD') })}
        placeholder={['受理日期起', '受理日期止']}
        allowEmpty={[true, true]}
      />
    </div>
  );
}
