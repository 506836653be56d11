import { ArrowLeftOutlined, DownloadOutlined, DownOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../app/api.ts';
import { ContentSpin, ErrorAlert, NotFoundPage } from '../../../app/feedback.tsx';
import { PageHeader } from '../../../app/PageHeader.tsx';
import { catalogueExportUrl, usePowerList } from '../api.ts';
import { BasisText } from '../components/CoverageBits.tsx';
import '../powers.css';
import type { PowerListVersionDetail } from '../types.ts';
import { ListActions } from './ListActions.tsx';
import { ListItemsTable } from './ListItemsTable.tsx';
import { ListFlow, ListStatusTag } from './ListStatus.tsx';
import { PowerImportModal } from './PowerImportModal.tsx';

function Problems({ list }: { list: PowerListVersionDetail }) {
  if (list.problems.length === 0) return null;
  const blocking = list.problems.filter((p) => p.blocking);
  return (
    <Alert
      type={blocking.length ? 'error' : 'warning'}
      showIcon
      data-testid="list-problems"
      title={
        blocking.length
          ? `审批前须修改 ${blocking.length} 个问题（另有 ${list.problems.length - blocking.length} 项提示）`
          : `${list.problems.length} 项提示，不影响审批`
      }
      description={
        <ul className="qz-reason-list" style={{ maxHeight: 260, overflow: 'auto' }}>
          {list.problems.map((p, i) => (
            <li key={`${p.powerId}-${p.code}-${i}`} className={p.blocking ? 'qz-danger-line' : 'qz-warn-line'}>
              <Link to={`/powers/${p.powerId}?tab=info`}>{p.message}</Link>
              <BasisText basis={p.basis} />
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** One version of the power list: its approval flow and actions, the pre-approval checks, and its items. */
export function PowerListPage() {
  const { id = '' } = useParams();
  const { data: list, error, isPending, refetch } = usePowerList(id);
  const [importing, setImporting] = useState(false);

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (isPending) return <ContentSpin />;
  if (!list) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <>
      <PageHeader
        title={list.title}
        subtitle={
          <Space size={6} wrap>
            <ListStatusTag status={list.status} />
            <span>
              第 {list.versionNo} 版 · {list.itemCount} 项 · 新增 {list.changes.added} · 修改 {list.changes.modified} · 删除{' '}
              {list.changes.removed}
            </span>
          </Space>
        }
        extra={
          <Space wrap>
            <Link to="/powers/lists">
              <Button icon={<ArrowLeftOutlined />}>全部版本</Button>
            </Link>
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
              <Button icon={<DownloadOutlined />} data-testid="list-export">
                导出 <DownOutlined />
              </Button>
            </Dropdown>
            {list.abilities.includes('import') ? (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="list-import">
                导入
              </Button>
            ) : null}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <ListFlow list={list} />
          {list.statusReason ? (
            <div className="qz-sub" style={{ marginTop: 8 }}>
              意见：{list.statusReason}
            </div>
          ) : null}
          {list.note ? <div className="qz-sub">修订说明：{list.note}</div> : null}
          <div style={{ marginTop: 12 }}>
            <ListActions list={list} />
          </div>
        </Card>
        <Problems list={list} />
        <Card size="small" title="清单事项">
          <ListItemsTable listId={list.id} showChanges={list.versionNo > 1} />
        </Card>
      </Space>
      <PowerImportModal listId={list.id} open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
