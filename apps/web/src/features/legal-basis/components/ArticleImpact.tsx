import { Alert, Empty, Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { formatBasis } from '../../../app/format.ts';
import { useArticleImpact } from '../api.ts';
import type { ArticleImpact as Impact } from '../types.ts';

type ImpactItem = Impact['powers'][number];

const KIND_LABELS: Record<string, string> = { power: '执法事项', discretionRule: '裁量基准', discretion: '裁量基准', case: '案件' };

function ItemRow({ item }: { item: ImpactItem }) {
  const label = item.kind === 'power' ? <Link to={`/powers/${item.id}`}>{item.label}</Link> : item.label;
  return (
    <li data-testid="legal-impact-item">
      <Tag>{KIND_LABELS[item.kind] ?? item.kind}</Tag>
      {label}
      {item.via === 'overlap' ? <Tag style={{ marginLeft: 6 }}>引用本条的款、项或上级条</Tag> : null}
    </li>
  );
}

/**
 * 影响范围: what amending or repealing this article touches — every power citing it (directly or through an
 * overlapping 条/款/项), and the discretion rules and open cases once they exist.
 */
export function ArticleImpactPanel({ articleId, compact }: { articleId: string; compact?: boolean }) {
  const { data, error, isPending } = useArticleImpact(articleId);
  if (isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (error || !data) return <ErrorAlert error={error} />;
  const items = [...data.powers, ...data.others];
  if (items.length === 0)
    return compact ? null : <Empty description="没有执法事项或裁量基准引用本条" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const basis = formatBasis(data.basis);
  return (
    <div data-testid="legal-impact" style={compact ? { marginBottom: 16 } : undefined}>
      <Alert
        type={compact ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 8 }}
        title={`修改或废止本条将影响 ${data.powers.length} 个执法事项${data.others.length ? `及 ${data.others.length} 项其他引用` : ''}`}
        description={basis ? `依据：${basis}` : undefined}
      />
      <ul className="qz-plain-list" style={compact ? { maxHeight: 220, overflow: 'auto' } : undefined}>
        {items.map((item) => (
          <ItemRow key={`${item.kind}-${item.id}`} item={item} />
        ))}
      </ul>
    </div>
  );
}
