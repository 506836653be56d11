import { EditOutlined } from '@ant-design/icons';
import { SUBJECT_ACTION_LABELS, SUBJECT_ACTIONS, SUBJECT_STATUS_LABELS, SUBJECT_TRANSITIONS } from '@quanze/domain';
import { Alert, Button, DatePicker, Descriptions, Divider, Drawer, Empty, Form, Space, Timeline } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ContentSpin, ErrorAlert } from '../../../app/feedback.tsx';
import { formatBasis, formatDateTime, TIME_ZONE } from '../../../app/format.ts';
import { ReasonModal } from '../../officers/components/ReasonModal.tsx';
import { useSubject, useSubjectTransition } from '../api.ts';
import type { SubjectAction, SubjectDto } from '../types.ts';
import { SubjectKindTag, SubjectStatusTag, TagList, termText } from './SubjectBits.tsx';

const DANGER: ReadonlySet<SubjectAction> = new Set(['suspend', 'revoke']);

function Body({ subject: s, onAction }: { subject: SubjectDto; onAction: (a: SubjectAction) => void }) {
  const actions = SUBJECT_ACTIONS.filter((a) => s.abilities.includes(a));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {s.problems.map((p) => (
        <Alert key={p.code} type="error" showIcon title={p.message} description={`依据：${formatBasis(p.basis)}`} data-testid="subject-problem" />
      ))}
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'code', label: '统一社会信用代码', children: <span className="qz-mono">{s.creditCode}</span> },
          { key: 'kind', label: '类型', children: <SubjectKindTag kind={s.kind} /> },
          { key: 'status', label: '状态', children: <SubjectStatusTag status={s.status} /> },
          { key: 'basis', label: '主体资格依据', children: <div style={{ whiteSpace: 'pre-wrap' }}>{s.legalBasis}</div> },
          { key: 'domains', label: '执法领域', children: <TagList values={s.domains} /> },
          ...(s.kind === 'entrusted'
            ? [
                { key: 'entrusting', label: '委托机关', children: s.entrustingSubjectName ?? '—' },
                { key: 'scope', label: '委托事项', children: <TagList values={s.entrustmentScope} /> },
                { key: 'term', label: '委托期限', children: termText(s.entrustmentStart, s.entrustmentEnd) },
              ]
            : []),
        ]}
      />
      {actions.length ? (
        <Space wrap>
          {actions.map((a) => (
            <Button key={a} danger={DANGER.has(a)} type={a === 'confirm' ? 'primary' : 'default'} onClick={() => onAction(a)} data-testid={`subject-action-${a}`}>
              {SUBJECT_ACTION_LABELS[a]}
            </Button>
          ))}
        </Space>
      ) : null}
      <Divider titlePlacement="start" plain>
        状态变更记录
      </Divider>
      {s.history.length ? (
        <Timeline
          items={[...s.history].reverse().map((h, i) => ({
            key: `${h.at}-${i}`,
            color: h.to === 'confirmed' ? 'green' : h.to === 'revoked' ? 'red' : 'orange',
            content: (
              <>
                <div className="qz-sub">决定日期 {h.decidedOn}</div>
                <div>
                  <strong>{SUBJECT_ACTION_LABELS[h.action]}</strong>
                  {'　'}
                  {h.from ? SUBJECT_STATUS_LABELS[h.from] : '未确认'} → {SUBJECT_STATUS_LABELS[h.to]}
                </div>
                {h.reason ? <div className="qz-sub">理由：{h.reason}</div> : null}
                <div className="qz-sub">
                  {h.actorName ?? ''} 记录于 {formatDateTime(h.at)}
                </div>
              </>
            ),
          }))}
        />
      ) : (
        <Empty description="暂无状态变更" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Space>
  );
}

/** The subject's detail drawer: problems (each with its article), status history and the status decisions. */
export function SubjectDrawer({ subjectId, onClose, onEdit }: { subjectId: string | null; onClose: () => void; onEdit: (s: SubjectDto) => void }) {
  const { data, error, isPending } = useSubject(subjectId);
  const transition = useSubjectTransition();
  const [action, setAction] = useState<SubjectAction | null>(null);

  return (
    <Drawer
      open={subjectId !== null}
      onClose={onClose}
      size={560}
      title={data ? data.name : '执法主体'}
      extra={
        data?.abilities.includes('edit') ? (
          <Button icon={<EditOutlined />} onClick={() => onEdit(data)}>
            编辑
          </Button>
        ) : null
      }
      destroyOnHidden
      data-testid="subject-drawer"
    >
      {subjectId !== null && isPending ? <ContentSpin /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {data ? <Body subject={data} onAction={setAction} /> : null}
      {data && action ? (
        <ReasonModal
          open
          title={`${SUBJECT_ACTION_LABELS[action]}：${data.name}`}
          description={`依据：${formatBasis(SUBJECT_TRANSITIONS[action].basis)}`}
          required={SUBJECT_TRANSITIONS[action].reasonRequired}
          label={SUBJECT_TRANSITIONS[action].reasonRequired ? '理由' : '备注'}
          okText={SUBJECT_ACTION_LABELS[action]}
          danger={DANGER.has(action)}
          testId="subject-action"
          onSubmit={(v) => {
            const decidedOn = v['decidedOn'] as Dayjs | undefined;
            return transition.mutateAsync({
              id: data.id,
              action,
              version: data.version,
              ...(v.reason ? { reason: v.reason } : {}),
              ...(decidedOn ? { decidedOn: decidedOn.format('YYYY-MM-DD') } : {}),
            });
          }}
          onClose={() => setAction(null)}
        >
          <Form.Item name="decidedOn" label="决定日期" initialValue={dayjs().tz(TIME_ZONE)} rules={[{ required: true, message: '请选择决定日期' }]}>
            <DatePicker />
          </Form.Item>
        </ReasonModal>
      ) : null}
    </Drawer>
  );
}
