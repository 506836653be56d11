import type { NextDeadlineDto } from '@quanze/contracts';
import { Tag, Tooltip } from 'antd';

const unit = (d: NextDeadlineDto) => (d.dayType === 'workingDays' ? '个工作日' : '日');

/**
 * 下一期限: the case's earliest open clock — its name, due date, and days left (working or calendar days as the law
 * counts that clock); red once overdue, orange within the reminder lead time.
 */
export function NextDeadlineCell({ d }: { d: NextDeadlineDto | null | undefined }) {
  if (!d) return <span className="qz-muted">—</span>;
  const tag = d.overdue ? (
    <Tag color="red">{d.daysLeft < 0 ? `逾期${-d.daysLeft}${unit(d)}` : '已逾期'}</Tag>
  ) : d.daysLeft === 0 ? (
    <Tag color="orange">今日到期</Tag>
  ) : (
    <Tag color={d.dueSoon ? 'orange' : 'default'}>
      剩{d.daysLeft}
      {unit(d)}
    </Tag>
  );
  return (
    <Tooltip
      title={`${d.label}：${d.dueDate}到期（${d.dayType === 'workingDays' ? '按工作日计算' : '按自然日计算'}）${d.provisional ? '；所跨年度的法定节假日尚未录入，到期日暂按周末计算，录入后重新计算' : ''}`}
    >
      <div data-testid="case-next-deadline" style={{ whiteSpace: 'nowrap' }}>
        <div>{d.label}</div>
        <div>
          <span className={d.overdue ? undefined : 'qz-muted'} style={d.overdue ? { color: '#cf1322' } : undefined}>
            {d.dueDate}
          </span>{' '}
          {d.provisional ? (
            <Tag color="gold" data-testid="case-next-deadline-provisional">
              暂定
            </Tag>
          ) : null}
          {tag}
        </div>
      </div>
    </Tooltip>
  );
}
