/** 涉案财物台账: every item the user's scope covers, across cases, filtered by status and searched by name or case. */
import { Card, Input, Pagination, Select, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/feedback.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { usePropertyRegister, type RegisterQuery } from './api.ts';
import { propertyStatusOptions } from './labels.ts';
import { PropertyTable } from './PropertyTable.tsx';

export function PropertyRegisterPage() {
  const [query, setQuery] = useState<RegisterQuery>({ page: 1, pageSize: 20 });
  const q = usePropertyRegister(query);
  return (
    <div data-testid="property-register">
      <PageHeader title="涉案财物" subtitle="先行登记保存、查封扣押及罚没财物的登记、保管与处置台账；每次移动均留痕，不可删除" />
      <Card size="small">
        <Space style={{ marginBottom: 12 }} wrap>
          <Select allowClear placeholder="状态" style={{ width: 160 }} options={propertyStatusOptions} onChange={(status?: string) => setQuery({ ...query, status, page: 1 })} />
          <Input.Search allowClear placeholder="财物名称、当事人或案号" style={{ width: 280 }} onSearch={(v) => setQuery({ ...query, q: v || undefined, page: 1 })} />
        </Space>
        {q.isError ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <PropertyTable items={q.data?.items ?? []} caseColumn={(r) => <Link to={`/cases/${r.caseId}`}>{r.caseNumber ?? '（未编号）'} {r.partyName}</Link>} />
        <Pagination
          style={{ marginTop: 12, textAlign: 'right' }}
          current={query.page}
          pageSize={query.pageSize}
          total={q.data?.total ?? 0}
          showTotal={(t) => `共 ${t} 件`}
          onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
        />
      </Card>
    </div>
  );
}
