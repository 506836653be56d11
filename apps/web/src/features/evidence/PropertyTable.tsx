/** The property table shared by the case tab and the bureau-wide register, with the movement history expanded. */
import type { PropertyDto } from '@quanze/contracts';
import { Button, Space, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../app/format.ts';
import { yuan } from './api.ts';
import { MOVEMENT_LABELS, PROPERTY_STATUS_COLORS, PROPERTY_STATUS_LABELS } from './labels.ts';

function Movements({ item }: { item: PropertyDto }) {
  return (
    <Table
      size="small"
      rowKey="seq"
      pagination={false}
      dataSource={item.movements}
      scroll={{ x: 1030 }}
      columns={[
        { title: '#', dataIndex: 'seq', width: 50 },
        { title: '类型', dataIndex: 'kind', width: 130, render: (k: string) => MOVEMENT_LABELS[k] ?? k },
        { title: '状态', key: 's', width: 160, render: (_, m) => (m.fromStatus && m.fromStatus !== m.toStatus ? `${PROPERTY_STATUS_LABELS[m.fromStatus]} → ${PROPERTY_STATUS_LABELS[m.toStatus]}` : PROPERTY_STATUS_LABELS[m.toStatus]) },
        { title: '地点／保管人', key: 'l', width: 220, ellipsis: true, render: (_, m) => `${m.location}／${m.holder}` },
        { title: '说明', dataIndex: 'note', width: 160, ellipsis: true },
        { title: '款项', dataIndex: 'proceedsFen', width: 110, render: (f: number | null) => (f === null ? '' : yuan(f)) },
        { title: '经办', key: 'a', width: 200, render: (_, m) => `${m.actorName} ${formatDateTime(m.at)}` },
      ]}
    />
  );
}

export function PropertyTable({ items, caseColumn, actions }: { items: PropertyDto[]; caseColumn?: (item: PropertyDto) => ReactNode; actions?: (item: PropertyDto) => ReactNode }) {
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={items}
      locale={{ emptyText: '尚无涉案财物' }}
      scroll={{ x: caseColumn ? 1320 : 1100 }}
      expandable={{ expandedRowRender: (item) => <Movements item={item} /> }}
      columns={[
        ...(caseColumn ? [{ title: '案件', key: 'case', width: 220, render: (_: unknown, r: PropertyDto) => caseColumn(r) }] : []),
        { title: '财物', dataIndex: 'name', width: 220, ellipsis: true },
        { title: '数量', key: 'q', width: 90, render: (_: unknown, r: PropertyDto) => `${r.quantity}${r.unit}` },
        { title: '存放地点', dataIndex: 'location', width: 180, ellipsis: true },
        { title: '保管人', dataIndex: 'holder', width: 110, ellipsis: true },
        {
          title: '状态',
          key: 'st',
          width: 150,
          render: (_: unknown, r: PropertyDto) => (
            <Space size={4} wrap>
              <Tag color={PROPERTY_STATUS_COLORS[r.status]}>{r.statusLabel}</Tag>
              {r.status === 'held' && r.approvedDisposal ? <Tag color="gold">已批准{PROPERTY_STATUS_LABELS[r.approvedDisposal].replace(/^已/, '')}</Tag> : null}
            </Space>
          ),
        },
        { title: '处置款', dataIndex: 'proceedsFen', width: 100, render: (f: number | null) => yuan(f) },
        ...(actions ? [{ title: '操作', key: 'act', width: 180, fixed: 'right' as const, render: (_: unknown, r: PropertyDto) => actions(r) }] : []),
      ]}
    />
  );
}

export function ActionButton({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  return (
    <Button size="small" type="link" onClick={onClick}>
      {children}
    </Button>
  );
}
