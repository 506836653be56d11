import { CASE_STATE_LABELS, citationTextForDisplay, type CaseState } from '@quanze/domain';
import { Card, Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../app/format.ts';
import { describeStep } from '../audit/step-summary.ts';
import type { CaseStep } from '../types.ts';

const stateLabel = (s: string) => CASE_STATE_LABELS[s as CaseState] ?? s;

/** 办案环节: each step — time, who, what, a readable summary of what was recorded (step-summary.ts), the article. */
export function StepsTimeline({ steps }: { steps: CaseStep[] }) {
  return (
    <Card title="办案环节" size="small" data-testid="case-steps">
      {steps.length === 0 ? (
        <Empty description="尚无办案环节" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={steps.map((s) => {
            const summary = describeStep(s.action, s.payload);
            return {
              key: s.id,
              content: (
                <div data-testid="case-step">
                  <div>
                    <Typography.Text strong>{s.label}</Typography.Text>
                    <span className="qz-muted">
                      {' '}
                      {formatDateTime(s.at)} · {s.actorName} · {stateLabel(s.fromState)} → {stateLabel(s.toState)}
                    </span>
                  </div>
                  {summary ? <div data-testid="case-step-summary">{summary}</div> : null}
                  {citationTextForDisplay(s.basis) ? <div className="qz-muted">依据：{citationTextForDisplay(s.basis)}</div> : null}
                  {s.warnings.map((w) => (
                    <div key={w.code} className="qz-case-step-warning">
                      {w.reason}
                    </div>
                  ))}
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
