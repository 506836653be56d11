import { POWER_CATEGORY_LABELS } from '@quanze/domain';
import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { PowerCategory, PowerCoverage, PowerItem } from '../types.ts';
import { PAGE_SIZES } from '../useCoverageParams.ts';
import { CoverageTag } from './CoverageBits.tsx';

/** A row of the power list: the item as the list states it, and its breakdown and coverage when the actor sees them. */
export interface PowerRow {
  powerId: string;
  code: string;
  name: string;
  category: PowerCategory;
  departmentName: string | null;
  coverage: PowerCoverage | null;
}

export const rowOfItem = (i: PowerItem, c: PowerCoverage | undefined): PowerRow => ({
  powerId: i.powerId,
  code: i.code,
  name: i.name,
  category: i.category,
  departmentName: c?.departmentName ?? (i.departmentName || null),
  coverage: c ?? null,
});
export const rowOfCoverage = (c: PowerCoverage): PowerRow => ({
  powerId: c.powerId,
  code: c.code,
  name: c.name,
  category: c.category,
  departmentName: c.departmentName,
  coverage: c,
});

const posts = (list: PowerCoverage['aPosts'] | undefined) =>
  list?.length ? list.map((p) => p.name).join('、') : <span className="qz-muted">—</span>;

const columns = [
  { title: '编码', dataIndex: 'code', width: 110, render: (c: string) => <span className="qz-mono">{c}</span> },
  {
    title: '事项名称',
    key: 'name',
    render: (_: unknown, p: PowerRow) => (
      <Link to={`/powers/${p.powerId}`} data-testid="power-link">
        {p.name}
      </Link>
    ),
  },
  { title: '类别', dataIndex: 'category', width: 100, render: (c: PowerCategory) => <Tag>{POWER_CATEGORY_LABELS[c]}</Tag> },
  {
    title: '承办科室',
    dataIndex: 'departmentName',
    width: 150,
    render: (d: string | null) => d ?? <span className="qz-muted">未分解</span>,
  },
  { title: 'A岗', key: 'a', width: 140, render: (_: unknown, p: PowerRow) => posts(p.coverage?.aPosts) },
  { title: 'B岗', key: 'b', width: 140, render: (_: unknown, p: PowerRow) => posts(p.coverage?.bPosts) },
  {
    title: '可执法人员',
    key: 'eligible',
    width: 100,
    render: (_: unknown, { coverage: c }: PowerRow) =>
      c ? (
        <span className={c.eligibleCount < c.required ? 'qz-danger-text' : undefined}>
          {c.eligibleCount} / {c.officers.length}
        </span>
      ) : (
        <span className="qz-muted">—</span>
      ),
  },
  {
    title: '覆盖状态',
    key: 'status',
    width: 110,
    render: (_: unknown, p: PowerRow) => <CoverageTag status={p.coverage?.status} />,
  },
];

interface Props {
  rows: PowerRow[];
  loading: boolean;
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number, pageSize: number) => void;
}

export function PowerTable({ rows, loading, page, pageSize, total, onPage }: Props) {
  return (
    <Table<PowerRow>
      rowKey="powerId"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 1100 }}
      data-testid="powers-table"
      locale={{ emptyText: '没有符合条件的执法事项' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES,
        showTotal: (t) => `共 ${t} 项`,
        onChange: onPage,
      }}
    />
  );
}
