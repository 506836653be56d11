import { POWER_CATEGORIES, POWER_CATEGORY_LABELS } from '@quanze/domain';
import { Button, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { ReasonModal } from '../../officers/components/ReasonModal.tsx';
import { usePowerItems, useRemoveItem, type PowerQuery } from '../api.ts';
import type { PowerCategory, PowerItem } from '../types.ts';
import { PowerItemFormModal } from './PowerItemFormModal.tsx';

const CHANGE: Record<PowerItem['change'], { label: string; color: string } | null> = {
  unchanged: null,
  added: { label: '新增', color: 'green' },
  modified: { label: '修改', color: 'blue' },
  removed: { label: '删除', color: 'default' },
};

/** The items of one list version, with what the version changed; a draft's items are edited or removed here. */
export function ListItemsTable({ listId, showChanges }: { listId: string; showChanges: boolean }) {
  const [query, setQuery] = useState<PowerQuery>({ listId, includeRemoved: '1', page: 1, pageSize: 50 });
  const { data, error, isFetching } = usePowerItems(query);
  const remove = useRemoveItem(listId);
  const [editing, setEditing] = useState<PowerItem | null>(null);
  const [removing, setRemoving] = useState<PowerItem | null>(null);

  return (
    <>
      <div className="qz-toolbar">
        <Input.Search
          placeholder="事项名称或编码"
          allowClear
          enterButton="查询"
          onSearch={(q) => setQuery((p) => ({ ...p, q: q.trim() || undefined, page: 1 }))}
          style={{ width: 260 }}
        />
        <Select
          value={query.category}
          onChange={(category: PowerCategory | undefined) => setQuery((p) => ({ ...p, category, page: 1 }))}
          options={POWER_CATEGORIES.map((c) => ({ value: c, label: POWER_CATEGORY_LABELS[c] }))}
          placeholder="全部职权类别"
          allowClear
          style={{ width: 150 }}
        />
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      <Table<PowerItem>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.items ?? []}
        scroll={{ x: 900 }}
        data-testid="list-items"
        rowClassName={(i) => (i.change === 'removed' ? 'qz-muted' : '')}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: data?.total ?? 0,
          showTotal: (t) => `共 ${t} 项`,
          onChange: (page, pageSize) => setQuery((p) => ({ ...p, page: pageSize !== p.pageSize ? 1 : page, pageSize })),
        }}
        columns={[
          { title: '编码', dataIndex: 'code', width: 110, render: (c: string) => <span className="qz-mono">{c}</span> },
          { title: '事项名称', key: 'name', render: (_: unknown, i) => <Link to={`/powers/${i.powerId}`}>{i.name}</Link> },
          { title: '类别', dataIndex: 'categoryLabel', width: 100 },
          { title: '承办科室', dataIndex: 'departmentName', width: 150 },
          ...(showChanges
            ? [
                {
                  title: '变更',
                  dataIndex: 'change',
                  width: 70,
                  render: (c: PowerItem['change']) => (CHANGE[c] ? <Tag color={CHANGE[c].color}>{CHANGE[c].label}</Tag> : null),
                },
              ]
            : []),
          {
            title: '',
            key: 'actions',
            width: 120,
            render: (_: unknown, i) => (
              <Space size={0}>
                {i.abilities.includes('edit') ? (
                  <Button type="link" size="small" onClick={() => setEditing(i)} data-testid="item-edit">
                    修改
                  </Button>
                ) : null}
                {i.abilities.includes('remove') ? (
                  <Button type="link" size="small" danger onClick={() => setRemoving(i)}>
                    删除
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {editing ? <PowerItemFormModal item={editing} onClose={() => setEditing(null)} /> : null}
      {removing ? (
        <ReasonModal
          open
          title={`删除事项：${removing.code} ${removing.name}`}
          description="删除在本草稿中标记，公布后不再列入现行清单；记录保留。"
          label="删除理由"
          okText="删除"
          danger
          onSubmit={({ reason }) => remove.mutateAsync({ powerId: removing.powerId, reason, version: removing.version })}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </>
  );
}
