import { POWER_CATEGORY_LABELS } from '@quanze/domain';
import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import { CoverageTag } from '../components/CoverageBits.tsx';
import { ReasonList } from '../components/ReasonList.tsx';
import type { PowerCoverage } from '../types.ts';

const posts = (list: PowerCoverage['aPosts']) => list.map((p) => p.name).join('、') || '—';

function Officers({ p }: { p: PowerCoverage }) {
  const bad = p.officers.filter((o) => !o.eligible);
  return (
    <div>
      <span className={p.eligibleCount < p.required ? 'qz-danger-text' : undefined}>
        可执法 {p.eligibleCount} / 在岗 {p.officers.length}
      </span>
      <span className="qz-sub">（至少 {p.required}）</span>
      {bad.map((o) => (
        <div key={`${o.officerId}-${o.postId}`} className="qz-sub">
          <Link to={`/officers/${o.officerId}?tab=certificate`}>{o.name}</Link>：{o.reasons.map((r) => r.message).join('；')}
        </div>
      ))}
    </div>
  );
}

const columns = [
  { title: '状态', key: 'status', width: 100, render: (_: unknown, p: PowerCoverage) => <CoverageTag status={p.status} /> },
  {
    title: '事项',
    key: 'name',
    width: 250,
    render: (_: unknown, p: PowerCoverage) => (
      <div>
        <span className="qz-mono">{p.code}</span> <Tag>{POWER_CATEGORY_LABELS[p.category]}</Tag>
        <div>
          <Link to={`/powers/${p.powerId}?tab=breakdown`}>{p.name}</Link>
        </div>
      </div>
    ),
  },
  {
    title: '分解',
    key: 'breakdown',
    width: 170,
    render: (_: unknown, p: PowerCoverage) => (
      <div className="qz-sub-lines">
        <div>{p.departmentName ?? <span className="qz-danger-text">未分解到科室</span>}</div>
        <div>A岗：{posts(p.aPosts)}</div>
        <div>B岗：{posts(p.bPosts)}</div>
      </div>
    ),
  },
  { title: '岗位人员', key: 'officers', width: 200, render: (_: unknown, p: PowerCoverage) => <Officers p={p} /> },
  {
    title: '原因（依据）',
    key: 'reasons',
    render: (_: unknown, p: PowerCoverage) => <ReasonList reasons={p.reasons} powerId={p.powerId} />,
  },
];

interface Props {
  rows: PowerCoverage[];
  loading: boolean;
  pagination: false | { current: number; pageSize: number; total: number; onChange: (page: number, pageSize: number) => void };
}

/** One row per power: status, breakdown, officers with who cannot enforce and why, every reason with its fix. */
export function CoverageTable({ rows, loading, pagination }: Props) {
  return (
    <Table<PowerCoverage>
      rowKey="powerId"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 1100 }}
      data-testid="coverage-table"
      locale={{ emptyText: '没有符合条件的事项' }}
      onRow={(p) => ({ 'data-testid': 'coverage-row', 'data-status': p.status, 'data-code': p.code }) as React.HTMLAttributes<HTMLElement>}
      pagination={
        pagination && {
          ...pagination,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (t: number) => `共 ${t} 项`,
        }
      }
    />
  );
}
