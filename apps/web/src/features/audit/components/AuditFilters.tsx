import { AutoComplete, Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { beijingIso } from '../../../app/format.ts';
import type { AuditFilter } from '../api.ts';
import { ACTION_GROUPS, ACTION_LABELS, OBJECT_TYPE_LABELS } from '../action-labels.ts';

const ACTION_OPTIONS = [...Object.entries(ACTION_GROUPS), ...Object.entries(ACTION_LABELS)].map(([value, label]) => ({
  value,
  label: `${label}（${value}）`,
  search: `${label}${value}`.toLowerCase(),
}));
const OBJECT_TYPE_OPTIONS = Object.entries(OBJECT_TYPE_LABELS).map(([value, label]) => ({ value, label }));

interface Values {
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const text = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** Filter bar; times are picked as Beijing wall-clock time. */
export function AuditFilters({ onSearch }: { onSearch: (filter: AuditFilter) => void }) {
  const [form] = Form.useForm<Values>();

  const onFinish = (values: Values) => {
    const [from, to] = values.range ?? [null, null];
    const filter: AuditFilter = {};
    const entries: [keyof AuditFilter, string | undefined][] = [
      ['actor', text(values.actor)],
      ['action', text(values.action)],
      ['objectType', text(values.objectType)],
      ['objectId', text(values.objectId)],
      ['from', from ? beijingIso(from) : undefined],
      ['to', to ? beijingIso(to) : undefined],
    ];
    for (const [key, value] of entries) if (value) filter[key] = value;
    onSearch(filter);
  };

  return (
    <Form form={form} layout="inline" onFinish={onFinish} className="qz-toolbar" data-testid="audit-filters">
      <Form.Item name="actor" label="操作人">
        <Input placeholder="用户名或姓名" allowClear maxLength={64} style={{ width: 150 }} data-testid="audit-filter-actor" />
      </Form.Item>
      <Form.Item name="action" label="操作">
        <AutoComplete
          options={ACTION_OPTIONS}
          placeholder="选择或输入"
          allowClear
          style={{ width: 200 }}
          showSearch={{ filterOption: (input, option) => String(option?.['search'] ?? '').includes(input.toLowerCase()) }}
          data-testid="audit-filter-action"
        />
      </Form.Item>
      <Form.Item name="objectType" label="对象类型">
        <Select options={OBJECT_TYPE_OPTIONS} placeholder="全部" allowClear style={{ width: 120 }} data-testid="audit-filter-objectType" />
      </Form.Item>
      <Form.Item name="objectId" label="对象标识">
        <Input allowClear maxLength={64} style={{ width: 150 }} data-testid="audit-filter-objectId" />
      </Form.Item>
      <Form.Item name="range" label="时间">
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="audit-search">
            查询
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onSearch({});
            }}
          >
            重置
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
