/**
 * 期限: the open statutory clocks of one record (a case, a complaint) — due date, days left as the server counts them
 * (working or calendar days), provisional and overdue marks, the article — and below, what the record adds (中止、延期).
 */
import type { Citation } from '@quanze/domain';
import { Card, Empty, List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatBasis } from '../format.ts';

export interface ClockView {
  clockId: string;
  label: string;
  startDate: string;
  dueDate: string | null;
  dayType: string;
  daysLeft: number | null;
  overdue: boolean;
  /** Counted across a year with no official holiday schedule yet (cases only). */
  provisional?: boolean;
  basis: Citation[];
}

/** "个工作日" / "个自然日"; a bare 日 unit reads "日" (剩余 5 日). Unknown day types count as 日. */
function unitText(dayType: string, units: Record<string, string>): string {
  const unit = units[dayType] ?? '日';
  return unit === '日' ? '日' : `个${unit}`;
}

function left(c: ClockView, units: Record<string, string>): string {
  if (c.daysLeft === null) return '未起算';
  if (c.overdue) return `已逾期 ${Math.abs(c.daysLeft)} ${unitText(c.dayType, units)}`;
  return `剩余 ${c.daysLeft} ${unitText(c.dayType, units)}`;
}

interface Props {
  clocks: ClockView[];
  /** The name of each day type as this screen says it (cases: 自然日; complaints, as 信访工作条例 words it: 日). */
  dayUnits: Record<string, string>;
  /** 'case' | 'complaint': test ids `${testIdPrefix}-clocks` and `${testIdPrefix}-clock-${clockId}`. */
  testIdPrefix: string;
  children?: ReactNode;
}

export function OpenClocksCard({ clocks, dayUnits, testIdPrefix, children }: Props) {
  return (
    <Card title="期限" size="small" data-testid={`${testIdPrefix}-clocks`}>
      {clocks.length === 0 ? (
        <Empty description="没有进行中的期限" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={clocks}
          renderItem={(c) => (
            <List.Item key={c.clockId} data-testid={`${testIdPrefix}-clock-${c.clockId}`}>
              <div style={{ width: '100%' }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <Typography.Text strong>{c.label}</Typography.Text>
                  <Typography.Text type={c.overdue ? 'danger' : undefined} strong={c.overdue}>
                    {left(c, dayUnits)}
                  </Typography.Text>
                </div>
                <div className="qz-muted">
                  {c.startDate} 起算，{c.dueDate ? `${c.dueDate} 届满` : '届满日待定'}
                  {c.provisional ? <Tag style={{ marginLeft: 6 }}>暂定</Tag> : null}
                  {c.overdue ? (
                    <Tag color="red" style={{ marginLeft: 6 }}>
                      已逾期
                    </Tag>
                  ) : null}
                </div>
                {c.basis.length ? <div className="qz-muted">依据：{c.basis.map((b) => formatBasis(b)).join('；')}</div> : null}
              </div>
            </List.Item>
          )}
        />
      )}
      {children}
    </Card>
  );
}
