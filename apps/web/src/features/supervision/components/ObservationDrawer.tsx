import { App, Button, Descriptions, Drawer, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ContentSpin, ErrorAlert, useNotifyError } from '../../../app/feedback.tsx';
import { applyFieldErrors } from '../../../app/form.ts';
import { formatDateTime } from '../../../app/format.ts';
import { DepartmentSelect } from '../../departments/DepartmentSelect.tsx';
import { useObservation, useObservationAction, type ObservationDto } from '../api.ts';
import { OBSERVATION_STATE_COLORS } from './ObservationQueue.tsx';

type Mode = 'assign' | 'answer' | 'close' | null;
interface ActionValues {
  departmentId?: string;
  answer?: string;
  reason?: string;
}

/** One observation: what the supervisor wrote, its routing and answer, and the form for the chosen action. */
export function ObservationDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { data, error, isPending } = useObservation(id);
  const [mode, setMode] = useState<Mode>(null);
  const close = () => {
    setMode(null);
    onClose();
  };
  return (
    <Drawer open={id !== null} onClose={close} width={640} title="监督意见" destroyOnHidden>
      {error ? <ErrorAlert error={error} /> : isPending || !data ? <ContentSpin /> : <Body o={data} mode={mode} setMode={setMode} />}
    </Drawer>
  );
}

function Body({ o, mode, setMode }: { o: ObservationDto; mode: Mode; setMode: (m: Mode) => void }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'state', label: '状态', children: <Tag color={OBSERVATION_STATE_COLORS[o.state]}>{o.stateLabel}</Tag> },
          { key: 'who', label: '监督员', children: o.supervisorName },
          { key: 'at', label: '提交时间', children: formatDateTime(o.submittedAt) },
          { key: 'cat', label: '类别', children: o.categoryLabel },
          { key: 'unit', label: '反映单位', children: o.aboutUnit },
          { key: 'case', label: '案件编号', children: o.caseNumber ?? '—' },
          { key: 'officer', label: '执法人员', children: o.officerName ?? '—' },
          { key: 'on', label: '发生日期', children: o.occurredOn ?? '—' },
          { key: 'content', label: '监督意见', children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{o.content}</Typography.Paragraph> },
          { key: 'dept', label: '承办科室', children: o.departmentName ?? '未交办' },
          ...(o.answer
            ? [{ key: 'answer', label: `答复（${formatDateTime(o.answeredAt)}）`, children: <span style={{ whiteSpace: 'pre-wrap' }}>{o.answer}</span> }]
            : []),
          ...(o.closeReason ? [{ key: 'closeReason', label: '办结说明', children: o.closeReason }] : []),
        ]}
      />
      {mode === null ? (
        <Space>
          {o.abilities.includes('assign') ? (
            <Button type={o.state === 'submitted' ? 'primary' : 'default'} onClick={() => setMode('assign')} data-testid="observation-assign">
              {o.departmentId ? '改交其他科室' : '交办科室'}
            </Button>
          ) : null}
          {o.abilities.includes('answer') ? (
            <Button type="primary" onClick={() => setMode('answer')} data-testid="observation-answer">
              答复
            </Button>
          ) : null}
          {o.abilities.includes('close') ? (
            <Button onClick={() => setMode('close')} data-testid="observation-close">
              办结
            </Button>
          ) : null}
        </Space>
      ) : (
        <ActionForm o={o} mode={mode} onDone={() => setMode(null)} />
      )}
    </Space>
  );
}

function ActionForm({ o, mode, onDone }: { o: ObservationDto; mode: Exclude<Mode, null>; onDone: () => void }) {
  const [form] = Form.useForm<ActionValues>();
  const act = useObservationAction();
  const notifyError = useNotifyError();
  const { message } = App.useApp();
  const submit = async (v: ActionValues) => {
    const base = { id: o.id, version: o.version };
    try {
      if (mode === 'assign') await act.mutateAsync({ action: 'assign', ...base, departmentId: v.departmentId ?? '' });
      else if (mode === 'answer') await act.mutateAsync({ action: 'answer', ...base, answer: v.answer ?? '' });
      else await act.mutateAsync({ action: 'close', ...base, reason: v.reason?.trim() || null });
      void message.success(mode === 'assign' ? '已交办' : mode === 'answer' ? '已答复，监督员可在门户查看' : '已办结');
      onDone();
    } catch (e) {
      if (!applyFieldErrors(form, e)) notifyError(e);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
      {mode === 'assign' ? (
        <Form.Item name="departmentId" label="承办科室" rules={[{ required: true, message: '请选择承办科室' }]}>
          <DepartmentSelect placeholder="选择本局科室" data-testid="observation-department" />
        </Form.Item>
      ) : null}
      {mode === 'answer' ? (
        <Form.Item name="answer" label="答复内容（监督员将在门户看到）" rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]}>
          <Input.TextArea rows={5} maxLength={4000} showCount data-testid="observation-answer-text" />
        </Form.Item>
      ) : null}
      {mode === 'close' ? (
        <Form.Item
          name="reason"
          label={o.state === 'answered' ? '办结说明（可不填）' : '办结说明（未答复即办结的须填写，监督员将看到）'}
          rules={o.state === 'answered' ? [] : [{ required: true, whitespace: true, message: '请填写办结说明' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="observation-close-reason" />
        </Form.Item>
      ) : null}
      <Space>
        <Button type="primary" htmlType="submit" loading={act.isPending} data-testid="observation-submit">
          确定
        </Button>
        <Button onClick={onDone}>取消</Button>
      </Space>
    </Form>
  );
}
