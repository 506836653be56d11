import { DownloadOutlined, DownOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { CERTIFICATE_STATUS_LABELS, CERTIFICATE_STATUSES } from '@quanze/domain';
import { Button, Card, Dropdown, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCan } from '../../app/me.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { DepartmentSelect } from '../departments/DepartmentSelect.tsx';
import { exportUrl } from './api.ts';
import { ImportModal } from './components/ImportModal.tsx';
import { OfficerDashboard } from './components/OfficerDashboard.tsx';
import { OfficerFormModal } from './components/OfficerFormModal.tsx';
import { OfficerTable } from './components/OfficerTable.tsx';
import './officers.css';
import { useOfficerQueryParams } from './useOfficerQueryParams.ts';

const STATUS_OPTIONS = CERTIFICATE_STATUSES.map((s) => ({ value: s, label: CERTIFICATE_STATUS_LABELS[s] }));
const ALERT_OPTIONS = [
  { value: 'any', label: '任一提醒' },
  { value: 'expiring', label: '即将到期' },
  { value: 'overdueReview', label: '审验逾期' },
  { value: 'trainingDeficit', label: '培训学时不足' },
];

/** 执法人员名册: dashboard cards, filters, the roster; create, export and import for those who may. */
export function OfficersPage() {
  const can = useCan();
  const navigate = useNavigate();
  const [query, setQuery] = useOfficerQueryParams();
  const [creating, setCreating] = useState(0);
  const [importing, setImporting] = useState(false);
  const manage = can('officer:manage');

  const exportButton = can('pii:reveal') ? (
    <Dropdown
      menu={{
        items: [
          { key: 'masked', label: <a href={exportUrl(false, query)} download>导出（身份证号脱敏）</a> },
          { key: 'full', label: <a href={exportUrl(true, query)} download>导出完整身份证号（记入审计）</a> },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />} data-testid="officer-export">
        导出名册 <DownOutlined />
      </Button>
    </Dropdown>
  ) : (
    <Button icon={<DownloadOutlined />} href={exportUrl(false, query)} download data-testid="officer-export">
      导出名册
    </Button>
  );

  return (
    <>
      <PageHeader
        title="执法人员"
        subtitle="执法人员名册、行政执法证、年度审验与培训。身份证号码脱敏显示，查看完整信息将记入审计日志。"
        extra={
          <Space wrap>
            {exportButton}
            {manage ? (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="officer-import">
                导入
              </Button>
            ) : null}
            {manage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating((n) => n + 1)} data-testid="officer-create">
                新增人员
              </Button>
            ) : null}
          </Space>
        }
      />
      <OfficerDashboard query={query} onFilter={(f) => setQuery(f)} />
      <Card>
        <div className="qz-toolbar">
          <Input.Search
            key={query.q ?? ''}
            defaultValue={query.q}
            placeholder="姓名或执法证号"
            allowClear
            enterButton="查询"
            onSearch={(q) => setQuery({ q: q.trim() })}
            style={{ width: 260 }}
            data-testid="officers-search"
          />
          <DepartmentSelect
            value={query.departmentId ?? null}
            onChange={(departmentId) => setQuery({ departmentId: departmentId ?? undefined })}
            placeholder="全部科室"
            style={{ width: 200 }}
            data-testid="officers-department-filter"
          />
          <Select
            value={query.certificateStatus}
            onChange={(v: string | undefined) => setQuery({ certificateStatus: v })}
            options={STATUS_OPTIONS}
            placeholder="全部证件状态"
            allowClear
            style={{ width: 170 }}
            data-testid="officers-status-filter"
          />
          <Select
            value={query.alert}
            onChange={(v: string | undefined) => setQuery({ alert: v })}
            options={ALERT_OPTIONS}
            placeholder="全部提醒"
            allowClear
            style={{ width: 150 }}
            data-testid="officers-alert-filter"
          />
          <Select
            value={query.status ?? 'active'}
            onChange={(v: string) => setQuery({ status: v === 'active' ? undefined : v })}
            options={[
              { value: 'active', label: '在岗' },
              { value: 'left', label: '已离岗' },
            ]}
            style={{ width: 100 }}
          />
        </div>
        <OfficerTable query={query} onQueryChange={setQuery} />
      </Card>

      <OfficerFormModal
        key={creating}
        open={creating > 0}
        onClose={() => setCreating(0)}
        onSaved={(o) => {
          setCreating(0);
          void navigate(`/officers/${o.id}`);
        }}
      />
      <ImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
