import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../app/format.ts';
import type { OfficerOnPower, PowerAssignment, PowerDetail } from '../types.ts';
import { AssignModal } from './AssignModal.tsx';
import { BasisText, CoverageTag } from './CoverageBits.tsx';
import { ReasonList } from './ReasonList.tsx';

const postNames = (a: PowerAssignment, role: 'A' | 'B') =>
  a.posts
    .filter((p) => p.role === role)
    .map((p) => (p.status === 'closed' ? `${p.name}（已撤销）` : p.name))
    .join('、') || '—';

const officerColumns = [
  {
    title: '姓名',
    key: 'name',
    width: 100,
    render: (_: unknown, o: OfficerOnPower) => <Link to={`/officers/${o.officerId}?tab=certificate`}>{o.name}</Link>,
  },
  { title: '岗位', dataIndex: 'postRole', width: 70, render: (r: 'A' | 'B') => <Tag color={r === 'A' ? 'blue' : 'default'}>{r}岗</Tag> },
  {
    title: '今日执法资格',
    key: 'eligible',
    render: (_: unknown, o: OfficerOnPower) =>
      o.eligible ? (
        <Space size={4} wrap>
          <Tag color="success">可以执法</Tag>
          {o.lapsesOn ? <span className="qz-warn-text">自 {o.lapsesOn} 起将不能执法</span> : null}
        </Space>
      ) : (
        <div data-testid="officer-ineligible">
          <Tag color="error">不得执法</Tag>
          {o.reasons.map((r) => (
            <div key={r.code} className="qz-sub">
              {r.message}
              <BasisText basis={r.basis} />
            </div>
          ))}
        </div>
      ),
  },
];

function History({ items }: { items: PowerAssignment[] }) {
  return (
    <Timeline
      items={items.map((a) => ({
        key: a.id,
        color: a.inForce ? 'green' : 'gray',
        content: (
          <div>
            <strong>
              {a.effectiveFrom} 起{a.effectiveTo ? ` 至 ${a.effectiveTo}` : ''}
            </strong>
            {a.inForce ? (
              <Tag color="green" style={{ marginLeft: 8 }}>
                现行
              </Tag>
            ) : null}
            <div>
              {a.departmentName ?? '未分解到科室'} · A岗：{postNames(a, 'A')} · B岗：{postNames(a, 'B')} · 分管领导：
              {a.leaderInChargeName ?? '—'}
            </div>
            <div className="qz-sub">
              {a.reason ? `原因：${a.reason}；` : ''}
              {a.createdByName ?? '—'} 于 {formatDateTime(a.createdAt)} 登记
            </div>
          </div>
        ),
      }))}
    />
  );
}

/** 职权分解: the coverage of this power today with every reason, the arrangement in force, its officers, the history. */
export function BreakdownPanel({ detail }: { detail: PowerDetail }) {
  const [editing, setEditing] = useState(false);
  const current = detail.assignments.find((a) => a.inForce) ?? null;
  const coverage = detail.coverage;
  const canAssign = detail.abilities.includes('assign');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {coverage ? (
        <Alert
          type={coverage.status === 'green' ? 'success' : coverage.status === 'amber' ? 'warning' : 'error'}
          showIcon
          data-testid="power-coverage"
          data-status={coverage.status}
          title={
            <Space>
              覆盖检查 <CoverageTag status={coverage.status} /> 可执法人员 {coverage.eligibleCount} 人，至少 {coverage.required} 人
            </Space>
          }
          description={
            coverage.reasons.length ? (
              <ReasonList reasons={coverage.reasons} powerId={detail.item.powerId} />
            ) : (
              '科室、A/B岗、分管领导齐备，岗位人员可以执法。'
            )
          }
        />
      ) : null}
      <Card
        size="small"
        title="现行分解"
        extra={
          canAssign ? (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="assign-open">
              调整职权分解
            </Button>
          ) : null
        }
      >
        {current ? (
          <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="assignment-current">
            <Descriptions.Item label="承办科室">{current.departmentName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="生效日期">{current.effectiveFrom}</Descriptions.Item>
            <Descriptions.Item label="A岗（主办）">{postNames(current, 'A')}</Descriptions.Item>
            <Descriptions.Item label="B岗（备岗）">{postNames(current, 'B')}</Descriptions.Item>
            <Descriptions.Item label="分管领导" span="filled">
              {current.leaderInChargeName ?? '—'}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Alert type="warning" showIcon title="本事项尚未分解到科室和岗位" />
        )}
        {coverage && coverage.officers.length ? (
          <Table<OfficerOnPower>
            style={{ marginTop: 12 }}
            size="small"
            rowKey={(o) => `${o.officerId}-${o.postId}`}
            columns={officerColumns}
            dataSource={coverage.officers}
            pagination={false}
            data-testid="power-officers"
          />
        ) : null}
      </Card>
      {detail.assignments.length ? (
        <Card size="small" title="分解历史">
          <History items={detail.assignments} />
        </Card>
      ) : null}
      {editing ? <AssignModal detail={detail} open onClose={() => setEditing(false)} /> : null}
    </Space>
  );
}
