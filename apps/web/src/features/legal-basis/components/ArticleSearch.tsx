import { LEGAL_LEVEL_LABELS, LEGAL_LEVELS } from '@quanze/domain';
import { Alert, Checkbox, Empty, Input, Pagination, Select, Spin } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { useArticleSearch, type ArticleQuery } from '../api.ts';
import type { LegalArticleSummary, LegalLevel } from '../types.ts';
import { Highlight, LegalStatusTag, PenaltyTag } from './LegalBits.tsx';

const LEVEL_OPTIONS = LEGAL_LEVELS.map((l) => ({ value: l, label: LEGAL_LEVEL_LABELS[l] }));
const PAGE_SIZE = 20;

function Hit({ a, q }: { a: LegalArticleSummary; q: string }) {
  return (
    <div className="qz-article-hit" data-testid="legal-article-result">
      <div className="qz-article-hit-head">
        <Link to={`/legal/articles/${a.id}`}>
          <Highlight text={a.label} query={q} />
        </Link>
        <LegalStatusTag status={a.status} since={a.repealedOn} />
        {a.isPenaltyProvision ? <PenaltyTag /> : null}
      </div>
      <div className="qz-article-text">
        <Highlight text={a.text} query={q} />
      </div>
    </div>
  );
}

/**
 * 条文检索: Chinese full text (two-character terms such as 罚款 are indexed); every term must occur. The query
 * lives in the URL (?aq=), so a search can be shared and survives reload.
 */
export function ArticleSearch() {
  const [params, setParams] = useSearchParams();
  const q = params.get('aq') ?? '';
  const [level, setLevel] = useState<LegalLevel | undefined>();
  const [penaltyOnly, setPenaltyOnly] = useState(false);
  const [page, setPage] = useState(1);
  const active = q.trim() !== '' || penaltyOnly;
  const query: ArticleQuery | null = active
    ? { q: q.trim() || undefined, level, penaltyOnly: penaltyOnly ? '1' : undefined, page, pageSize: PAGE_SIZE }
    : null;
  const { data, error, isFetching } = useArticleSearch(query);

  const search = (text: string) => {
    setPage(1);
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (text.trim()) next.set('aq', text.trim());
        else next.delete('aq');
        return next;
      },
      { replace: true },
    );
  };

  return (
    <>
      <div className="qz-toolbar">
        <Input.Search
          key={q}
          defaultValue={q}
          placeholder="输入检索词，如：罚款、律师 执业；多个词用空格分隔"
          allowClear
          enterButton="检索"
          onSearch={search}
          style={{ width: 420 }}
          data-testid="legal-article-search"
        />
        <Select
          value={level}
          onChange={(v: LegalLevel | undefined) => (setLevel(v), setPage(1))}
          options={LEVEL_OPTIONS}
          placeholder="全部效力级别"
          allowClear
          style={{ width: 170 }}
        />
        <Checkbox checked={penaltyOnly} onChange={(e) => (setPenaltyOnly(e.target.checked), setPage(1))}>
          仅罚则条文
        </Checkbox>
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {!active ? <Empty description="输入检索词查找条文；二字词（如“罚款”“律师”）即可检索" /> : null}
      {data && active ? (
        <Spin spinning={isFetching}>
          <div className="qz-sub" style={{ marginBottom: 4 }} data-testid="legal-article-total">
            共 {data.total}
            {data.totalCapped ? '+' : ''} 条
          </div>
          {data.scanned ? (
            <Alert
              type="info"
              showIcon
              style={{ margin: '8px 0' }}
              title="检索词含单个汉字，已逐条比对，速度较慢；输入两个字以上的词检索更快。"
            />
          ) : null}
          {data.items.length === 0 ? <Empty description="没有匹配的条文" /> : data.items.map((a) => <Hit key={a.id} a={a} q={q} />)}
          {data.total > PAGE_SIZE ? (
            <Pagination
              style={{ marginTop: 12 }}
              current={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              showSizeChanger={false}
              onChange={setPage}
            />
          ) : null}
        </Spin>
      ) : null}
    </>
  );
}
