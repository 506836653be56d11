import { Tabs, Table } from 'antd';
import { Link } from 'react-router';
import { BasisText } from '../components/CoverageBits.tsx';
import type { CoverageReport } from '../types.ts';

type Article = CoverageReport['uncoveredPenaltyArticles'][number];
type Post = CoverageReport['postsWithoutPower'][number];
type Officer = CoverageReport['ineligibleOfficers'][number];

function cut(shown: number, total: number) {
  return shown < total ? (
    <div className="qz-sub" style={{ marginBottom: 8 }}>
      显示前 {shown} 条，共 {total} 条；导出 Excel 含全部。
    </div>
  ) : null;
}

/**
 * The other way round: penalty articles no power covers, posts with no power, officers assigned but not eligible —
 * each with the link to where it is fixed.
 */
export function ReverseViews({ report, stacked }: { report: CoverageReport; stacked?: boolean }) {
  const t = report.reverseTotals;
  const items = [
    {
      key: 'articles',
      label: <span data-testid="reverse-articles">未被覆盖的罚则条文（{t.uncoveredPenaltyArticles}）</span>,
      children: (
        <>
          {cut(report.uncoveredPenaltyArticles.length, t.uncoveredPenaltyArticles)}
          <Table<Article>
            size="small"
            rowKey="articleId"
            pagination={false}
            dataSource={report.uncoveredPenaltyArticles}
            locale={{ emptyText: '法规库中的罚则条文均有对应的处罚事项' }}
            columns={[
              {
                title: '条文',
                key: 'label',
                width: 320,
                render: (_: unknown, a) => <Link to={`/legal/articles/${a.articleId}`}>{a.label}</Link>,
              },
              {
                title: '问题（依据）',
                key: 'msg',
                render: (_: unknown, a) => (
                  <>
                    {a.message}
                    <BasisText basis={a.basis} />
                  </>
                ),
              },
            ]}
          />
        </>
      ),
    },
    {
      key: 'posts',
      label: <span data-testid="reverse-posts">无执法事项的岗位（{t.postsWithoutPower}）</span>,
      children: (
        <>
          {cut(report.postsWithoutPower.length, t.postsWithoutPower)}
          <Table<Post>
            size="small"
            rowKey="postId"
            pagination={false}
            dataSource={report.postsWithoutPower}
            locale={{ emptyText: '每个执法岗位都承担了执法事项' }}
            columns={[
              { title: '岗位', dataIndex: 'name', width: 220 },
              { title: '问题', dataIndex: 'message' },
              {
                title: '',
                key: 'fix',
                width: 120,
                render: () => (
                  <Link to="/org" className="qz-no-print">
                    岗位设置
                  </Link>
                ),
              },
            ]}
          />
        </>
      ),
    },
    {
      key: 'officers',
      label: <span data-testid="reverse-officers">已分配但不能执法的人员（{t.ineligibleOfficers}）</span>,
      children: (
        <>
          {cut(report.ineligibleOfficers.length, t.ineligibleOfficers)}
          <Table<Officer>
            size="small"
            rowKey={(o) => `${o.officerId}-${o.postId}`}
            pagination={false}
            dataSource={report.ineligibleOfficers}
            locale={{ emptyText: '岗位上的人员均可执法' }}
            columns={[
              {
                title: '姓名',
                key: 'name',
                width: 110,
                render: (_: unknown, o) => <Link to={`/officers/${o.officerId}?tab=certificate`}>{o.name}</Link>,
              },
              {
                title: '涉及事项及原因',
                key: 'powers',
                render: (_: unknown, o) => (
                  <ul className="qz-reason-list">
                    {o.powers.map((p) => (
                      <li key={p.powerId}>
                        <Link to={`/powers/${p.powerId}?tab=breakdown`} className="qz-mono">
                          {p.code}
                        </Link>
                        ：
                        {p.reasons.map((r, i) => (
                          <span key={r.code}>
                            {i > 0 ? '；' : ''}
                            {r.message}
                            <BasisText basis={r.basis} />
                          </span>
                        ))}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </>
      ),
    },
  ];
  if (stacked)
    return (
      <div data-testid="coverage-reverse">
        {items.map((i) => (
          <section key={i.key} style={{ marginTop: 16 }}>
            <h4 style={{ margin: '0 0 8px' }}>{i.label}</h4>
            {i.children}
          </section>
        ))}
      </div>
    );
  return <Tabs data-testid="coverage-reverse" items={items} />;
}
