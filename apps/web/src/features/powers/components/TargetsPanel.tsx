import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors } from '../../../app/form.ts';
import { TIME_ZONE } from '../../../app/format.ts';
import { useCurrentMe } from '../../../app/me.ts';
import { DepartmentSelect } from '../../departments/DepartmentSelect.tsx';
import { PostSelect } from '../../org/PostSelect.tsx';
import { useCreateTarget, useTargets, useUpdateTarget } from '../api.ts';
import type { PowerDetail, Target } from '../types.ts';

export const METRIC_LABELS: Record<string, string> = {
  inspections: '计划检查',
  cases: '办理案件',
  publicity: '普法宣传',
  trainings: '业务培训',
};
const METRIC_OPTIONS = Object.entries(METRIC_LABELS).map(([value, label]) => ({ value, label: `${label}（${value}）` }));

interface Values {
  year: number;
  departmentId: string | null;
  postId?: string | null;
  metric: string;
  planned: number;
  unit: string;
  note?: string;
}

function TargetModal({ detail, target, onClose }: { detail: PowerDetail; target: Target | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateTarget();
  const update = useUpdateTarget();
  const [error, setError] = useState<unknown>(null);
  const departmentId = Form.useWatch('departmentId', form) ?? null;
  const current = detail.assignments.find((a) => a.inForce);
  // A department head sets targets for their own department only (the server answers 403 otherwise).
  const me = useCurrentMe();
  const ownDepartmentOnly = me.scope !== 'bureau';

  const fail = (e: unknown) => {
    if (!applyFieldErrors(form, e)) setError(e);
  };
  const finish = (v: Values) => {
    setError(null);
    const note = v.note?.trim() || null;
    if (target) update.mutate({ id: target.id, planned: v.planned, note, version: target.version }, { onSuccess: onClose, onError: fail });
    else
      create.mutate(
        {
          powerId: detail.item.powerId,
          year: v.year,
          departmentId: v.departmentId ?? '',
          postId: v.postId ?? null,
          metric: v.metric.trim(),
          planned: v.planned,
          unit: v.unit.trim(),
          note,
        },
        { onSuccess: onClose, onError: fail },
      );
  };

  return (
    <Modal
      open
      title={target ? `修改年度目标：${target.year}年` : '设定年度执法目标'}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={{ 'data-testid': 'target-save' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={finish}
        preserve={false}
        initialValues={
          target
            ? { ...target, note: target.note ?? '' }
            : {
                year: dayjs().tz(TIME_ZONE).year(),
                departmentId: ownDepartmentOnly ? me.user.departmentId : (current?.departmentId ?? null),
                metric: 'inspections',
                unit: '次',
              }
        }
        onValuesChange={(changed: Partial<Values>) => {
          if ('departmentId' in changed) form.setFieldValue('postId', null);
        }}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
              <InputNumber min={2000} max={2100} precision={0} disabled={Boolean(target)} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="departmentId" label="科室" rules={[{ required: true, message: '请选择科室' }]}>
              {target ? (
                <Select disabled options={[{ value: target.departmentId, label: target.departmentName }]} />
              ) : (
                <DepartmentSelect disabled={ownDepartmentOnly} />
              )}
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="postId" label="岗位（可不填）">
              {target ? (
                <Select disabled options={[{ value: target.postId, label: target.postName ?? '—' }]} />
              ) : (
                <PostSelect departmentId={departmentId} />
              )}
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="metric" label="指标" rules={[{ required: true, whitespace: true, message: '请填写指标' }]}>
              <AutoComplete options={METRIC_OPTIONS} disabled={Boolean(target)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="planned" label="计划数" rules={[{ required: true, message: '请填写计划数' }]}>
              <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} data-testid="target-planned" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="unit" label="单位" rules={[{ required: true, whitespace: true, message: '请填写单位' }]}>
              <Input maxLength={16} disabled={Boolean(target)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}

/** 年度执法目标 of this power per department and post (e.g. inspections planned), kept for the evaluation later. */
export function TargetsPanel({ detail }: { detail: PowerDetail }) {
  const { data, error, isFetching } = useTargets({ powerId: detail.item.powerId });
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const can = detail.abilities.includes('setTargets');

  return (
    <>
      {can ? (
        <div className="qz-toolbar">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="target-add">
            设定年度目标
          </Button>
        </div>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <Table<Target>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data ?? []}
        pagination={false}
        data-testid="power-targets"
        locale={{ emptyText: '尚未设定年度执法目标' }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          { title: '科室', dataIndex: 'departmentName', width: 160 },
          { title: '岗位', dataIndex: 'postName', width: 140, render: (v: string | null) => v ?? '—' },
          { title: '指标', dataIndex: 'metric', width: 110, render: (m: string) => METRIC_LABELS[m] ?? m },
          { title: '计划', key: 'planned', width: 100, render: (_: unknown, t) => `${t.planned} ${t.unit}` },
          { title: '说明', dataIndex: 'note', render: (v: string | null) => v ?? '' },
          ...(can
            ? [
                {
                  title: '',
                  key: 'edit',
                  width: 70,
                  render: (_: unknown, t: Target) => (
                    <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(t)}>
                      修改
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? <TargetModal detail={detail} target={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
