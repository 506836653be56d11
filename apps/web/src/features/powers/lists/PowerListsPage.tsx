import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Modal, Space, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { useCan } from '../../../app/me.ts';
import { PageHeader } from '../../../app/PageHeader.tsx';
import { useCreateDraft, usePowerLists } from '../api.ts';
import type { PowerListVersion } from '../types.ts';
import { ListStatusTag } from './ListStatus.tsx';

const columns = [
  { title: '版本', dataIndex: 'versionNo', width: 80, render: (n: number) => `第 ${n} 版` },
  {
    title: '标题',
    key: 'title',
    render: (_: unknown, l: PowerListVersion) => (
      <Link to={`/powers/lists/${l.id}`} data-testid="list-link">
        {l.title}
      </Link>
    ),
  },
  { title: '状态', dataIndex: 'status', width: 120, render: (s: PowerListVersion['status']) => <ListStatusTag status={s} /> },
  { title: '起草人', dataIndex: 'draftedByName', width: 100, render: (v: string | null) => v ?? '—' },
  {
    title: '审批',
    key: 'approved',
    width: 170,
    render: (_: unknown, l: PowerListVersion) => (l.approvedByName ? `${l.approvedByName} ${l.approvedOn ?? ''}` : '—'),
  },
  { title: '公布日期', dataIndex: 'publishedOn', width: 110, render: (v: string | null) => v ?? '—' },
  { title: '事项', dataIndex: 'itemCount', width: 70, align: 'right' as const },
  {
    title: '变更',
    key: 'changes',
    width: 220,
    render: (_: unknown, l: PowerListVersion) => `新增 ${l.changes.added} · 修改 ${l.changes.modified} · 删除 ${l.changes.removed}`,
  },
];

function CreateDraftModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ title?: string; note?: string }>();
  const create = useCreateDraft();
  const navigate = useNavigate();
  return (
    <Modal
      open={open}
      title="新建清单修订草稿"
      okText="新建草稿"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'list-create-submit' }}
      destroyOnHidden
      afterClose={() => create.reset()}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="草稿复制现行清单的全部事项；修改、导入后报局领导审批，审批后公布替代现行版本。同一时间只能有一个草稿。"
      />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) =>
          create.mutate(
            { title: v.title?.trim() || undefined, note: v.note?.trim() || null },
            {
              onSuccess: (d) => {
                onClose();
                void navigate(`/powers/lists/${d.id}`);
              },
            },
          )
        }
      >
        <Form.Item name="title" label="标题" extra="不填则按版本号生成">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label="修订说明">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      {create.error ? <ErrorAlert error={create.error} /> : null}
    </Modal>
  );
}

/** 权责清单版本: every version kept (drafted → approved → published, superseded), and a new revision draft. */
export function PowerListsPage() {
  const can = useCan();
  const { data, error, isFetching, refetch } = usePowerLists();
  const [creating, setCreating] = useState(false);
  const hasDraft = (data ?? []).some((l) => l.status === 'draft' || l.status === 'approved');

  return (
    <>
      <PageHeader
        title="清单版本与审批"
        subtitle="权责清单的调整须起草、经局领导审批后公布；每个版本均留存备查。"
        extra={
          <Space wrap>
            <Link to="/powers">
              <Button icon={<ArrowLeftOutlined />}>返回权责清单</Button>
            </Link>
            {can('power:manage') ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={hasDraft}
                onClick={() => setCreating(true)}
                data-testid="list-create"
              >
                新建修订草稿
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card>
        {error && !data ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        <Table<PowerListVersion>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data ?? []}
          loading={isFetching}
          pagination={false}
          scroll={{ x: 1000 }}
          data-testid="power-lists"
        />
      </Card>
      <CreateDraftModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
