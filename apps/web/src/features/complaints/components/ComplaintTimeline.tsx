import { COMPLAINT_STATE_LABELS, type ComplaintState } from '@quanze/domain';
import { Card, Empty, Timeline, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../../app/format.ts';
import type { ComplaintStepDto } from '../api.ts';

const stateLabel = (s: string) => COMPLAINT_STATE_LABELS[s as ComplaintState] ?? s;

/** 办理过程: each step — when, who, what it changed, the article, and any lateness the law records. */
export function ComplaintTimeline({ steps }: { steps: ComplaintStepDto[] }) {
  return (
    <Card title="办理过程" size="small" data-testid="complaint-steps">
      {steps.length === 0 ? (
        <Empty description="尚无办理记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={steps.map((s) => ({
            key: s.id,
            content: (
              <div data-testid="complaint-step">
                <div>
                  <Typography.Text strong>{s.label}</Typography.Text>
                  <span className="qz-muted">
                    {' '}
                    {formatDateTime(s.at)} · {s.actorName}
                    {s.fromState !== s.toState ? ` · ${stateLabel(s.fromState)} → ${stateLabel(s.toState)}` : ''}
                  </span>
                </div>
                {s.on && s.on !== formatDate(s.at) ? <div className="qz-muted">办理日期：{s.on}</div> : null}
                {s.basis ? <div className="qz-muted">依据：{s.basis}</div> : null}
                {s.warnings.map((w) => (
                  <div key={w.code} style={{ color: '#d46b08' }}>
                    {w.reason}
                  </div>
                ))}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
