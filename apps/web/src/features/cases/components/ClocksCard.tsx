import { Card, Empty, List, Tag, Typography } from 'antd';
import { formatBasis } from '../../../app/format.ts';
import { DAY_TYPE_LABELS } from '../labels.ts';
import type { CaseClock } from '../types.ts';

function left(c: CaseClock): string {
  const unit = DAY_TYPE_LABELS[c.dayType] ?? '日';
  if (c.daysLeft === null) return '未起算';
  if (c.overdue) return `已逾期 ${Math.abs(c.daysLeft)} 个${unit}`;
  return `剩余 ${c.daysLeft} 个${unit}`;
}

/** 期限: every open clock — due date, days left (working or calendar days as the server counts), its article. */
export function ClocksCard({ clocks }: { clocks: CaseClock[] }) {
  return (
    <Card title="期限" size="small" data-testid="case-clocks">
      {clocks.length === 0 ? (
        <Empty description="没有进行中的期限" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={clocks}
          renderItem={(c) => (
            <List.Item key={c.clockId} data-testid={`case-clock-${c.clockId}`}>
              <div style={{ width: '100%' }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <Typography.Text strong>{c.label}</Typography.Text>
                  <Typography.Text type={c.overdue ? 'danger' : undefined} strong={c.overdue}>
                    {left(c)}
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
    </Card>
  );
}
