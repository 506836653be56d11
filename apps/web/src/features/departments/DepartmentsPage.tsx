import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../app/feedback.tsx';
import { useCan } from '../../app/me.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { buildDepartmentTree, useDepartments, type DepartmentNode } from './api.ts';
import { CreateDepartmentModal } from './CreateDepartmentModal.tsx';

const columns: TableColumnsType<DepartmentNode> = [
  { title: '科室名称', dataIndex: 'name', width: 260 },
  { title: '编码', dataIndex: 'code', width: 120, render: (v: string | null) => <span className="qz-mono">{v ?? '—'}</span> },
  {
    title: '主要职责',
    dataIndex: 'duties',
    render: (v: string | null) =>
      v ? (
        <Typography.Paragraph ellipsis={{ rows: 2, expandable: 'collapsible' }} style={{ margin: 0 }}>
          {v}
        </Typography.Paragraph>
      ) : (
        '—'
      ),
  },
  {
    title: '状态',
    dataIndex: 'status',
    width: 90,
    render: (v: DepartmentNode['status']) => (v === 'active' ? <Tag color="success">正常</Tag> : <Tag>已撤销</Tag>),
  },
];

export function DepartmentsPage() {
  const can = useCan();
  const { data, error, isFetching, refetch } = useDepartments();
  const [creating, setCreating] = useState(false);
  const tree = useMemo(() => buildDepartmentTree(data ?? []), [data]);

  return (
    <>
      <PageHeader
        title="科室管理"
        subtitle="本局内设机构（科室）及其职责"
        extra={
          can('department:manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="departments-create">
              新建科室
            </Button>
          ) : null
        }
      />
      <Card>
        {error && !data ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<DepartmentNode>
            key={data ? 'loaded' : 'loading'}
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={tree}
            loading={isFetching}
            pagination={false}
            expandable={{ defaultExpandAllRows: true }}
            data-testid="departments-table"
            locale={{ emptyText: '暂无科室，请点击“新建科室”添加' }}
          />
        )}
      </Card>
      <CreateDepartmentModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
