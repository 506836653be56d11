/** Small shared displays of the library: the status tag (现行有效 / 已废止 / 尚未施行) and search-term highlighting. */
import { ARTICLE_STATUS_LABELS } from '@quanze/domain';
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { ArticleStatus } from '../types.ts';

const STATUS_COLORS: Record<ArticleStatus, string> = { inForce: 'success', notYetEffective: 'warning', repealed: 'error' };

export function LegalStatusTag({ status, since }: { status: ArticleStatus; since?: string | null }) {
  const tag = (
    <Tag color={STATUS_COLORS[status]} data-status={status} data-testid="legal-status">
      {ARTICLE_STATUS_LABELS[status]}
    </Tag>
  );
  return since ? <Tooltip title={status === 'repealed' ? `自 ${since} 起废止` : `自 ${since} 起施行`}>{tag}</Tooltip> : tag;
}

/** 罚则: a provision that sets a penalty (the coverage check expects a power to cite it). */
export function PenaltyTag() {
  return <Tag color="purple">罚则</Tag>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with every term of the query marked; terms are the query's whitespace-separated words. */
export function Highlight({ text, query }: { text: string; query: string | undefined }): ReactNode {
  const terms = (query ?? '')
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  if (terms.length === 0) return text;
  const parts = text.split(new RegExp(`(${terms.map(escape).join('|')})`, 'gi'));
  const lower = new Set(terms.map((t) => t.toLowerCase()));
  return parts.map((part, i) =>
    lower.has(part.toLowerCase()) ? (
      <mark key={i} className="qz-hit">
        {part}
      </mark>
    ) : (
      part
    ),
  );
}
