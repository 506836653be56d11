import { Card, Empty, List, Tag, Typography } from 'antd';
import { formatBasis } from '../../../app/format.ts';
import { DAY_TYPE_LABELS } from '../labels.ts';
import type { CaseClock, CaseDetailDto } from '../types.ts';

function left(c: CaseClock): string {
  const unit = DAY_TYPE_LABELS[c.dayType] ?? '日';
  if (c.daysLeft === null) return '未起算';
  if (c.overdue) return `已逾期 ${Math.abs(c.daysLeft)} 个${unit}`;
  return `剩余 ${c.daysLeft} 个${unit}`;
}

/** 办案期限的中止、延期 (第六十条) as recorded. */
function DecisionClockRecord({ record }: { record: CaseDetailDto['decisionClock'] }) {
  if (record.suspensions.length === 0 && record.extensions.length === 0) return null;
  return (
    <div style={{ marginTop: 8 }} data-testid="case-decision-clock-record">
      <Typography.Text strong>办案期限中止、延期</Typography.Text>
      {record.suspensions.map((s) => (
        <div key={`s${s.from}`} className="qz-muted">
          中止：{s.from} 至 {s.to ?? '（尚未恢复）'}，{s.reason}
          {s.recordedByName ? `（${s.recordedByName}）` : ''}
        </div>
      ))}
      {record.extensions.map((e, i) => (
        <div key={`e${i}`} className="qz-muted">
          延长 {e.days} 日：{e.reason}
          {e.approvedByName ? `（${e.approvedByName}批准）` : ''}
        </div>
      ))}
    </div>
  );
}

/** 期限: every open clock — due date, days left (working or calendar days as the server counts), its article. */
export function ClocksCard({ clocks, decisionClock }: { clocks: CaseClock[]; decisionClock?: CaseDetailDto['decisionClock'] }) {
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
      {decisionClock ? <DecisionClockRecord record={decisionClock} /> : null}
    </Card>
  );
}
