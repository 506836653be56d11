import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../app/PageHeader.tsx';
import { LeadershipPanel } from './components/LeadershipPanel.tsx';
import { PostsPanel } from './components/PostsPanel.tsx';

/** 岗位与领导小组: posts of each department (A/B) and the leadership group of the responsibility system. */
export function OrgPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'leadership' ? 'leadership' : 'posts';
  return (
    <>
      <PageHeader title="岗位与领导小组" subtitle="科室岗位（A岗主办、B岗补位）与行政执法责任制领导小组。撤销、离任均保留记录。" />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            { key: 'posts', label: <span data-testid="org-tab-posts">岗位</span>, children: <PostsPanel /> },
            { key: 'leadership', label: <span data-testid="org-tab-leadership">领导小组</span>, children: <LeadershipPanel /> },
          ]}
        />
      </Card>
    </>
  );
}
