import { citationForDisplay, userFacingText } from '@quanze/domain';
import { useQueries } from '@tanstack/react-query';
import { Space, Tag } from 'antd';
import { Link } from 'react-router';
import { api } from '../../../app/api.ts';
import { LegalStatusTag } from '../../legal-basis/components/LegalBits.tsx';
import type { LegalArticle } from '../../legal-basis/types.ts';
import type { PowerItem } from '../types.ts';

/**
 * The basis of a power as the list cites it, each linked to its library articles with their status today
 * (现行有效 / 已废止 / 尚未施行); a citation not linked to the library is flagged, since its force cannot be checked.
 */
export function BasisList({ basis }: { basis: PowerItem['basis'] }) {
  const ids = [...new Set(basis.flatMap((b) => b.articleIds))];
  const articles = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['legal', 'article', id],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<LegalArticle>(`/api/legal/articles/${encodeURIComponent(id)}`, { signal }),
      staleTime: 30_000,
    })),
  });
  const byId = new Map(articles.flatMap((q) => (q.data ? [[q.data.id, q.data] as const] : [])));

  if (basis.length === 0) return <Tag color="error">未列明执法依据</Tag>;
  return (
    <div data-testid="power-basis">
      {basis.map((b, i) => (
        <div key={`${b.law}-${b.article}-${i}`} className="qz-basis-item" data-testid="power-basis-item">
          <div>
            <strong>{citationForDisplay(b)}</strong>
            {b.articleIds.length === 0 ? (
              <Tag color="warning" style={{ marginLeft: 8 }}>
                未关联法规库
              </Tag>
            ) : null}
          </div>
          {userFacingText(b.gist) ? <div className="qz-field-text">{userFacingText(b.gist)}</div> : null}
          {b.articleIds.length ? (
            <Space size={[8, 4]} wrap style={{ marginTop: 4 }}>
              {b.articleIds.map((id) => {
                const a = byId.get(id);
                return (
                  <span key={id}>
                    <Link to={`/legal/articles/${id}`}>{a ? a.label : '法规库条文'}</Link>
                    {a ? <LegalStatusTag status={a.status} since={a.repealedOn} /> : null}
                  </span>
                );
              })}
            </Space>
          ) : null}
        </div>
      ))}
    </div>
  );
}
