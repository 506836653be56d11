import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Switch, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { ContentSpin, ErrorAlert } from '../../../app/feedback.tsx';
import { ReasonModal } from '../../officers/components/ReasonModal.tsx';
import { useClosePost, usePosts } from '../api.ts';
import { POST_ROLE_LABELS, type PostDto } from '../types.ts';
import { PostFormModal } from './PostFormModal.tsx';

interface Group {
  departmentId: string;
  departmentName: string;
  posts: PostDto[];
}

function groupByDepartment(posts: readonly PostDto[]): Group[] {
  const groups = new Map<string, Group>();
  for (const p of posts) {
    const g = groups.get(p.departmentId) ?? { departmentId: p.departmentId, departmentName: p.departmentName, posts: [] };
    g.posts.push(p);
    groups.set(p.departmentId, g);
  }
  for (const g of groups.values()) g.posts.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.role.localeCompare(b.role));
  return [...groups.values()].sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN'));
}

/** 岗位: posts grouped by department, with A/B mark, duties and how many officers hold each; add, close with reason. */
export function PostsPanel() {
  const { data, error, isPending, refetch } = usePosts();
  const close = useClosePost();
  const [showClosed, setShowClosed] = useState(false);
  const [adding, setAdding] = useState<{ departmentId: string | null } | null>(null);
  const [closing, setClosing] = useState<PostDto | null>(null);
  const groups = useMemo(() => groupByDepartment((data ?? []).filter((p) => showClosed || p.status === 'active')), [data, showClosed]);

  if (isPending) return <ContentSpin />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <>
      <div className="qz-toolbar" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Space>
          <Switch checked={showClosed} onChange={setShowClosed} size="small" />
          <span>显示已撤销岗位</span>
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding({ departmentId: null })} data-testid="post-create">
          新增岗位
        </Button>
      </div>
      {groups.length === 0 ? <Empty description="尚未设置岗位" /> : null}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {groups.map((g) => (
          <Card
            key={g.departmentId}
            size="small"
            title={g.departmentName}
            extra={
              <Button size="small" type="link" icon={<PlusOutlined />} onClick={() => setAdding({ departmentId: g.departmentId })}>
                新增岗位
              </Button>
            }
          >
            <Table<PostDto>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={g.posts}
              scroll={{ x: 720 }}
              columns={[
                { title: '岗位', dataIndex: 'name', width: 180 },
                { title: 'A/B', dataIndex: 'role', width: 80, render: (r: PostDto['role']) => <Tag color={r === 'A' ? 'blue' : 'gold'}>{POST_ROLE_LABELS[r]}</Tag> },
                { title: '职责', dataIndex: 'duties', render: (d: string | null) => (d ? <div style={{ whiteSpace: 'pre-wrap' }}>{d}</div> : <span className="qz-muted">—</span>) },
                { title: '在岗人数', dataIndex: 'officerCount', width: 90 },
                {
                  title: '操作',
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, p) =>
                    p.status === 'closed' ? (
                      <Tag>已撤销</Tag>
                    ) : (
                      <Button size="small" type="link" danger onClick={() => setClosing(p)} data-testid="post-close">
                        撤销
                      </Button>
                    ),
                },
              ]}
            />
          </Card>
        ))}
      </Space>
      {adding ? <PostFormModal departmentId={adding.departmentId} onClose={() => setAdding(null)} /> : null}
      <ReasonModal
        open={closing !== null}
        title={`撤销岗位：${closing?.departmentName ?? ''} ${closing?.name ?? ''}`}
        description={closing?.officerCount ? `该岗位现有 ${closing.officerCount} 名执法人员，撤销前请先调整其岗位。` : '撤销后该岗位不能再分配人员，记录保留。'}
        label="撤销原因"
        okText="撤销岗位"
        danger
        testId="post-close"
        onSubmit={({ reason }) => (closing ? close.mutateAsync({ id: closing.id, reason, version: closing.version }) : Promise.resolve())}
        onClose={() => setClosing(null)}
      />
    </>
  );
}
