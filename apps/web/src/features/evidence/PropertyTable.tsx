/** The property table shared by the case tab and the bureau-wide register, with the movement history expanded. */
import type { PropertyDto } from '@quanze/contracts';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../app/format.ts';
import { yuan } from './api.ts';
import { MOVEMENT_LABELS, PROPERTY_STATUS_COLORS, PROPERTY_STATUS_LABELS } from './labels.ts';

/** The second line of a two-line cell, cut with … (the whole text on hover); the first wraps. */
const LINE = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

function TwoLines({ first, second }: { first: ReactNode; second: ReactNode }) {
  return (
    <>
      <div style={{ overflowWrap: 'anywhere' }}>{first}</div>
      <Typography.Text type="secondary" style={{ ...LINE, display: 'block' }} title={typeof second === 'string' ? second : undefined}>
        {second}
      </Typography.Text>
    </>
  );
}

function Movements({ item }: { item: PropertyDto }) {
  return (
    <Table
      size="small"
      rowKey="seq"
      pagination={false}
      dataSource={item.movements}
      // Inside the expanded row of the case tab (≈ 660 px at 1440): the note under the type, the time under the actor.
      scroll={{ x: 650 }}
      columns={[
        { title: '#', dataIndex: 'seq', width: 40 },
        { title: '类型 / 说明', key: 'kind', width: 120, render: (_, m) => <TwoLines first={MOVEMENT_LABELS[m.kind] ?? m.kind} second={m.note || '—'} /> },
        { title: '状态', key: 's', width: 116, render: (_, m) => (m.fromStatus && m.fromStatus !== m.toStatus ? `${PROPERTY_STATUS_LABELS[m.fromStatus]} → ${PROPERTY_STATUS_LABELS[m.toStatus]}` : PROPERTY_STATUS_LABELS[m.toStatus]) },
        { title: '地点 / 保管人', key: 'l', width: 130, render: (_, m) => <TwoLines first={m.location} second={m.holder} /> },
        { title: '款项', dataIndex: 'proceedsFen', width: 80, render: (f: number | null) => (f === null ? '' : yuan(f)) },
        { title: '经办', key: 'a', width: 164, render: (_, m) => <TwoLines first={m.actorName} second={formatDateTime(m.at)} /> },
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
      // Sum of the widths (expand column 48): the case tab at 1440 px (≈ 730 px) shows it whole, the actions kept in
      // view on the right when narrower; the register's case column adds 220.
      scroll={{ x: 48 + 170 + 150 + 130 + 90 + (actions ? 124 : 0) + (caseColumn ? 220 : 0) }}
      expandable={{ expandedRowRender: (item) => <Movements item={item} /> }}
      columns={[
        ...(caseColumn ? [{ title: '案件', key: 'case', width: 220, render: (_: unknown, r: PropertyDto) => caseColumn(r) }] : []),
        { title: '财物 / 数量', key: 'name', width: 170, render: (_: unknown, r: PropertyDto) => <TwoLines first={r.name} second={`${r.quantity}${r.unit}`} /> },
        { title: '存放地点 / 保管人', key: 'where', width: 150, render: (_: unknown, r: PropertyDto) => <TwoLines first={r.location} second={r.holder} /> },
        {
          title: '状态',
          key: 'st',
          width: 130,
          render: (_: unknown, r: PropertyDto) => (
            <Space size={4} wrap>
              <Tag color={PROPERTY_STATUS_COLORS[r.status]}>{r.statusLabel}</Tag>
              {r.status === 'held' && r.approvedDisposal ? <Tag color="gold">已批准{PROPERTY_STATUS_LABELS[r.approvedDisposal].replace(/^已/, '')}</Tag> : null}
            </Space>
          ),
        },
        { title: '处置款', dataIndex: 'proceedsFen', width: 90, render: (f: number | null) => yuan(f) },
        ...(actions ? [{ title: '操作', key: 'act', width: 124, fixed: 'right' as const, render: (_: unknown, r: PropertyDto) => actions(r) }] : []),
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
