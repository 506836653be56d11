import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tabs, Tag } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { ContentSpin, ErrorAlert, NotFoundPage } from '../../app/feedback.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { usePower } from './api.ts';
import { BreakdownPanel } from './components/BreakdownPanel.tsx';
import { CoverageTag } from './components/CoverageBits.tsx';
import { PowerFields } from './components/PowerFields.tsx';
import { TargetsPanel } from './components/TargetsPanel.tsx';
import './powers.css';

/** The benchmark and calculator are a chunk of their own: most visits to a power never open them. */
const DiscretionTab = lazy(() => import('./discretion/DiscretionTab.tsx').then((m) => ({ default: m.DiscretionTab })));

const TABS = ['info', 'breakdown', 'targets', 'discretion'] as const;
type TabKey = (typeof TABS)[number];

/** One power (执法事项): its fields and basis, 职权分解 with coverage, 年度执法目标, and for penalties 裁量基准. */
export function PowerDetailPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, error, isPending, refetch } = usePower(id);

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (isPending) return <ContentSpin />;
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const { item } = data;
  const penalty = item.category === 'penalty';
  const tabParam = params.get('tab') as TabKey | null;
  const tab: TabKey = tabParam && TABS.includes(tabParam) && (tabParam !== 'discretion' || penalty) ? tabParam : 'info';
  const label = (key: TabKey, text: string) => <span data-testid={`power-tab-${key}`}>{text}</span>;

  return (
    <>
      <PageHeader
        title={item.name}
        subtitle={
          <Space wrap size={[8, 4]}>
            <span className="qz-mono">{item.code}</span>
            <Tag>{item.categoryLabel}</Tag>
            <CoverageTag status={data.coverage?.status} />
            {item.change === 'removed' ? <Tag color="default">已从清单删除</Tag> : null}
          </Space>
        }
        extra={
          <Link to="/powers">
            <Button icon={<ArrowLeftOutlined />}>返回权责清单</Button>
          </Link>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            { key: 'info', label: label('info', '事项要素'), children: <PowerFields item={item} /> },
            { key: 'breakdown', label: label('breakdown', '职权分解'), children: <BreakdownPanel detail={data} /> },
            { key: 'targets', label: label('targets', '年度执法目标'), children: <TargetsPanel detail={data} /> },
            ...(penalty
              ? [
                  {
                    key: 'discretion',
                    label: label('discretion', '裁量基准'),
                    children: (
                      <Suspense fallback={<ContentSpin />}>
                        <DiscretionTab powerId={item.powerId} />
                      </Suspense>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
