import { Tooltip } from 'antd';

const LABELS = ['很不满意', '不满意', '基本满意', '满意', '非常满意'];
const COLORS = ['#cf1322', '#fa8c16', '#fadb14', '#73d13d', '#389e0d'];

/** The 1–5 distribution as one stacked bar (hover for the numbers) with the counts written out for print and readers. */
export function Distribution({ counts }: { counts: number[] }) {
  const total = counts.reduce((s, n) => s + n, 0);
  const text = counts.map((n, i) => `${i + 1}分 ${n}`).join('，');
  if (total === 0) return <span className="qz-muted">—</span>;
  return (
    <div className="qz-sv-dist" aria-label={`评分分布：${text}`}>
      <div className="qz-sv-dist-bar" aria-hidden="true">
        {counts.map((n, i) =>
          n > 0 ? (
            <Tooltip key={i} title={`${i + 1}分（${LABELS[i]}）：${n} 条`}>
              <span style={{ width: `${(n / total) * 100}%`, background: COLORS[i] }} />
            </Tooltip>
          ) : null,
        )}
      </div>
      <div className="qz-sv-dist-text">{text}</div>
    </div>
  );
}
