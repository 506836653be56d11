import { CASE_STATE_LABELS, formatFenAsYuan, type CaseState } from '@quanze/domain';
import { Card, Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../app/format.ts';
import { LEAD_SOURCE_LABELS } from '../labels.ts';
import type { CaseStep } from '../types.ts';

const stateLabel = (s: string) => CASE_STATE_LABELS[s as CaseState] ?? s;

/** A short text of a step's payload: strings and numbers as they are, fen as 元, lists by count. */
function payloadSummary(payload: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'version' || value === null || value === undefined || value === '') continue;
    if (key === 'leadSource' && typeof value === 'string') parts.push(`案源：${LEAD_SOURCE_LABELS[value] ?? value}`);
    else if (typeof value === 'string') parts.push(value.length > 80 ? `${value.slice(0, 80)}…` : value);
    else if (typeof value === 'number') parts.push(/fen/i.test(key) ? formatFenAsYuan(value) : String(value));
    else if (Array.isArray(value) && value.length && !/ids$/i.test(key)) {
      const texts = value.filter((x): x is string => typeof x === 'string');
      parts.push(texts.length === value.length && texts.length <= 5 ? texts.join('、') : `${value.length} 项`);
    }
    if (parts.length >= 3) break;
  }
  return parts.join('；');
}

/** 办案环节: each step — time, who, what, a summary of what was recorded, the article. */
export function StepsTimeline({ steps }: { steps: CaseStep[] }) {
  return (
    <Card title="办案环节" size="small" data-testid="case-steps">
      {steps.length === 0 ? (
        <Empty description="尚无办案环节" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={steps.map((s) => ({
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
                {payloadSummary(s.payload) ? <div>{payloadSummary(s.payload)}</div> : null}
                {s.basis ? <div className="qz-muted">依据：{s.basis}</div> : null}
                {s.warnings.map((w) => (
                  <div key={w.code} className="qz-case-step-warning">
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
