import { DownloadOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space } from 'antd';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { PageHeader } from '../../../app/PageHeader.tsx';
import { useCurrentMe } from '../../../app/me.ts';
import { coverageExportUrl, useCoverage } from '../api.ts';
import { PowerFilters } from '../components/PowerFilters.tsx';
import '../powers.css';
import { PAGE_SIZES, useCoverageParams } from '../useCoverageParams.ts';
import './coverage.css';
import { CoverageSummary } from './CoverageSummary.tsx';
import { CoverageTable } from './CoverageTable.tsx';
import { ReverseViews } from './ReverseViews.tsx';

const COMPUTED: Record<string, string> = { full: '全量计算', incremental: '增量更新', cache: '缓存' };

/**
 * 覆盖检查: is every power of the list in force broken down to a department, A/B posts and at least two officers
 * who may enforce it today, on a basis in force? Red / amber / green with every reason and its article, the link
 * to the fix, and the reverse views; Excel export and a print view. Live: it follows law, certificate and
 * assignment changes as they happen.
 */
export function CoveragePage() {
  const me = useCurrentMe();
  const [query, setQuery] = useCoverageParams(50);
  const [printing, setPrinting] = useState(false);
  const shown = printing ? { ...query, page: 1, pageSize: 500, reverseLimit: 500 } : { ...query, reverseLimit: 100 };
  const { data, error, isFetching, refetch, dataUpdatedAt } = useCoverage(shown);
  const ready = printing && data !== undefined && !isFetching;

  useEffect(() => {
    if (!ready) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done, { once: true });
    const timer = window.setTimeout(() => window.print(), 300);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [ready]);

  return (
    <div className="qz-coverage-page">
      <PageHeader
        title="覆盖检查"
        subtitle="每一项执法职权是否落实到承办科室、A/B岗和今日可执法的人员，依据是否有效；法规、证件、岗位调整后即时更新。"
        extra={
          <Space wrap className="qz-no-print">
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={isFetching && !printing}>
              刷新
            </Button>
            <Button icon={<DownloadOutlined />} href={coverageExportUrl(query)} download data-testid="coverage-export">
              导出 Excel
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)} loading={printing} data-testid="coverage-print">
              打印
            </Button>
          </Space>
        }
      />
      <div className="qz-print-only">
        <h2 style={{ margin: '0 0 4px' }}>{me.user.bureauName} 执法职权覆盖检查</h2>
      </div>
      {error && !data ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <>
          <div className="qz-sub" style={{ marginBottom: 8 }} data-testid="coverage-meta">
            检查日期 {data.date}
            {data.list ? ` · 现行清单第 ${data.list.versionNo} 版` : ''} · {COMPUTED[data.computed] ?? data.computed} ·{' '}
            {new Date(dataUpdatedAt).toLocaleTimeString('zh-CN', { hour12: false })} 刷新
          </div>
          {data.list ? null : (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="尚无已公布的权责清单，无法检查覆盖情况。" />
          )}
          <CoverageSummary report={data} active={query.status} onPick={(status) => setQuery({ status })} />
        </>
      ) : null}
      <Card>
        <PowerFilters query={query} onChange={setQuery} />
        <CoverageTable
          rows={data?.powers ?? []}
          loading={isFetching}
          pagination={
            printing
              ? false
              : {
                  current: query.page,
                  pageSize: PAGE_SIZES.includes(query.pageSize) ? query.pageSize : 50,
                  total: data?.total ?? 0,
                  onChange: (page, pageSize) => setQuery(pageSize !== query.pageSize ? { page: 1, pageSize } : { page }),
                }
          }
        />
      </Card>
      {data ? (
        <Card title="反向检查" style={{ marginTop: 16 }}>
          <ReverseViews report={data} stacked={printing} />
        </Card>
      ) : null}
    </div>
  );
}
