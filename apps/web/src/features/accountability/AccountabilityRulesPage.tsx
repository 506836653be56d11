import { Alert, Button, Card, Modal, Space, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { ContentSpin, ErrorAlert } from '../../app/feedback.tsx';
import { formatDateTime } from '../../app/format.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { useAccountabilityRules, type AccountabilityRulesVersionDto } from './api.ts';
import { RulesEditDialog } from './components/RulesEditDialog.tsx';
import { RulesVersionView } from './components/RulesVersionView.tsx';
import './accountability.css';

/**
 * 责任追究: the bureau's own accountability rules and the unit that takes reports of misconduct, as published on the
 * portal next to the statutory grounds. Every member of staff reads them; 公示发布 at bureau level saves a new version
 * (the server refuses anyone else with the reason shown here). Every saved version stays in the history.
 */
export function AccountabilityRulesPage() {
  const { data, error, isLoading, refetch } = useAccountabilityRules();
  const [editing, setEditing] = useState(false);
  const [viewing, setViewing] = useState<AccountabilityRulesVersionDto | null>(null);
  const current = data?.current ?? null;
  const edit = data?.edit;
  const editButton = (
    <Button type="primary" disabled={!edit?.allowed} onClick={() => setEditing(true)} data-testid="acc-edit">
      {current ? '修改' : '发布'}
    </Button>
  );
  return (
    <>
      <PageHeader
        title="责任追究"
        subtitle="本局行政执法过错责任追究规定及投诉举报受理单位，与法定追责情形一并在门户“责任追究”页面公布。"
        extra={
          <Space>
            <Button href="/portal/accountability" target="_blank" rel="noopener">
              查看门户页面
            </Button>
            {edit && !edit.allowed ? <Tooltip title={edit.reason}>{editButton}</Tooltip> : editButton}
          </Space>
        }
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {isLoading ? <ContentSpin /> : null}
      {edit && !edit.allowed ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`您可以查阅，不能修改：${edit.reason ?? ''}`}
          data-testid="acc-edit-blocked"
        />
      ) : null}
      {data && !current ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="本局尚未发布责任追究规定：门户页面只显示法定追责情形和监督渠道。"
        />
      ) : null}
      {current?.demo ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="现行版本为演示数据（虚构文本），门户页面标注“演示数据”。请发布本局的正式文件。"
        />
      ) : null}
      {current ? (
        <Card size="small" title={`现行版本（第 ${current.version} 版）`} style={{ marginBottom: 16 }} data-testid="acc-current">
          <RulesVersionView v={current} />
        </Card>
      ) : null}
      {data && data.history.length ? (
        <Card size="small" title="版本历史" data-testid="acc-history">
          <Table<AccountabilityRulesVersionDto>
            size="small"
            rowKey="version"
            pagination={false}
            dataSource={data.history}
            scroll={{ x: 640 }}
            columns={[
              {
                title: '版本',
                dataIndex: 'version',
                width: 120,
                render: (v: number, r) => (r.version === current?.version ? `第 ${v} 版（现行）` : `第 ${v} 版`),
              },
              { title: '保存时间', dataIndex: 'updatedAt', width: 170, render: (v: string) => formatDateTime(v) },
              { title: '保存人', dataIndex: 'updatedByName', width: 120, render: (v: string | null) => v ?? '系统载入' },
              { title: '修改说明', dataIndex: 'changeNote' },
              {
                title: '',
                width: 80,
                render: (_: unknown, r) => (
                  <Button size="small" type="link" onClick={() => setViewing(r)} data-testid={`acc-view-${r.version}`}>
                    查看
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      ) : null}
      {editing ? <RulesEditDialog current={current} onClose={() => setEditing(false)} /> : null}
      {viewing ? (
        <Modal open width={760} title={`第 ${viewing.version} 版`} footer={null} onCancel={() => setViewing(null)}>
          <RulesVersionView v={viewing} />
        </Modal>
      ) : null}
    </>
  );
}
