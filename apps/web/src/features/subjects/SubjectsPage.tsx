import { PlusOutlined } from '@ant-design/icons';
import { SUBJECT_KIND_LABELS, SUBJECT_KINDS, SUBJECT_STATUS_LABELS, SUBJECT_STATUSES } from '@quanze/domain';
import { Badge, Button, Card, Input, Select, Space, Table, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../app/feedback.tsx';
import { useCan } from '../../app/me.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { useSubjects, type SubjectQuery } from './api.ts';
import { SubjectKindTag, SubjectStatusTag, TagList, termText } from './components/SubjectBits.tsx';
import { SubjectDrawer } from './components/SubjectDrawer.tsx';
import { SubjectFormModal } from './components/SubjectFormModal.tsx';
import type { SubjectDto, SubjectKind, SubjectStatus } from './types.ts';

const KIND_OPTIONS = SUBJECT_KINDS.map((k) => ({ value: k, label: SUBJECT_KIND_LABELS[k] }));
const STATUS_OPTIONS = SUBJECT_STATUSES.map((s) => ({ value: s, label: SUBJECT_STATUS_LABELS[s] }));

/** 执法主体: the bureau and the bodies it supervises; register, edit, and the leader's status decisions. */
export function SubjectsPage() {
  const can = useCan();
  const [query, setQuery] = useState<SubjectQuery>({});
  const [openId, setOpenId] = useState<string | null>(null);
  const [form, setForm] = useState<{ seq: number; subject?: SubjectDto } | null>(null);
  const { data, error, isFetching, refetch } = useSubjects(query);

  const columns: TableColumnsType<SubjectDto> = [
    {
      title: '名称',
      dataIndex: 'name',
      width: 240,
      render: (name: string, s) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setOpenId(s.id)} data-testid="subject-open">
          {name}
          {s.isBureauItself ? '（本局）' : ''}
        </Button>
      ),
    },
    { title: '统一社会信用代码', dataIndex: 'creditCode', width: 190, render: (v: string) => <span className="qz-mono">{v}</span> },
    { title: '类型', dataIndex: 'kind', width: 140, render: (k: SubjectKind) => <SubjectKindTag kind={k} /> },
    { title: '状态', dataIndex: 'status', width: 90, render: (st: SubjectStatus | null) => <SubjectStatusTag status={st} /> },
    { title: '执法领域', dataIndex: 'domains', width: 180, render: (d: string[]) => <TagList values={d} /> },
    {
      title: '委托机关 / 期限',
      key: 'entrustment',
      width: 220,
      render: (_: unknown, s) =>
        s.kind === 'entrusted' ? (
          <>
            <div>{s.entrustingSubjectName ?? '—'}</div>
            <div className="qz-sub">{termText(s.entrustmentStart, s.entrustmentEnd)}</div>
          </>
        ) : (
          <span className="qz-muted">—</span>
        ),
    },
    {
      title: '问题',
      key: 'problems',
      width: 80,
      render: (_: unknown, s) =>
        s.problems.length ? (
          <Tooltip title={s.problems.map((p) => p.message).join('；')}>
            <Badge count={s.problems.length} color="#cf1322" />
          </Tooltip>
        ) : (
          <span className="qz-muted">—</span>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_: unknown, s) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setOpenId(s.id)}>
            详情
          </Button>
          {s.abilities.includes('edit') ? (
            <Button type="link" size="small" onClick={() => setForm({ seq: Date.now(), subject: s })} data-testid="subject-edit">
              编辑
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="执法主体"
        subtitle="本局及所监督的行政执法主体、受委托组织。已确认的主体在门户网站公示。"
        extra={
          can('subject:manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ seq: Date.now() })} data-testid="subject-create">
              登记执法主体
            </Button>
          ) : null
        }
      />
      <Card>
        <div className="qz-toolbar">
          <Input.Search placeholder="名称或信用代码" allowClear enterButton="查询" onSearch={(q) => setQuery((p) => ({ ...p, q: q.trim() || undefined }))} style={{ width: 260 }} />
          <Select value={query.kind} onChange={(kind?: SubjectKind) => setQuery((p) => ({ ...p, kind }))} options={KIND_OPTIONS} placeholder="全部类型" allowClear style={{ width: 170 }} />
          <Select value={query.status} onChange={(status?: SubjectStatus) => setQuery((p) => ({ ...p, status }))} options={STATUS_OPTIONS} placeholder="全部状态" allowClear style={{ width: 130 }} />
        </div>
        {error && !data ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<SubjectDto>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={isFetching}
            scroll={{ x: 1260 }}
            pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 个`, hideOnSinglePage: true }}
            data-testid="subjects-table"
          />
        )}
      </Card>
      <SubjectDrawer subjectId={openId} onClose={() => setOpenId(null)} onEdit={(s) => setForm({ seq: Date.now(), subject: s })} />
      {form ? <SubjectFormModal key={form.seq} subject={form.subject} onClose={() => setForm(null)} /> : null}
    </>
  );
}
