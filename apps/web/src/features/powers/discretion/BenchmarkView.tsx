import { formatFen, SUSPENSION_KIND_LABELS } from '@quanze/domain';
import { Alert, Collapse, Descriptions, Table, Tag } from 'antd';
import { BasisText } from '../components/CoverageBits.tsx';
import type { Benchmark, BenchmarkTier, PowerDiscretion } from './types.ts';
import { citationText, conditionText, levelOf, percentText, sanctionsText, tierRangeText } from './tier-text.ts';

const KIND_COLORS: Record<string, string> = { 不予处罚: 'green', 减轻处罚: 'cyan', 从轻处罚: 'blue', 一般处罚: 'default', 从重处罚: 'red' };

function Statutory({ s }: { s: Benchmark['statutory'] }) {
  const fine = s.fine ? `${formatFen(s.fine.minFen)}至${formatFen(s.fine.maxFen)}${s.fine.mandatory ? '（并处）' : ''}` : null;
  const multiple = s.fineMultiple
    ? `违法所得${percentText(s.fineMultiple.minPercent)}至${percentText(s.fineMultiple.maxPercent)}${s.fineMultiple.capFen !== null ? `，最高${formatFen(s.fineMultiple.capFen)}` : ''}`
    : null;
  const susp = s.suspension ? `${SUSPENSION_KIND_LABELS[s.suspension.kind]}${s.suspension.minMonths}至${s.suspension.maxMonths}个月` : null;
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="discretion-statutory">
      <Descriptions.Item label="法定依据" span="filled">
        {s.basis.map(citationText).join('、')}
      </Descriptions.Item>
      <Descriptions.Item label="罚款">{[fine, multiple].filter(Boolean).join('；') || '—'}</Descriptions.Item>
      <Descriptions.Item label="停业/停止执业">{susp ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="处罚种类">{sanctionsText(s.sanctions)}</Descriptions.Item>
      <Descriptions.Item label="应当并处">{sanctionsText(s.mandatorySanctions)}</Descriptions.Item>
      {s.otherMeasures.length ? (
        <Descriptions.Item label="其他措施" span="filled">
          {s.otherMeasures.join('、')}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/** The tier table: 档次, 适用情形, 幅度 (yuan, multiples, months), 处罚种类, 基准条款. */
export function TierTable({ benchmark }: { benchmark: Benchmark }) {
  return (
    <Table<BenchmarkTier>
      size="small"
      rowKey={(t) => `${t.level}|${t.clause}|${t.description}`}
      dataSource={benchmark.tiers}
      pagination={false}
      scroll={{ x: 900 }}
      data-testid="discretion-tiers"
      columns={[
        {
          title: '档次',
          key: 'level',
          width: 110,
          render: (_: unknown, t) => {
            const l = levelOf(benchmark, t.level);
            return (
              <>
                <Tag color={KIND_COLORS[l.kind] ?? 'default'}>{l.label}</Tag>
                {t.default ? <div className="qz-sub">默认档次</div> : null}
              </>
            );
          },
        },
        { title: '适用情形', key: 'when', render: (_: unknown, t) => conditionText(benchmark, t) },
        { title: '处罚幅度', key: 'range', width: 210, render: (_: unknown, t) => tierRangeText(t) },
        { title: '处罚种类', key: 'sanctions', width: 140, render: (_: unknown, t) => sanctionsText(t.sanctions) },
        { title: '基准内容', dataIndex: 'description', width: 220 },
        { title: '条款', dataIndex: 'clause', width: 100 },
      ]}
    />
  );
}

function Grounds({ benchmark }: { benchmark: Benchmark }) {
  const rows = [...benchmark.policy.mitigatingGrounds, ...benchmark.policy.aggravatingGrounds];
  const effect: Record<string, string> = {
    exempt: '不予处罚',
    mustMitigate: '应当从轻或减轻',
    mayMitigate: '可以从轻或减轻',
    aggravate: '从重处罚',
  };
  return (
    <ul className="qz-reason-list">
      {rows.map((g) => (
        <li key={g.id}>
          {g.label}：{g.effectText ?? effect[g.effect]}
          <BasisText basis={g.basis} />
        </li>
      ))}
      {benchmark.firstViolationEntries.map((e) => (
        <li key={e.description}>
          首违不罚：{e.description}
          <BasisText basis={e.source} />
        </li>
      ))}
    </ul>
  );
}

/** 裁量基准 of one power as published: the statutory range, the tiers, the grounds, and any problems found. */
export function BenchmarkView({ detail, benchmark }: { detail: PowerDiscretion; benchmark: Benchmark }) {
  const d = benchmark.policy.deviation;
  return (
    <div>
      {detail.problems.length ? (
        <Alert
          type={detail.problems.some((p) => p.blocking) ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title="基准存在问题"
          description={
            <ul className="qz-reason-list">
              {detail.problems.map((p, i) => (
                <li key={`${p.code}-${i}`}>
                  {p.tier ? `【${p.tier}】` : ''}
                  {p.message}
                  <BasisText basis={p.basis} />
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <div className="qz-sub" style={{ marginBottom: 8 }}>
        基准来源：{citationText(benchmark.source)}；档次方案：{benchmark.policy.scheme.name}（{benchmark.policy.province}）
      </div>
      <Statutory s={benchmark.statutory} />
      <div style={{ height: 12 }} />
      <TierTable benchmark={benchmark} />
      <Collapse
        style={{ marginTop: 12 }}
        size="small"
        items={[
          { key: 'grounds', label: '从轻、减轻、从重及不予处罚情形', children: <Grounds benchmark={benchmark} /> },
          {
            key: 'deviation',
            label: '超出基准的处理',
            children: (
              <div>
                超出基准幅度作出处罚的，应当
                {[
                  d.requiresWrittenReason && '在决定书中说明理由',
                  d.requiresLegalReview && '经法制审核',
                  d.requiresCollectiveDiscussion && '经集体讨论',
                ]
                  .filter(Boolean)
                  .join('、') || '说明理由'}
                。
                {d.basis.map((b) => (
                  <BasisText key={`${b.law}${b.article}`} basis={b} />
                ))}
              </div>
            ),
          },
        ]}
      />
    </div>
  );
}
