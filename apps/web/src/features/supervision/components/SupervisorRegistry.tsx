import { EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert, useNotifyError } from '../../../app/feedback.tsx';
import { InitialPasswordModal, type IssuedPassword } from '../../users/components/InitialPasswordModal.tsx';
import { useChangeSupervisorStatus, useResetSupervisorPassword, useSupervisors, type SupervisorDto, type SupervisorStatus } from '../api.ts';
import { RevealFieldModal, type RevealTarget } from './RevealFieldModal.tsx';
import { SupervisorFormModal } from './SupervisorFormModal.tsx';

const STANDING_COLORS: Record<SupervisorDto['standing'], string> = {
  inForce: 'success',
  notYetStarted: 'processing',
  expired: 'default',
  suspended: 'warning',
  ended: 'default',
};
const FILTERS: { value: SupervisorStatus | 'all'; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'active', label: '在聘' },
  { value: 'suspended', label: '暂停履职' },
  { value: 'ended', label: '已解聘' },
];

/** The registry: appointment letter and term, standing today, portal account; suspend / resume / end, never delete. */
export function SupervisorRegistry() {
  const [status, setStatus] = useState<SupervisorStatus | 'all'>('all');
  const [q, setQ] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<SupervisorDto | 'new' | null>(null);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  const [statusChange, setStatusChange] = useState<{ s: SupervisorDto; to: SupervisorStatus } | null>(null);
  const [revealing, setRevealing] = useState<RevealTarget | null>(null);
  const { data, error, isPending, refetch } = useSupervisors({ status: status === 'all' ? undefined : status, q, page, pageSize: 20 });
  const reset = useResetSupervisorPassword();
  const notifyError = useNotifyError();
  const { modal } = App.useApp();

  const confirmReset = (s: SupervisorDto) =>
    modal.confirm({
      title: `重置 ${s.name} 的门户密码？`,
      content: '将生成新的初始密码并解除锁定；其已登录的会话全部失效，下次登录须修改密码。',
      okText: '重置',
      cancelText: '取消',
      onOk: async () => {
        try {
          const r = await reset.mutateAsync(s.id);
          setIssued({ title: '门户密码已重置', username: s.loginName ?? '', displayName: s.name, password: r.initialPassword });
        } catch (e) {
          notifyError(e);
        }
      },
    });

  return (
    <Card>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <div className="qz-toolbar" style={{ display: 'flex', gap: 12, flexWrap: 'wrap', justifyContent: 'space-between' }}>
          <Space wrap>
            <Segmented
              options={FILTERS}
              value={status}
              onChange={(v) => {
                setStatus(v);
                setPage(1);
              }}
            />
            <Input.Search
              placeholder="姓名、聘书编号或登录名"
              allowClear
              enterButton="查询"
              style={{ width: 280 }}
              onSearch={(v) => {
                setQ(v.trim() || undefined);
                setPage(1);
              }}
            />
          </Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="supervisor-create">
            登记监督员
          </Button>
        </div>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        <Table<SupervisorDto>
          rowKey="id"
          loading={isPending}
          dataSource={data?.items ?? []}
          size="middle"
          scroll={{ x: 1540 }}
          pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 90 },
            { title: '工作单位 / 界别', key: 'employer', width: 220, render: (_, s) => `${s.employer}（${s.sector}）` },
            {
              title: '手机',
              key: 'mobile',
              width: 150,
              render: (_, s) => <MaskedField s={s} field="mobile" onReveal={setRevealing} />,
            },
            {
              title: '身份证号',
              key: 'idCardNumber',
              width: 210,
              render: (_, s) => <MaskedField s={s} field="idCardNumber" onReveal={setRevealing} />,
            },
            { title: '聘书编号', dataIndex: 'documentNumber', width: 170 },
            { title: '聘期', key: 'term', width: 200, render: (_, s) => `${s.termStart} 至 ${s.termEnd}` },
            {
              title: '状态',
              key: 'standing',
              width: 140,
              render: (_, s) => (
                <Space direction="vertical" size={0}>
                  <Tag color={STANDING_COLORS[s.standing]} data-testid="supervisor-standing">
                    {s.standingLabel}
                  </Tag>
                  {s.statusReason ? <Typography.Text type="secondary">{s.statusReason}</Typography.Text> : null}
                  {s.locked ? <Typography.Text type="danger">账号已锁定</Typography.Text> : null}
                </Space>
              ),
            },
            { title: '登录名', dataIndex: 'loginName', width: 120 },
            { title: '意见数', dataIndex: 'observationCount', width: 70 },
            {
              title: '操作',
              key: 'actions',
              width: 220,
              render: (_, s) => (
                <Space size={4} wrap>
                  {s.abilities.includes('edit') ? <a onClick={() => setEditing(s)}>修改聘任</a> : null}
                  {s.abilities.includes('suspend') ? <a onClick={() => setStatusChange({ s, to: 'suspended' })}>暂停</a> : null}
                  {s.abilities.includes('resume') ? <a onClick={() => setStatusChange({ s, to: 'active' })}>恢复</a> : null}
                  {s.abilities.includes('end') ? <a onClick={() => setStatusChange({ s, to: 'ended' })}>解聘</a> : null}
                  {s.abilities.includes('resetPassword') ? <a onClick={() => void confirmReset(s)}>重置密码</a> : null}
                </Space>
              ),
            },
          ]}
        />
      </Space>
      <SupervisorFormModal
        editing={editing}
        onClose={() => setEditing(null)}
        onCreated={(r) => {
          setEditing(null);
          setIssued({ title: '监督员已登记，门户账号已开通', username: r.supervisor.loginName ?? '', displayName: r.supervisor.name, password: r.initialPassword });
        }}
      />
      <StatusModal change={statusChange} onClose={() => setStatusChange(null)} />
      <InitialPasswordModal issued={issued} onClose={() => setIssued(null)} />
      {revealing ? <RevealFieldModal key={`${revealing.supervisor.id}:${revealing.field}`} target={revealing} onClose={() => setRevealing(null)} /> : null}
    </Card>
  );
}

/** A masked number with 查看 for staff allowed to see it in full (the server decides: ability 'reveal'). */
function MaskedField({ s, field, onReveal }: { s: SupervisorDto; field: RevealTarget['field']; onReveal: (t: RevealTarget) => void }) {
  const masked = field === 'mobile' ? s.mobile : s.idCardNumber;
  if (!masked) return '—';
  return (
    <Space size={2}>
      <span className="qz-mono">{masked}</span>
      {s.abilities.includes('reveal') ? (
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          aria-label={`查看完整${field === 'mobile' ? '手机号码' : '身份证号码'}`}
          onClick={() => onReveal({ supervisor: s, field })}
          data-testid={`supervisor-reveal-${field}`}
        />
      ) : null}
    </Space>
  );
}

const STATUS_TITLES: Record<SupervisorStatus, string> = { active: '恢复履职', suspended: '暂停履职', ended: '解聘' };

function StatusModal({ change, onClose }: { change: { s: SupervisorDto; to: SupervisorStatus } | null; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const mutate = useChangeSupervisorStatus();
  const notifyError = useNotifyError();
  const needsReason = change?.to !== 'active';
  const ok = async () => {
    if (!change) return;
    try {
      await mutate.mutateAsync({ id: change.s.id, version: change.s.version, status: change.to, ...(needsReason ? { reason } : {}) });
      setReason('');
      onClose();
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Modal
      open={change !== null}
      title={change ? `${STATUS_TITLES[change.to]}：${change.s.name}` : ''}
      onCancel={onClose}
      onOk={() => void ok()}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ disabled: needsReason && reason.trim() === '', loading: mutate.isPending, danger: change?.to === 'ended' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {change?.to === 'ended'
          ? '解聘后不能恢复，登记信息保留；其门户会话立即失效，不能再登录或提交监督意见。'
          : change?.to === 'suspended'
            ? '暂停期间不能登录门户或提交监督意见，其已登录的会话立即失效。'
            : '恢复后，在聘期内可再次登录门户。'}
      </Typography.Paragraph>
      {needsReason ? <Input.TextArea rows={3} maxLength={200} showCount placeholder="请填写理由（必填）" value={reason} onChange={(e) => setReason(e.target.value)} /> : null}
    </Modal>
  );
}
