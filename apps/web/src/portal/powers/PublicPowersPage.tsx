import { RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Tag } from 'antd';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePortalTitle } from '../title.ts';
import { usePublicPowers, type PublicPowerList, type PublicPowerQuery } from './api.ts';
import './public-powers.css';

const PAGE_SIZE = 20;

function PowerCard({ p }: { p: PublicPowerList['items'][number] }) {
  return (
    <Link to={`/portal/powers/${encodeURIComponent(p.code)}`} className="qz-pp-card-link" data-testid="portal-power">
      <Card size="small" className="qz-pp-card" hoverable>
        <div className="qz-pp-card-head">
          <Tag color="blue">{p.categoryLabel}</Tag>
          <span className="qz-pp-code">{p.code}</span>
          {p.hasBenchmark ? <Tag color="purple">裁量基准</Tag> : null}
          <RightOutlined className="qz-portal-go" />
        </div>
        <div className="qz-pp-name">{p.name}</div>
        <div className="qz-pp-meta">
          {p.departmentName ? <span>承办：{p.departmentName}</span> : null}
          {p.timeLimit ? <span>时限：{p.timeLimit}</span> : null}
        </div>
      </Card>
    </Link>
  );
}

/**
 * 权责清单公示: the published list, filtered by category and department (mobile first). Native select, search box
 * and pager keep the page's first load small (issue 6: portal ≤ 300 KB gzip).
 */
export function PublicPowersPage() {
  usePortalTitle('权责清单');
  const [params, setParams] = useSearchParams();
  const query = useMemo<PublicPowerQuery>(
    () => ({
      category: params.get('category') || undefined,
      department: params.get('department') || undefined,
      q: params.get('q') || undefined,
      page: Math.max(1, Number(params.get('page')) || 1),
      pageSize: PAGE_SIZE,
    }),
    [params],
  );
  const { data, error, isPending, isFetching } = usePublicPowers(query);
  const set = (patch: Record<string, string | number | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  const [text, setText] = useState(query.q ?? '');
  const search = (e: FormEvent) => {
    e.preventDefault();
    set({ q: text.trim() });
  };
  const pages = data ? Math.ceil(data.total / PAGE_SIZE) : 0;
  const categories = data?.facets.categories ?? [];
  const departments = data?.facets.departments ?? [];

  return (
    <main className="qz-portal-inner qz-portal-page">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / 权责清单
      </div>
      <h2 className="qz-portal-page-title">权责清单</h2>
      <p className="qz-sub" style={{ marginTop: 0 }}>
        {data?.listTitle
          ? `${data.listTitle}${data.publishedOn ? `（${data.publishedOn} 公布）` : ''}`
          : '本局行政职权事项、实施依据、办理时限与裁量基准。'}
      </p>
      <div className="qz-pp-filters">
        <div className="qz-pp-chips" role="group" aria-label="职权类别" data-testid="portal-power-categories">
          <Tag.CheckableTag checked={!query.category} onChange={() => set({ category: undefined })}>
            全部
          </Tag.CheckableTag>
          {categories.map((c) => (
            <Tag.CheckableTag key={c.value} checked={query.category === c.value} onChange={() => set({ category: c.value })}>
              {c.label}（{c.count}）
            </Tag.CheckableTag>
          ))}
        </div>
        <div className="qz-pp-row">
          <select
            className="qz-pp-native qz-pp-select"
            value={query.department ?? ''}
            onChange={(e) => set({ department: e.target.value || undefined })}
            aria-label="承办科室"
            data-testid="portal-power-department"
          >
            <option value="">全部承办科室</option>
            {departments.map((d) => (
              <option key={d.value} value={d.value}>
                {d.value}（{d.count}）
              </option>
            ))}
          </select>
          <form className="qz-pp-search" role="search" onSubmit={search}>
            <input
              className="qz-pp-native"
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="事项名称或编码"
              aria-label="事项名称或编码"
              maxLength={100}
            />
            <Button htmlType="submit">查询</Button>
          </form>
        </div>
      </div>
      {isPending ? <Skeleton active /> : null}
      {error ? <Alert type="warning" showIcon title={error.message} /> : null}
      {data?.message ? <Alert type="info" showIcon title={data.message} style={{ marginBottom: 12 }} /> : null}
      {data && data.items.length === 0 && !data.message ? <p className="qz-pp-empty">没有符合条件的事项</p> : null}
      <div data-testid="portal-powers" style={{ opacity: isFetching && !isPending ? 0.6 : 1 }}>
        {data?.items.map((p) => (
          <PowerCard key={p.code} p={p} />
        ))}
      </div>
      {data && pages > 1 ? (
        <nav className="qz-pp-pager" aria-label="分页">
          <Button disabled={query.page <= 1} onClick={() => set({ page: query.page - 1 })}>
            上一页
          </Button>
          <span>
            第 {query.page} / {pages} 页，共 {data.total} 项
          </span>
          <Button disabled={query.page >= pages} onClick={() => set({ page: query.page + 1 })}>
            下一页
          </Button>
        </nav>
      ) : null}
    </main>
  );
}
