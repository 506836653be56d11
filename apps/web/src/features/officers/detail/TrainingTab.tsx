import { PlusOutlined } from '@ant-design/icons';
import { AddTrainingRequest } from '@quanze/contracts';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors, zodRule } from '../../../app/form.ts';
import { TIME_ZONE } from '../../../app/format.ts';
import { useAddTraining } from '../api.ts';
import { TrainingHours } from '../components/CertificateBits.tsx';
import type { OfficerDetailDto } from '../types.ts';

type Training = OfficerDetailDto['trainings'][number];
interface Values {
  course: string;
  hours: number;
  date: Dayjs;
  examScore?: number | null;
  provider?: string;
}

function AddTrainingModal({ officerId, open, onClose }: { officerId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const add = useAddTraining(officerId);
  const [error, setError] = useState<unknown>(null);
  const onFinish = (v: Values) => {
    setError(null);
    add.mutate(
      {
        course: v.course.trim(),
        hours: v.hours,
        date: v.date.format('YYYY-MM-DD'),
        examScore: v.examScore ?? null,
        provider: v.provider?.trim() || null,
      },
      { onSuccess: onClose, onError: (e) => !applyFieldErrors(form, e) && setError(e) },
    );
  };
  return (
    <Modal open={open} title="登记培训" okText="保存" onOk={() => form.submit()} onCancel={onClose} confirmLoading={add.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ date: dayjs().tz(TIME_ZONE) }} preserve={false}>
        <Form.Item name="course" label="课程名称" rules={[zodRule(AddTrainingRequest.shape.course, { required: '请输入课程名称' })]}>
          <Input maxLength={100} data-testid="training-course" />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item name="hours" label="学时" rules={[zodRule(AddTrainingRequest.shape.hours, { required: '请输入学时' })]}>
            <InputNumber min={0.5} max={200} step={0.5} style={{ width: 120 }} data-testid="training-hours" />
          </Form.Item>
          <Form.Item name="date" label="培训日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="examScore" label="考试成绩">
            <InputNumber min={0} max={100} style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Form.Item name="provider" label="培训机构">
          <Input maxLength={100} />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}

/** 培训: this year's hours against the minimum, the records, and 登记培训. */
export function TrainingTab({ officer }: { officer: OfficerDetailDto }) {
  const [adding, setAdding] = useState(false);
  const rows = [...officer.trainings].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <>
      <div className="qz-toolbar" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <span>
          本年度培训学时：
          <TrainingHours hours={officer.trainingHoursThisYear} required={officer.requiredTrainingHours} />
          {officer.trainingHoursThisYear < officer.requiredTrainingHours ? <span className="qz-sub">（不足将影响年度审验）</span> : null}
        </span>
        {officer.abilities.includes('addTraining') ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="training-add">
            登记培训
          </Button>
        ) : null}
      </div>
      <Table<Training>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: '暂无培训记录' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '课程', dataIndex: 'course' },
          { title: '学时', dataIndex: 'hours', width: 80 },
          { title: '考试成绩', dataIndex: 'examScore', width: 90, render: (v: number | null) => v ?? '—' },
          { title: '培训机构', dataIndex: 'provider', width: 180, render: (v: string | null) => v ?? '—' },
        ]}
      />
      <AddTrainingModal officerId={officer.id} open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
