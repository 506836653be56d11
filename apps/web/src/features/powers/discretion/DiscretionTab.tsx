import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { ContentSpin, ErrorAlert } from '../../../app/feedback.tsx';
import { formatDateTime } from '../../../app/format.ts';
import { usePowerDiscretion } from './api.ts';
import { BenchmarkEditor } from './BenchmarkEditor.tsx';
import { BenchmarkView, TierTable } from './BenchmarkView.tsx';
import { Calculator } from './Calculator.tsx';
import type { PowerDiscretion } from './types.ts';

type Version = PowerDiscretion['history'][number];

function History({ items }: { items: Version[] }) {
  return (
    <Table<Version>
      size="small"
      rowKey="versionNo"
      dataSource={items}
      pagination={false}
      columns={[
        { title: '版本', dataIndex: 'versionNo', width: 70, render: (n: number) => `第 ${n} 版` },
        {
          title: '状态',
          key: 'status',
          width: 120,
          render: (_: unknown, v) => (
            <Tag color={v.current ? 'green' : v.status === 'draft' ? 'default' : 'blue'}>{v.current ? '现行' : v.statusLabel}</Tag>
          ),
        },
        { title: '保存人', dataIndex: 'savedByName', width: 100, render: (v: string | null) => v ?? '—' },
        { title: '时间', dataIndex: 'savedAt', width: 170, render: (v: string) => formatDateTime(v) },
        { title: '说明', dataIndex: 'note', render: (v: string | null) => v ?? '' },
      ]}
    />
  );
}

/** 裁量基准 of a penalty power: the published tiers, the editor for the 法制 unit, the calculator for everyone. */
export function DiscretionTab({ powerId }: { powerId: string }) {
  const { data, error, isPending, refetch } = usePowerDiscretion(powerId);
  const [editing, setEditing] = useState(false);
  if (isPending) return <ContentSpin />;
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  const current = data.current;
  const base = data.draft?.benchmark ?? current?.benchmark ?? data.suggested;
  const canEdit = data.abilities.includes('edit');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="discretion-tab">
      <Card
        size="small"
        title={
          <Space wrap>
            裁量基准
            {current ? <Tag color="green">第 {current.versionNo} 版 · 现行</Tag> : <Tag>尚未公布</Tag>}
            {data.draft ? <Tag>第 {data.draft.versionNo} 版草稿待公布</Tag> : null}
          </Space>
        }
        extra={
          canEdit && base ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="benchmark-edit">
              {current || data.draft ? '修订基准' : '制定基准'}
            </Button>
          ) : null
        }
      >
        {current ? (
          <>
            <div className="qz-sub" style={{ marginBottom: 8 }}>
              {current.savedByName ?? '—'} 于 {formatDateTime(current.savedAt)} 公布{current.note ? `；${current.note}` : ''}
            </div>
            <BenchmarkView detail={data} benchmark={current.benchmark} />
          </>
        ) : (
          <>
            <Alert type="warning" showIcon title="本事项尚未公布裁量基准，暂不能进行裁量计算。" style={{ marginBottom: 12 }} />
            {data.suggested ? (
              <>
                <div className="qz-sub" style={{ marginBottom: 8 }}>
                  以下为按法定幅度生成的示例档次，供制定时参考（未生效）：
                </div>
                <TierTable benchmark={data.suggested} />
              </>
            ) : null}
          </>
        )}
        {data.history.length ? (
          <Collapse
            style={{ marginTop: 12 }}
            size="small"
            items={[{ key: 'h', label: `版本记录（${data.history.length}）`, children: <History items={data.history} /> }]}
          />
        ) : null}
      </Card>
      {current && data.abilities.includes('compute') ? (
        <Calculator powerId={powerId} circumstanceLabels={current.benchmark.policy.circumstanceLabels} />
      ) : null}
      {editing && base ? <BenchmarkEditor detail={data} base={base} onClose={() => setEditing(false)} /> : null}
    </Space>
  );
}
