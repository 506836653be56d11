import { useQueries, useQuery } from '@tanstack/react-query';
import { Alert, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { api } from '../../../app/api.ts';
import { BasisText } from './CoverageBits.tsx';
import { fetchEligibility } from '../../officers/api.ts';
import type { Eligibility, OfficerList, OfficerSummaryDto } from '../../officers/types.ts';
import type { PostDto } from '../../org/types.ts';

interface Props {
  departmentId: string | null;
  posts: PostDto[];
  /** The power's 执法类别 and 执法区域, checked against each certificate. */
  category: string;
  area: string;
  /** The day the arrangement takes effect (YYYY-MM-DD). */
  date: string;
  required: number;
}

interface Row {
  officer: OfficerSummaryDto;
  post: PostDto;
  eligibility: Eligibility | undefined;
}

/**
 * The officers on the posts being chosen, each with whether they may enforce this power's category and area on
 * the effective date (the officers module's eligibility rule) — so the editor sees the coverage before saving.
 */
export function OfficerPreview({ departmentId, posts, category, area, date, required }: Props) {
  const roster = useQuery({
    queryKey: ['officers', 'list', { departmentId, status: 'active', page: 1, pageSize: 200 }],
    queryFn: ({ signal }) =>
      api.get<OfficerList>('/api/officers', { query: { departmentId, status: 'active', page: 1, pageSize: 200 }, signal }),
    enabled: Boolean(departmentId) && posts.length > 0,
  });
  const postById = new Map(posts.map((p) => [p.id, p]));
  const onPosts = (roster.data?.items ?? []).filter((o) => o.postId && postById.has(o.postId));
  const checks = useQueries({
    queries: onPosts.map((o) => ({
      queryKey: ['officers', 'eligibility', o.id, category, area, date],
      queryFn: () => fetchEligibility(o.id, { category, area, date }),
      staleTime: 30_000,
    })),
  });
  if (posts.length === 0) return <Alert type="warning" showIcon title="尚未选择岗位：事项将没有主办岗（A岗）和备岗（B岗）。" />;

  const rows: Row[] = onPosts.map((o, i) => ({ officer: o, post: postById.get(o.postId ?? '')!, eligibility: checks[i]?.data }));
  const eligible = rows.filter((r) => r.eligibility?.allowed).length;
  const pending = checks.some((c) => c.isPending);
  const hasA = posts.some((p) => p.role === 'A');
  const hasB = posts.some((p) => p.role === 'B');

  return (
    <div data-testid="assign-preview">
      <Alert
        type={!pending && (eligible < required || !hasA) ? 'error' : !hasB ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 8 }}
        title={
          pending
            ? '正在核验岗位人员的执法资格…'
            : `${date} 岗位上可执法人员 ${eligible} 人（至少需要 ${required} 人）${hasA ? '' : '；未设A岗'}${hasB ? '' : '；未设B岗'}`
        }
        data-testid="assign-preview-summary"
      />
      <Table<Row>
        size="small"
        rowKey={(r) => r.officer.id}
        loading={roster.isFetching}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '所选岗位上没有在岗人员' }}
        columns={[
          {
            title: '姓名',
            key: 'name',
            width: 90,
            render: (_: unknown, r) => <Link to={`/officers/${r.officer.id}?tab=certificate`}>{r.officer.name}</Link>,
          },
          { title: '岗位', key: 'post', width: 150, render: (_: unknown, r) => `${r.post.name}（${r.post.role}岗）` },
          {
            title: '执法资格',
            key: 'eligible',
            render: (_: unknown, r) =>
              !r.eligibility ? (
                <Tag>核验中</Tag>
              ) : r.eligibility.allowed ? (
                <Tag color="success">可以执法</Tag>
              ) : (
                <div>
                  <Tag color="error">不得执法</Tag>
                  {r.eligibility.reasons.map((x) => (
                    <div key={x.code} className="qz-sub">
                      {x.message}
                      <BasisText basis={x.basis} />
                    </div>
                  ))}
                </div>
              ),
          },
        ]}
      />
    </div>
  );
}
