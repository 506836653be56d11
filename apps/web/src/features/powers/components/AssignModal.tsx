import { Alert, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors } from '../../../app/form.ts';
import { TIME_ZONE } from '../../../app/format.ts';
import { DepartmentSelect } from '../../departments/DepartmentSelect.tsx';
import { useDepartmentPosts, useLeadershipGroup } from '../../org/api.ts';
import { useAssignPower } from '../api.ts';
import type { PowerDetail } from '../types.ts';
import { OfficerPreview } from './OfficerPreview.tsx';

interface Values {
  departmentId: string | null;
  postIds: string[];
  leaderInChargeId?: string | null;
  effectiveFrom: Dayjs;
  reason?: string;
}

interface Props {
  detail: PowerDetail;
  open: boolean;
  onClose: () => void;
}

/**
 * 职权分解 editor: department, A and B posts, the leader in charge, from a date (never backdated). The one in
 * force ends the day before and stays in the history. The officers on the chosen posts show with their eligibility.
 */
export function AssignModal({ detail, open, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const assign = useAssignPower(detail.item.powerId);
  const [error, setError] = useState<unknown>(null);
  const current = detail.assignments.find((a) => a.inForce) ?? null;
  const departmentId = Form.useWatch('departmentId', form) ?? null;
  const postIds = Form.useWatch('postIds', form) ?? [];
  const effectiveFrom = Form.useWatch('effectiveFrom', form);
  const posts = useDepartmentPosts(departmentId);
  const leaders = useLeadershipGroup();
  const today = dayjs().tz(TIME_ZONE).startOf('day');

  const postOptions = (posts.data ?? [])
    .filter((p) => p.status === 'active')
    .map((p) => ({ value: p.id, label: `${p.name}（${p.role}岗${p.role === 'A' ? '·主办' : '·备岗'}）` }));
  const chosen = (posts.data ?? []).filter((p) => postIds.includes(p.id));
  const leaderOptions = (leaders.data ?? [])
    .filter((m) => m.to === null)
    .map((m) => ({ value: m.id, label: `${m.name}${m.title ? `（${m.title}）` : ''}` }));

  const finish = (v: Values) => {
    setError(null);
    assign.mutate(
      {
        departmentId: v.departmentId ?? null,
        postIds: v.postIds ?? [],
        leaderInChargeId: v.leaderInChargeId ?? null,
        effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
        reason: v.reason?.trim() || undefined,
        currentAssignmentId: current?.id ?? null,
      },
      {
        onSuccess: onClose,
        onError: (e) => {
          if (!applyFieldErrors(form, e)) setError(e);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={`职权分解：${detail.item.code} ${detail.item.name}`}
      okText="保存分解"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={assign.isPending}
      okButtonProps={{ 'data-testid': 'assign-submit' }}
      width={820}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={finish}
        preserve={false}
        initialValues={{
          departmentId: current?.departmentId ?? null,
          postIds: current?.posts.filter((p) => p.status === 'active').map((p) => p.id) ?? [],
          leaderInChargeId: current?.leaderInChargeId ?? null,
          effectiveFrom: today,
        }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('departmentId' in changed) form.setFieldValue('postIds', []);
        }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="departmentId" label="承办科室" rules={[{ required: true, message: '请选择承办科室' }]}>
              <DepartmentSelect data-testid="assign-department" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="leaderInChargeId" label="分管领导" extra="领导小组的在任成员">
              <Select
                allowClear
                options={leaderOptions}
                loading={leaders.isLoading}
                placeholder="选择分管领导"
                data-testid="assign-leader"
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="postIds" label="岗位（A岗主办、B岗备岗）" extra="至少设一个A岗；B岗互为备份">
              <Select
                mode="multiple"
                options={postOptions}
                loading={posts.isLoading}
                disabled={!departmentId}
                placeholder={departmentId ? '选择岗位' : '请先选择科室'}
                notFoundContent="该科室暂无岗位，请先在“岗位与领导小组”中设置"
                data-testid="assign-posts"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item
              name="effectiveFrom"
              label="生效日期"
              rules={[{ required: true, message: '请选择生效日期' }]}
              extra="不能早于今天；原分解于前一日终止"
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(today, 'day')} data-testid="assign-effective" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="reason" label="调整原因">
              <Input maxLength={500} placeholder="如：岗位调整、人员变动" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {departmentId ? (
        <OfficerPreview
          departmentId={departmentId}
          posts={chosen}
          category={detail.item.enforcementField}
          area={detail.item.area}
          date={(effectiveFrom ?? today).format('YYYY-MM-DD')}
          required={detail.coverage?.required ?? 2}
        />
      ) : null}
      {error ? (
        <div style={{ marginTop: 12 }} data-testid="assign-error">
          <ErrorAlert error={error} />
          {isApiError(error, 'VERSION_CONFLICT') ? (
            <Alert type="info" style={{ marginTop: 8 }} title="请关闭后刷新页面，在最新的分解基础上修改。" />
          ) : null}
        </div>
      ) : null}
    </Modal>
  );
}
