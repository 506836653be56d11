import { Card, Empty, List, Tag, Typography } from 'antd';
import { formatBasis } from '../../../app/format.ts';
import type { ComplaintClockDto, ComplaintDetailDto } from '../api.ts';
import { DAY_TYPE_LABELS } from '../labels.ts';

function left(c: ComplaintClockDto): string {
  const unit = DAY_TYPE_LABELS[c.dayType] ?? '日';
  if (c.daysLeft === null) return '未起算';
  if (c.overdue) return `已逾期 ${Math.abs(c.daysLeft)} ${unit === '日' ? '日' : `个${unit}`}`;
  return `剩余 ${c.daysLeft} ${unit === '日' ? '日' : `个${unit}`}`;
}

/** 期限: each open clock — due date, days left, its article; the approved extensions below. */
export function ComplaintClocks({ detail }: { detail: ComplaintDetailDto }) {
  return (
    <Card title="期限" size="small" data-testid="complaint-clocks">
      {detail.clocks.length === 0 ? (
        <Empty description="没有进行中的期限" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={detail.clocks}
          renderItem={(c) => (
            <List.Item key={c.clockId} data-testid={`complaint-clock-${c.clockId}`}>
              <div style={{ width: '100%' }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <Typography.Text strong>{c.label}</Typography.Text>
                  <Typography.Text type={c.overdue ? 'danger' : undefined} strong={c.overdue}>
                    {left(c)}
                  </Typography.Text>
                </div>
                <div className="qz-muted">
                  {c.startDate} 起算，{c.dueDate ? `${c.dueDate} 届满` : '届满日待定'}
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
      {detail.extensions.length ? (
        <div style={{ marginTop: 8 }} data-testid="complaint-extensions">
          <Typography.Text strong>延长办理期限</Typography.Text>
          {detail.extensions.map((e, i) => (
            <div key={i} className="qz-muted">
              {e.on} 延长 {e.days} 日：{e.reason}
            </div>
          ))}
        </div>
      ) : null}
    </Card>
  );
}
