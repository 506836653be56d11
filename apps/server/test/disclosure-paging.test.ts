/**
 * Portal paging over many published decisions (issue 6 bench: a common term matches most of a million decisions).
 * Counts are capped — the listing at 1,000, a search at 200 — and the answer then says "more than N"; every page is
 * still reachable through `hasMore`, the last page gives the exact total, and no decision is shown twice or skipped.
 * One decision is published through the API; 1,000 more are copies of its published row (same masked text, same
 * search terms the app computed), each published a minute earlier than the one before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_LIST_COUNT_CAP, PUBLIC_SEARCH_COUNT_CAP } from '@quanze/contracts';
import { FINE_500, decisionBody, makeCase, makeCaseWorld, ok, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, makeBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let w: CaseWorld;
const COPIES = 1_000;
const ALL = COPIES + 1;
/** A four-character term of every published text here (the remedies paragraph). */
const TERM4 = '行政复议';
const TERM2 = '罚款';

interface ListBody {
  items: { id: string; publishedOn: string }[];
  total: number;
  totalCapped: boolean;
  hasMore: boolean;
  page: number;
}

const list = async (query: string): Promise<ListBody> => {
  const r = await ctx.app.inject({ method: 'GET', url: `/api/public/decisions?${query}` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const searchPage = (q: string, page: number, pageSize = 20) =>
  list(`q=${encodeURIComponent(q)}&page=${page}&pageSize=${pageSize}`);

beforeAll(async () => {
  ctx = await createTestContext();
  const b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  const caseId = await makeCase(w, 'partyHeard', FINE_500, {});
  await ok(w.s.leader, caseId, 'decide', decisionBody(FINE_500));
  const queue = await w.s.leader.request({ method: 'GET', url: '/api/disclosure/queue?pageSize=100' });
  const item = queue.json().items.find((i: { caseId: string }) => i.caseId === caseId) as { id: string; version: number };
  const pub = await w.s.leader.request({ method: 'POST', url: `/api/disclosure/items/${item.id}/publish`, payload: { version: item.version } });
  expect(pub.statusCode, pub.body).toBe(200);
  const cols = (
    await ctx.sql(
      `select column_name from information_schema.columns where table_name = 'decision_publications'
       and column_name not in ('id', 'case_id', 'decision_number', 'published_at') order by ordinal_position`,
    )
  ).rows.map((r) => `"${(r as { column_name: string }).column_name}"`);
  await ctx.sql(
    `insert into decision_publications (case_id, decision_number, published_at, ${cols.join(', ')})
     select null, p.decision_number || '-' || g, p.published_at - make_interval(mins => g), ${cols.map((c) => `p.${c}`).join(', ')}
     from decision_publications p cross join generate_series(1, ${COPIES}) g where p.id = $1`,
    [item.id],
  );
}, 120_000);

describe('portal search over more results than the count cap', () => {
  it('says "more than 200" on the first page, and the last page gives the exact total', async () => {
    for (const term of [TERM2, TERM4]) {
      const first = await searchPage(term, 1);
      expect(first).toMatchObject({ total: PUBLIC_SEARCH_COUNT_CAP, totalCapped: true, hasMore: true });
      expect(first.items).toHaveLength(20);
      const last = await searchPage(term, Math.ceil(ALL / 50), 50);
      expect(last).toMatchObject({ total: ALL, totalCapped: false, hasMore: false });
      expect(last.items).toHaveLength(ALL % 50);
    }
  });

  it('reaches every decision page by page through hasMore, newest first, none twice; past the cap "more than" grows with the page', async () => {
    const seen: string[] = [];
    let page = 1;
    let body: ListBody;
    do {
      body = await searchPage(TERM4, page, 50);
      seen.push(...body.items.map((i) => i.id));
      const known = (page - 1) * 50 + body.items.length;
      if (body.hasMore) {
        expect(body.totalCapped).toBe(true);
        // "More than N": the cap, or deeper in the rows known to exist up to this page — never more than that.
        expect(body.total).toBe(Math.max(known, PUBLIC_SEARCH_COUNT_CAP));
      }
      page++;
    } while (body.hasMore);
    expect(seen).toHaveLength(ALL);
    expect(new Set(seen).size).toBe(ALL);
    const order = await ctx.sql(`select id from decision_publications where state = 'published' order by published_at desc, id desc`);
    expect(seen).toEqual(order.rows.map((r) => (r as { id: string }).id));
  });

  it('a page past the end is empty and states the exact total', async () => {
    const past = await searchPage(TERM2, 30, 50);
    expect(past).toMatchObject({ items: [], total: ALL, totalCapped: false, hasMore: false });
  });

  it('a term found in no decision answers 0 without paging', async () => {
    expect(await searchPage('鼎信正衡', 1)).toMatchObject({ items: [], total: 0, totalCapped: false, hasMore: false });
  });
});

describe('portal listing (no search term)', () => {
  it('counts up to 1,000 ("more than 1000"), pages on past it, and the last page is exact', async () => {
    const first = await list('pageSize=20');
    expect(first).toMatchObject({ total: PUBLIC_LIST_COUNT_CAP, totalCapped: true, hasMore: true });
    const atCap = await list(`pageSize=20&page=${PUBLIC_LIST_COUNT_CAP / 20}`);
    expect(atCap).toMatchObject({ total: PUBLIC_LIST_COUNT_CAP, totalCapped: true, hasMore: true });
    const last = await list(`pageSize=20&page=${PUBLIC_LIST_COUNT_CAP / 20 + 1}`);
    expect(last).toMatchObject({ total: ALL, totalCapped: false, hasMore: false });
    expect(last.items).toHaveLength(ALL - PUBLIC_LIST_COUNT_CAP);
  });

  it('a withdrawn decision leaves the count: one fewer is exact again', async () => {
    await ctx.sql(
      `update decision_publications set state = 'withdrawn', withdrawn_at = now() where id = (select id from decision_publications where case_id is null order by published_at limit 1)`,
    );
    const first = await list('pageSize=20');
    expect(first).toMatchObject({ total: PUBLIC_LIST_COUNT_CAP, totalCapped: false, hasMore: true });
    const last = await list(`pageSize=20&page=${PUBLIC_LIST_COUNT_CAP / 20}`);
    expect(last).toMatchObject({ total: PUBLIC_LIST_COUNT_CAP, totalCapped: false, hasMore: false });
  });
});
