import { PlusOutlined } from '@ant-design/icons';
import { AddLeadershipMemberRequest } from '@quanze/contracts';
import { Button, DatePicker, Form, Input, Modal, Select, Space, Switch, Table, Tag, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ContentSpin, ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors, zodRule } from '../../../app/form.ts';
import { TIME_ZONE } from '../../../app/format.ts';
import { ReasonModal } from '../../officers/components/ReasonModal.tsx';
import { useAddLeadershipMember, useEndLeadershipMember, useLeadershipGroup } from '../api.ts';
import { POSITION_LABELS, type LeadershipMemberDto, type LeadershipPosition } from '../types.ts';

const ORDER: Record<LeadershipPosition, number> = { leader: 0, deputy: 1, member: 2 };
const COLORS: Record<LeadershipPosition, string> = { leader: 'red', deputy: 'orange', member: 'blue' };
const POSITION_OPTIONS = (Object.keys(POSITION_LABELS) as LeadershipPosition[]).map((p) => ({ value: p, label: POSITION_LABELS[p] }));

interface Values {
  name: string;
  title?: string;
  position: LeadershipPosition;
  duties?: string;
  from: Dayjs;
}

function AddMemberModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const add = useAddLeadershipMember();
  const [error, setError] = useState<unknown>(null);
  const onFinish = (v: Values) => {
    setError(null);
    const title = v.title?.trim();
    const duties = v.duties?.trim();
    add.mutate(
      { name: v.name.trim(), position: v.position, from: v.from.format('YYYY-MM-DD'), ...(title ? { title } : {}), ...(duties ? { duties } : {}) },
      { onSuccess: onClose, onError: (e) => !applyFieldErrors(form, e) && setError(e) },
    );
  };
  return (
    <Modal open title="增加领导小组成员" okText="保存" onOk={() => form.submit()} onCancel={onClose} confirmLoading={add.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'leader-form-submit' }}>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ position: 'member', from: dayjs().tz(TIME_ZONE) }}>
        <Space size={16} wrap>
          <Form.Item name="name" label="姓名" rules={[zodRule(AddLeadershipMemberRequest.shape.name, { required: '请输入姓名' })]}>
            <Input maxLength={32} data-testid="leader-form-name" />
          </Form.Item>
          <Form.Item name="title" label="行政职务">
            <Input maxLength={64} placeholder="如：局长、副局长" />
          </Form.Item>
        </Space>
        <Space size={16} wrap>
          <Form.Item name="position" label="小组职务" extra="组长由局主要负责人担任">
            <Select options={POSITION_OPTIONS} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="from" label="任职起始" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="duties" label="分工">
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}

/** 行政执法责任制领导小组: 组长 / 副组长 / 成员 with dates; a member's term is ended with a reason, never deleted. */
export function LeadershipPanel() {
  const { data, error, isPending, refetch } = useLeadershipGroup();
  const end = useEndLeadershipMember();
  const [showPast, setShowPast] = useState(false);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<LeadershipMemberDto | null>(null);

  if (isPending) return <ContentSpin />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  const rows = data
    .filter((m) => showPast || m.to === null)
    .sort((a, b) => Number(a.to !== null) - Number(b.to !== null) || ORDER[a.position] - ORDER[b.position] || a.from.localeCompare(b.from));

  return (
    <>
      <div className="qz-toolbar" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Space>
          <Switch checked={showPast} onChange={setShowPast} size="small" />
          <span>显示已离任成员</span>
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="leader-add">
          增加成员
        </Button>
      </div>
      <Table<LeadershipMemberDto>
        rowKey="id"
        size="middle"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 820 }}
        locale={{ emptyText: '尚未设置领导小组' }}
        data-testid="leadership-table"
        columns={[
          { title: '小组职务', dataIndex: 'position', width: 100, render: (p: LeadershipPosition) => <Tag color={COLORS[p]}>{POSITION_LABELS[p]}</Tag> },
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '行政职务', dataIndex: 'title', width: 130, render: (v: string | null) => v ?? '—' },
          { title: '分工', dataIndex: 'duties', render: (v: string | null) => v ?? <span className="qz-muted">—</span> },
          { title: '任职期间', key: 'term', width: 200, render: (_: unknown, m) => `${m.from} 至 ${m.to ?? '今'}` },
          {
            title: '操作',
            key: 'actions',
            width: 100,
            render: (_: unknown, m) =>
              m.to === null ? (
                <Button size="small" type="link" danger onClick={() => setEnding(m)} data-testid="leader-end">
                  结束任职
                </Button>
              ) : (
                <Tooltip title={m.endReason ? `原因：${m.endReason}` : undefined}>
                  <Tag>已离任</Tag>
                </Tooltip>
              ),
          },
        ]}
      />
      {adding ? <AddMemberModal onClose={() => setAdding(false)} /> : null}
      <ReasonModal
        open={ending !== null}
        title={`结束任职：${ending ? `${POSITION_LABELS[ending.position]} ${ending.name}` : ''}`}
        label="原因"
        okText="结束任职"
        danger
        testId="leader-end"
        onSubmit={(v) =>
          ending ? end.mutateAsync({ id: ending.id, reason: v.reason, to: (v['to'] as Dayjs).format('YYYY-MM-DD') }) : Promise.resolve()
        }
        onClose={() => setEnding(null)}
      >
        <Form.Item name="to" label="任职截止" initialValue={dayjs().tz(TIME_ZONE)} rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker />
        </Form.Item>
      </ReasonModal>
    </>
  );
}
