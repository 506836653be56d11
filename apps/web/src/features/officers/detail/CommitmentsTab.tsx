import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { TIME_ZONE } from '../../../app/format.ts';
import { useAddCommitment } from '../api.ts';
import type { OfficerDetailDto } from '../types.ts';

type Commitment = OfficerDetailDto['commitments'][number];
interface Values {
  year: number;
  signedOn: Dayjs;
  content: string;
}

function AddCommitmentModal({ officerId, open, onClose }: { officerId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const add = useAddCommitment(officerId);
  const today = dayjs().tz(TIME_ZONE);
  return (
    <Modal open={open} title="登记廉政承诺" okText="保存" onOk={() => form.submit()} onCancel={onClose} confirmLoading={add.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ year: today.year(), signedOn: today }}
        onFinish={(v) =>
          add.mutate({ year: v.year, signedOn: v.signedOn.format('YYYY-MM-DD'), content: v.content.trim() }, { onSuccess: onClose })
        }
      >
        <Space size={16} wrap>
          <Form.Item name="year" label="承诺年度" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2000} max={2100} precision={0} suffix="年" style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="signedOn" label="签署日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="content" label="承诺内容" rules={[{ required: true, whitespace: true, message: '请填写承诺内容' }]}>
          <Input.TextArea rows={6} maxLength={4000} showCount />
        </Form.Item>
      </Form>
      {add.error ? <ErrorAlert error={add.error} /> : null}
    </Modal>
  );
}

/** 廉政承诺: the signed integrity commitments, one or more per year. */
export function CommitmentsTab({ officer }: { officer: OfficerDetailDto }) {
  const [adding, setAdding] = useState(false);
  const rows = [...officer.commitments].sort((a, b) => b.year - a.year || b.signedOn.localeCompare(a.signedOn));
  return (
    <>
      {officer.abilities.includes('addCommitment') ? (
        <div className="qz-toolbar">
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="commitment-add">
            登记廉政承诺
          </Button>
        </div>
      ) : null}
      <Table<Commitment>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '暂无廉政承诺' }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 90, render: (y: number) => `${y} 年` },
          { title: '签署日期', dataIndex: 'signedOn', width: 120 },
          { title: '承诺内容', dataIndex: 'content', render: (v: string) => <div style={{ whiteSpace: 'pre-wrap' }}>{v}</div> },
        ]}
      />
      <AddCommitmentModal officerId={officer.id} open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
