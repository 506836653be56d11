import { Alert, Skeleton } from 'antd';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePortalTitle } from '../title.ts';
import { usePublicDecisions } from './api.ts';
import './decisions.css';

const PAGE_SIZE = 20;
/** PublicDecisionQuery's page limit. */
const MAX_PAGE = 500;

/**
 * 执法决定公示: search (two or more characters) and the list of published decisions, newest first. Plain HTML
 * controls keep the portal's first load small; withdrawn and expired decisions are never listed (the server).
 */
export function PublicDecisionsPage() {
  usePortalTitle('执法决定公示');
  const [params, setParams] = useSearchParams();
  const query = useMemo(
    () => ({ q: params.get('q') || undefined, page: Math.max(1, Number(params.get('page')) || 1), pageSize: PAGE_SIZE }),
    [params],
  );
  const { data, error, isPending, isFetching } = usePublicDecisions(query);
  const [text, setText] = useState(query.q ?? '');
  const go = (q: string | undefined, page = 1) => {
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    if (page > 1) next.set('page', String(page));
    setParams(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go(text.trim() || undefined);
  };
  // A capped total ("超过 N 条") gives no last page: 下一页 follows `hasMore` (the server reads one row ahead), up to
  // the API's page limit; an exact total also gives "第 x / y 页".
  const pages = data && !data.totalCapped ? Math.ceil(data.total / PAGE_SIZE) : null;
  const hasNext = data ? (data.hasMore ?? (pages === null || query.page < pages)) && query.page < MAX_PAGE : false;
  const showPager = query.page > 1 || hasNext;

  return (
    <main className="qz-portal-inner qz-portal-page">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / 执法决定公示
      </div>
      <h2 className="qz-portal-page-title">执法决定公示</h2>
      <p className="qz-sub" style={{ marginTop: 0 }}>
        依法公开的行政处罚决定、行政许可决定和其他执法结果（检查结果等）。自然人的姓名、身份证号码、联系方式、住址等个人信息已作隐名处理。
      </p>
      <form className="qz-pd-search" role="search" onSubmit={submit}>
        <label htmlFor="qz-pd-q" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
          检索词
        </label>
        <input
          id="qz-pd-q"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="输入关键词，如 罚款、律师事务所、执业许可"
          maxLength={40}
          data-testid="portal-decision-q"
        />
        <button type="submit">检索</button>
      </form>
      {error ? <Alert type="error" showIcon message="加载失败" description={error.message} /> : null}
      {data?.message ? <Alert type="info" showIcon message={data.message} style={{ marginBottom: 12 }} /> : null}
      {isPending ? (
        <Skeleton active />
      ) : data ? (
        <>
          <p aria-live="polite" className="qz-sub" data-testid="portal-decision-total">
            {query.q ? `“${query.q}”的检索结果：` : ''}{data.totalCapped ? `超过 ${data.total} 条` : `共 ${data.total} 条`}
            {isFetching ? '（更新中…）' : ''}
          </p>
          <ul className="qz-pd-list">
            {data.items.map((d) => (
              <li key={d.id}>
                <Link to={`/portal/decisions/${d.id}`} className="qz-pd-item" data-testid="portal-decision">
                  <h3>
                    <span className={`qz-pd-type qz-pd-type-${d.resultType}`} data-testid="portal-decision-type">
                      {d.resultTypeLabel}
                    </span>
                    {d.title}
                  </h3>
                  <div className="qz-pd-meta">
                    <span>
                      {d.resultType === 'licence' ? '申请人' : '当事人'}：{d.partyDisplay}
                    </span>
                    <span>{d.resultType === 'penalty' ? `处罚：${d.penaltySummary}` : d.penaltySummary}</span>
                    <span>决定日期：{d.decidedOn}</span>
                    <span>公开日期：{d.publishedOn}</span>
                  </div>
                </Link>
              </li>
            ))}
          </ul>
          {data.items.length === 0 && !data.message ? <p>暂无符合条件的决定信息。</p> : null}
          {showPager ? (
            <nav className="qz-pd-pager" aria-label="分页">
              <button type="button" disabled={query.page <= 1} onClick={() => go(query.q, query.page - 1)}>
                上一页
              </button>
              <span data-testid="portal-decision-page">{pages === null ? `第 ${query.page} 页` : `第 ${query.page} / ${pages} 页`}</span>
              <button type="button" disabled={!hasNext} onClick={() => go(query.q, query.page + 1)}>
                下一页
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
    </main>
  );
}
