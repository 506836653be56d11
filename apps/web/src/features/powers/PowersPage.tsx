import { DownloadOutlined, DownOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Space } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/feedback.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { catalogueExportUrl, useCoverage, usePowerItems } from './api.ts';
import { PowerFilters } from './components/PowerFilters.tsx';
import { PowerTable, rowOfCoverage, rowOfItem } from './components/PowerTable.tsx';
import './powers.css';
import { useCoverageParams } from './useCoverageParams.ts';

/**
 * 权责清单: every item of the list in force, with its breakdown and coverage status where the actor's data scope
 * reaches. Category and text filter the items; department and coverage status are known only to the coverage
 * report, which then serves the list (within the actor's scope).
 */
export function PowersPage() {
  const [query, setQuery] = useCoverageParams(50);
  const byCoverage = Boolean(query.departmentId || query.status);
  const { category, q, page, pageSize } = query;
  const items = usePowerItems({ category, q, page, pageSize });
  // Without department/status filters the report only colours the items' rows (first 500 of the same filters).
  const coverage = useCoverage(byCoverage ? { ...query, reverseLimit: 0 } : { category, q, page: 1, pageSize: 500, reverseLimit: 0 });
  const data = coverage.data;
  const list = data?.list ?? null;
  const byId = new Map((data?.powers ?? []).map((c) => [c.powerId, c]));
  const rows = byCoverage
    ? (data?.powers ?? []).map(rowOfCoverage)
    : (items.data?.items ?? []).map((i) => rowOfItem(i, byId.get(i.powerId)));
  const error = byCoverage ? coverage.error : items.error;
  const total = byCoverage ? (data?.total ?? 0) : (items.data?.total ?? 0);

  return (
    <>
      <PageHeader
        title="权责清单"
        subtitle={
          list ? (
            <span data-testid="powers-current-list">
              现行清单：第 {list.versionNo} 版（{list.status === 'published' ? '已公布' : list.status}
              ），点击事项查看要素、职权分解、年度目标与裁量基准。
            </span>
          ) : (
            '尚无已公布的权责清单'
          )
        }
        extra={
          <Space wrap>
            {list ? (
              <Dropdown
                menu={{
                  items: [
                    {
                      key: 'xlsx',
                      label: (
                        <a href={catalogueExportUrl(list.id, 'xlsx')} download>
                          导出 Excel
                        </a>
                      ),
                    },
                    {
                      key: 'json',
                      label: (
                        <a href={catalogueExportUrl(list.id, 'json')} download>
                          导出 JSON
                        </a>
                      ),
                    },
                  ],
                }}
              >
                <Button icon={<DownloadOutlined />} data-testid="powers-export">
                  导出 <DownOutlined />
                </Button>
              </Dropdown>
            ) : null}
            <Link to="/powers/lists">
              <Button icon={<HistoryOutlined />} data-testid="powers-lists">
                清单版本与审批
              </Button>
            </Link>
          </Space>
        }
      />
      <Card>
        <PowerFilters query={query} onChange={setQuery} />
        {error ? <ErrorAlert error={error} onRetry={() => void (byCoverage ? coverage.refetch() : items.refetch())} /> : null}
        <PowerTable
          rows={rows}
          loading={items.isFetching || coverage.isFetching}
          page={page}
          pageSize={pageSize}
          total={total}
          onPage={(p, size) => setQuery(size !== pageSize ? { page: 1, pageSize: size } : { page: p })}
        />
      </Card>
    </>
  );
}
