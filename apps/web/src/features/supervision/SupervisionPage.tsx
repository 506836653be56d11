import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../app/PageHeader.tsx';
import { ObservationQueue } from './components/ObservationQueue.tsx';
import { SupervisorRegistry } from './components/SupervisorRegistry.tsx';

/**
 * 社会监督员: the observations the appointed supervisors sent from the portal (route to a department, answer, close)
 * and the registry of supervisors with their appointment terms and portal accounts.
 */
export function SupervisionPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'registry' ? 'registry' : 'observations';
  return (
    <>
      <PageHeader
        title="社会监督员"
        subtitle="聘请的社会监督员（行风监督员）通过门户账号提交监督意见；在聘期内且未暂停、未解聘的监督员方可登录和提交。答复内容将在门户上向监督员本人显示。"
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'registry' ? { tab: 'registry' } : {})}
        items={[
          { key: 'observations', label: '监督意见', children: <ObservationQueue /> },
          { key: 'registry', label: '监督员名册', children: <SupervisorRegistry /> },
        ]}
      />
    </>
  );
}
