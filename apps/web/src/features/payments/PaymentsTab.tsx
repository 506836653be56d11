/**
 * 罚没款缴纳 tab of a case: the payment notice with its 缴款码, what is owed (principal, 加处罚款 to date, capped at
 * the fine), the payments recorded (bank rows by reconciliation, cash with its receipt and hand-over clocks), the
 * approved deferral / instalments, 复议/诉讼 pauses, 催告 and the court-enforcement window. There is no "mark paid"
 * button: money is recorded only by the bank reconciliation or by cash with a fiscal receipt (罚缴分离).
 */
import type { CaseDetailDto, PaymentDto, PaymentNoticeDto } from '@quanze/contracts';
import { Alert, Button, Card, Descriptions, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { ContentSpin, ErrorAlert } from '../../app/feedback.tsx';
import { formatBasis, formatDateTime } from '../../app/format.ts';
import { useCasePayments, yuan } from './api.ts';
import { PaymentDialog, type Dialog } from './PaymentDialogs.tsx';

type Stage = NonNullable<PaymentDto['cash']>['toAgency'];

function StageTag({ s, label }: { s: Stage; label: string }) {
  if (!s.started) return <Tag>{label}：未开始</Tag>;
  const text = s.doneOn
    ? `${label}：${s.doneOn}${s.overdue ? '（逾期）' : ''}`
    : `${label}：${s.dueDate} 前${s.overdue ? '，已逾期' : `，剩 ${s.daysLeft} 个工作日`}`;
  return (
    <Tooltip title={formatBasis(s.basis)}>
      <Tag color={s.overdue ? 'red' : s.doneOn ? 'green' : 'blue'} data-testid={s.overdue ? 'handover-overdue' : undefined}>
        {text}
      </Tag>
    </Tooltip>
  );
}

const WINDOW_LABELS: Record<PaymentNoticeDto['enforcement']['windowStatus'], { text: string; color: string }> = {
  notApplicable: { text: '无需申请', color: 'default' },
  notYetOpen: { text: '期限未到', color: 'blue' },
  open: { text: '可以申请', color: 'orange' },
  closed: { text: '申请期限已过', color: 'red' },
  applied: { text: '已申请', color: 'green' },
};

function Blocked({ block }: { block: PaymentNoticeDto['enforcement']['reminderBlock'] }) {
  if (!block) return null;
  return (
    <Typography.Text type="secondary">
      {block.reason}（依据：{formatBasis(block.basis)}）
    </Typography.Text>
  );
}

export function PaymentsTab({ detail }: { detail: CaseDetailDto }) {
  const q = useCasePayments(detail.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  if (q.isPending) return <ContentSpin />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const { notice: n, payments, canManage, canApprove } = q.data;
  if (!n) return <Empty description="本案没有需要缴纳的罚没款（无罚款或没收违法所得，或尚未作出处罚决定）" />;
  const l = n.ledger;
  const e = n.enforcement;
  const openPause = n.pauses.find((p) => p.to === null);
  const owed = l.outstandingFen > 0;

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="payments-tab">
      <Card size="small" title="缴款通知书">
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label="缴款码">
            <Typography.Text copyable={{ text: n.reference }} strong data-testid="payment-reference">
              {n.referenceGrouped}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="决定书文号">{n.decisionNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="罚款">{yuan(n.fineFen)}</Descriptions.Item>
          <Descriptions.Item label="没收违法所得">{yuan(n.confiscatedIncomeFen)}</Descriptions.Item>
          <Descriptions.Item label="应缴罚没款">{yuan(n.principalFen)}</Descriptions.Item>
          <Descriptions.Item label="送达日期">{n.servedOn ?? '尚未送达'}</Descriptions.Item>
          <Descriptions.Item label="缴款期限">
            {n.finalDueDate ?? '—'}
            {n.arrangement ? <Tag style={{ marginLeft: 8 }}>{n.arrangement.kind === 'deferral' ? '已批准暂缓' : '已批准分期'}</Tag> : null}
            {l.provisional ? <Tag color="gold">节假日未录入，暂按周末推算</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label="已缴">{yuan(l.paidFen)}</Descriptions.Item>
          <Descriptions.Item label="加处罚款（至今日）">
            <span data-testid="payment-surcharge">{yuan(l.surchargeFen)}</span>
            {l.surchargeDays > 0 ? `（${l.surchargeDays} 日）` : ''}
            {l.surchargeCapped ? (
              <Tag color="red" style={{ marginLeft: 8 }}>
                已达罚款数额上限
              </Tag>
            ) : null}
          </Descriptions.Item>
          <Descriptions.Item label="尚欠（含加处罚款）">
            <Typography.Text type={owed ? 'danger' : 'success'} strong data-testid="payment-outstanding">
              {yuan(l.outstandingFen)}
            </Typography.Text>
            {l.overpaidFen > 0 ? (
              <Tag color="orange" style={{ marginLeft: 8 }}>
                多缴 {yuan(l.overpaidFen)}，须退付
              </Tag>
            ) : null}
          </Descriptions.Item>
          <Descriptions.Item label="执行情况" span={2}>
            {n.completeness.complete ? (
              <Tag color="green">执行完毕（{n.completeness.paidInFullOn ?? '—'} 缴清）</Tag>
            ) : (
              <Tag color={owed ? 'orange' : 'blue'}>{owed ? '未缴清' : '罚没款已缴清'}</Tag>
            )}
            {n.completeness.otherSanctions.length ? <span>另有 {n.completeness.otherSanctions.join('、')} 待履行</span> : null}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          当事人凭缴款码到指定银行或通过电子支付系统缴纳（罚缴分离，行政处罚法第六十七条）；到期不缴纳的，每日按罚款数额的百分之三加处罚款，不超过罚款数额（第七十二条），复议、诉讼期间不计算（第七十三条）。缴款由银行对账导入登记，不能手工标记已缴。
        </Typography.Paragraph>
      </Card>

      <Card size="small" title={`缴款记录（${payments.length}）`}>
        <Table<PaymentDto>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={payments}
          locale={{ emptyText: '尚无缴款' }}
          // Sum of the widths: the case page's tab column at 1440 px (≈ 730 px) shows it whole (冲抵 and 交付 wrap);
          // narrower, it scrolls sideways.
          scroll={{ x: 720 }}
          columns={[
            {
              title: '到账 / 收缴时间',
              dataIndex: 'paidAt',
              width: 164,
              render: (v: string, r) => (
                <>
                  <div>{formatDateTime(v)}</div>
                  <Typography.Text type="secondary">登记：{r.recordedByName}</Typography.Text>
                </>
              ),
            },
            {
              title: '方式',
              dataIndex: 'source',
              width: 160,
              render: (v: string, r) => {
                const ref = v === 'bank' ? `流水号 ${r.bankSerial}` : `票据 ${r.receiptNumber}`;
                return (
                  <>
                    <div>{v === 'bank' ? '银行' : '当场收缴'}</div>
                    <Typography.Text type="secondary" style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={ref}>
                      {ref}
                    </Typography.Text>
                  </>
                );
              },
            },
            { title: '金额', dataIndex: 'amountFen', width: 100, align: 'right', render: (v: number) => yuan(v) },
            {
              title: '冲抵',
              width: 146,
              render: (_: unknown, r) => (
                <span>
                  罚没款 {yuan(r.toPrincipalFen)}
                  {r.toSurchargeFen ? `，加处罚款 ${yuan(r.toSurchargeFen)}` : ''}
                  {r.excessFen ? `，多缴 ${yuan(r.excessFen)}` : ''}
                  {r.late ? (
                    <Tag color="red" style={{ marginLeft: 6 }}>
                      逾期
                    </Tag>
                  ) : null}
                </span>
              ),
            },
            {
              title: '交付（第七十一条）',
              width: 150,
              render: (_: unknown, r) =>
                r.cash ? (
                  <Space size={4} wrap>
                    {r.cash.onWater && !r.cash.landedOn ? <Tag>水上收缴，未抵岸</Tag> : null}
                    <StageTag s={r.cash.toAgency} label="交至机关" />
                    <StageTag s={r.cash.toBank} label="缴付银行" />
                    {canManage && r.cash.onWater && !r.cash.landedOn ? (
                      <Button size="small" onClick={() => setDialog({ step: 'landing', payment: r })}>
                        登记抵岸
                      </Button>
                    ) : null}
                    {canManage && r.cash.toAgency.started && !r.cash.toAgency.doneOn ? (
                      <Button size="small" onClick={() => setDialog({ step: 'handover', payment: r, stage: 'agency' })}>
                        登记交至机关
                      </Button>
                    ) : null}
                    {canManage && r.cash.toBank.started && !r.cash.toBank.doneOn ? (
                      <Button size="small" onClick={() => setDialog({ step: 'handover', payment: r, stage: 'bank' })}>
                        登记缴付银行
                      </Button>
                    ) : null}
                  </Space>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>

      <Card
        size="small"
        title="暂缓、分期缴纳（第六十六条）"
        extra={canApprove && owed && n.servedOn ? <Button onClick={() => setDialog({ step: 'arrangement' })}>批准暂缓或分期</Button> : null}
      >
        {n.arrangement ? (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label="批准">
              {n.arrangement.approvedByName}，{formatDateTime(n.arrangement.approvedAt)}（当事人 {n.arrangement.appliedOn} 申请：
              {n.arrangement.reason}）
            </Descriptions.Item>
            <Descriptions.Item label="缴款计划">
              {n.schedule.map((s) => `${s.dueDate} 前 ${yuan(s.amountFen)}`).join('；')}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">
            未申请。当事人确有经济困难的，经申请和行政机关负责人批准，可以暂缓或者分期缴纳。
          </Typography.Text>
        )}
      </Card>

      <Card
        size="small"
        title="行政复议、行政诉讼（第七十三条）"
        extra={
          canManage ? (
            openPause ? (
              <Button onClick={() => setDialog({ step: 'pauses/end' })}>登记终结</Button>
            ) : n.servedOn ? (
              <Button onClick={() => setDialog({ step: 'pauses' })}>登记复议 / 诉讼</Button>
            ) : null
          ) : null
        }
      >
        {n.pauses.length ? (
          n.pauses.map((p) => (
            <div key={p.from}>
              {p.kind === 'reconsideration' ? '行政复议' : '行政诉讼'}：{p.from} 至 {p.to ?? '未终结'}
              {p.note ? `（${p.note}）` : ''}
            </div>
          ))
        ) : (
          <Typography.Text type="secondary">未登记。复议、诉讼期间不停止执行，但加处罚款不予计算。</Typography.Text>
        )}
      </Card>

      <Card size="small" title="催告与申请人民法院强制执行（行政强制法第五十三条、第五十四条）">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="复议、诉讼期限届满">
            {e.remedyPending ? '复议 / 诉讼未终结' : (e.remedyPeriodEndsOn ?? '—')}
          </Descriptions.Item>
          <Descriptions.Item label="催告">
            {e.reminder
              ? `${e.reminder.servedOn} 送达，催缴 ${yuan(e.reminder.amountFen)}；${e.reminderWaitEndsOn} 后仍未履行的方可申请`
              : '未催告'}
          </Descriptions.Item>
          <Descriptions.Item label="申请期限">
            {e.windowClosesOn ? `${e.windowStartsAfter} 后至 ${e.windowClosesOn}` : '—'}
            <Tag color={WINDOW_LABELS[e.windowStatus].color} style={{ marginLeft: 8 }} data-testid="court-window">
              {WINDOW_LABELS[e.windowStatus].text}
              {e.windowStatus === 'open' && e.windowDaysLeft !== null ? `，剩 ${e.windowDaysLeft} 日` : ''}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="申请">
            {e.courtApplication ? `${e.courtApplication.appliedOn} 向${e.courtApplication.court}申请` : '未申请'}
          </Descriptions.Item>
        </Descriptions>
        {canManage ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Button disabled={e.reminderBlock !== null} onClick={() => setDialog({ step: 'reminder' })}>
                登记催告书送达
              </Button>
              <Blocked block={e.reminderBlock} />
            </Space>
            <Space wrap>
              <Button disabled={e.applicationBlock !== null} onClick={() => setDialog({ step: 'court-application' })}>
                登记申请强制执行
              </Button>
              <Blocked block={e.applicationBlock} />
            </Space>
          </Space>
        ) : null}
        {e.windowStatus === 'closed' ? (
          <Alert type="error" showIcon message="申请人民法院强制执行的期限已过（行政强制法第五十三条）" style={{ marginTop: 8 }} />
        ) : null}
      </Card>
      {dialog ? <PaymentDialog caseId={detail.id} notice={n} dialog={dialog} onClose={() => setDialog(null)} /> : null}
    </Space>
  );
}
