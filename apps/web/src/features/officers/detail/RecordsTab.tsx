import { PlusOutlined } from '@ant-design/icons';
import { DISCIPLINE_KIND_LABELS, DISCIPLINE_KINDS, type DisciplineKind } from '@quanze/domain';
import { AutoComplete, Button, DatePicker, Form, Input, Modal, Radio, Select, Space, Table, Tag, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors } from '../../../app/form.ts';
import { TIME_ZONE } from '../../../app/format.ts';
import { useAddRecord, useRescindRecord } from '../api.ts';
import { ReasonModal } from '../components/ReasonModal.tsx';
import type { OfficerDetailDto } from '../types.ts';

type OfficerRecord = OfficerDetailDto['records'][number];
interface Values {
  type: 'reward' | 'discipline';
  kind: string;
  title: string;
  decidedOn: Dayjs;
  endsOn?: Dayjs | null;
  issuedBy?: string;
}

const REWARD_KINDS = ['嘉奖', '记功', '记二等功', '记一等功', '授予称号', '通报表扬'].map((v) => ({ value: v }));
const DISCIPLINE_OPTIONS = DISCIPLINE_KINDS.map((k) => ({ value: k, label: DISCIPLINE_KIND_LABELS[k] }));
const kindLabel = (r: Pick<OfficerRecord, 'type' | 'kind'>) =>
  r.type === 'discipline' ? (DISCIPLINE_KIND_LABELS[r.kind as DisciplineKind] ?? r.kind) : r.kind;

function AddRecordModal({ officerId, open, onClose }: { officerId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const add = useAddRecord(officerId);
  const [error, setError] = useState<unknown>(null);
  const type = Form.useWatch('type', form);
  const onFinish = (v: Values) => {
    setError(null);
    add.mutate(
      {
        type: v.type,
        kind: v.kind.trim(),
        title: v.title.trim(),
        decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null,
        issuedBy: v.issuedBy?.trim() || null,
      },
      { onSuccess: onClose, onError: (e) => !applyFieldErrors(form, e) && setError(e) },
    );
  };
  return (
    <Modal open={open} title="登记奖惩" okText="保存" onOk={() => form.submit()} onCancel={onClose} confirmLoading={add.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{ type: 'reward', decidedOn: dayjs().tz(TIME_ZONE) }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('type' in changed) form.setFieldsValue({ kind: undefined as unknown as string, endsOn: null });
        }}
      >
        <Form.Item name="type" label="类型">
          <Radio.Group options={[{ value: 'reward', label: '奖励' }, { value: 'discipline', label: '处分' }]} optionType="button" />
        </Form.Item>
        <Form.Item name="kind" label={type === 'discipline' ? '处分种类' : '奖励种类'} rules={[{ required: true, whitespace: true, message: '请选择或填写种类' }]}>
          {type === 'discipline' ? <Select options={DISCIPLINE_OPTIONS} /> : <AutoComplete options={REWARD_KINDS} maxLength={32} />}
        </Form.Item>
        <Form.Item name="title" label="内容" rules={[{ required: true, whitespace: true, message: '请填写内容' }]}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item name="decidedOn" label="决定日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          {type === 'discipline' ? (
            <Form.Item name="endsOn" label="处分期满" extra="开除、追究刑事责任等无期满日的不填">
              <DatePicker />
            </Form.Item>
          ) : null}
        </Space>
        <Form.Item name="issuedBy" label="决定机关">
          <Input maxLength={100} />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}

/** 奖惩: rewards and disciplinary records; a record is never deleted, only rescinded with a reason. */
export function RecordsTab({ officer }: { officer: OfficerDetailDto }) {
  const [adding, setAdding] = useState(false);
  const [rescinding, setRescinding] = useState<OfficerRecord | null>(null);
  const rescind = useRescindRecord(officer.id);
  const manage = officer.abilities.includes('addRecord');
  const rows = [...officer.records].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn));

  return (
    <>
      {manage ? (
        <div className="qz-toolbar">
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="record-add">
            登记奖惩
          </Button>
        </div>
      ) : null}
      <Table<OfficerRecord>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '暂无奖惩记录' }}
        scroll={{ x: 860 }}
        columns={[
          { title: '类型', dataIndex: 'type', width: 70, render: (t: OfficerRecord['type']) => (t === 'reward' ? <Tag color="green">奖励</Tag> : <Tag color="red">处分</Tag>) },
          { title: '种类', key: 'kind', width: 120, render: (_: unknown, r) => kindLabel(r) },
          { title: '内容', dataIndex: 'title' },
          { title: '决定日期', dataIndex: 'decidedOn', width: 110 },
          { title: '期满', dataIndex: 'endsOn', width: 110, render: (v: string | null) => v ?? '—' },
          { title: '决定机关', dataIndex: 'issuedBy', width: 140, render: (v: string | null) => v ?? '—' },
          {
            title: '状态',
            key: 'state',
            width: 150,
            render: (_: unknown, r) =>
              r.rescinded ? (
                <Tooltip title={r.rescindReason ? `撤销理由：${r.rescindReason}` : undefined}>
                  <Tag>已撤销</Tag>
                </Tooltip>
              ) : manage ? (
                <Button size="small" type="link" danger onClick={() => setRescinding(r)} data-testid="record-rescind">
                  撤销
                </Button>
              ) : (
                <Tag color="blue">有效</Tag>
              ),
          },
        ]}
      />
      <AddRecordModal officerId={officer.id} open={adding} onClose={() => setAdding(false)} />
      <ReasonModal
        open={rescinding !== null}
        title={`撤销${rescinding?.type === 'discipline' ? '处分' : '奖励'}：${rescinding?.title ?? ''}`}
        description="撤销后该记录不再计入年度审验，原记录保留可查。"
        label="撤销理由"
        okText="撤销"
        danger
        onSubmit={({ reason }) => (rescinding ? rescind.mutateAsync({ recordId: rescinding.id, reason }) : Promise.resolve())}
        onClose={() => setRescinding(null)}
      />
    </>
  );
}
