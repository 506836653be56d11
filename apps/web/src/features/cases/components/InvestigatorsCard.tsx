import { Button, Card, List, Space, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { formatBasis, formatDate, formatDateTime } from '../../../app/format.ts';
import type { CaseAbility, CaseDetailDto } from '../types.ts';

const STATUS: Record<string, { label: string; color: string }> = {
  pending: { label: '待决定', color: 'orange' },
  granted: { label: '决定回避', color: 'red' },
  refused: { label: '不予回避', color: 'default' },
};
const REQUESTED_BY: Record<string, string> = { party: '当事人申请', officer: '执法人员提出', self: '本人自行回避' };

/** A button for one team action: enabled when the server allows it, else disabled with the reason and article. */
function TeamButton({ ability, onPick }: { ability: CaseAbility | undefined; onPick: (a: CaseAbility) => void }) {
  if (!ability) return null;
  if (ability.allowed) {
    return (
      <Button size="small" onClick={() => onPick(ability)} data-testid={`case-team-${ability.action}`}>
        {ability.label}
      </Button>
    );
  }
  const basis = formatBasis(ability.basis);
  return (
    <Tooltip title={`${ability.reason ?? '当前不能办理'}${basis ? `（依据：${basis}）` : ''}`}>
      <Button size="small" disabled data-testid={`case-team-${ability.action}`}>
        {ability.label}
      </Button>
    </Tooltip>
  );
}

/** 承办人员 with their certificates, those taken off (and why), and the recusal requests with their decisions (第四十三条). */
export function InvestigatorsCard({ detail, onPick }: { detail: CaseDetailDto; onPick: (a: CaseAbility) => void }) {
  const find = (action: string) => detail.abilities.find((a) => a.action === action);
  const current = detail.investigators.filter((i) => !i.removedAt);
  const former = detail.investigators.filter((i) => i.removedAt);
  const teamActions = [find('requestRecusal'), find('decideRecusal'), find('assignInvestigators')];
  return (
    <Card title="承办人员" size="small" data-testid="case-investigators">
      {/* The team actions sit in the body, not the card head: three buttons in the head of this narrow column
          would squeeze the title and the names to one character a line. */}
      {teamActions.some((a) => a) ? (
        <Space size={[4, 4]} wrap className="qz-investigators-actions">
          {teamActions.map((a) => (a ? <TeamButton key={a.action} ability={a} onPick={onPick} /> : null))}
        </Space>
      ) : null}
      <List
        size="small"
        locale={{ emptyText: '尚未指派承办人员' }}
        dataSource={current}
        renderItem={(i) => (
          <List.Item key={i.officerId} className="qz-investigator">
            <Link to={`/officers/${i.officerId}`} className="qz-investigator-name">
              {i.name}
            </Link>
            <span className="qz-muted qz-investigator-meta">
              {i.certificateNumber ? `执法证 ${i.certificateNumber} · ` : ''}
              {formatDate(i.assignedAt)} 指派
            </span>
          </List.Item>
        )}
      />
      {former.length ? (
        <div style={{ marginTop: 8 }} data-testid="case-former-investigators">
          <Typography.Text type="secondary">已调出：</Typography.Text>
          {former.map((i) => (
            <div key={`${i.officerId}${i.removedAt ?? ''}`} className="qz-muted">
              {i.name}（{i.removedAt ? formatDate(i.removedAt) : ''}，{i.removedReason ?? ''}）
            </div>
          ))}
        </div>
      ) : null}
      {detail.recusals.length ? (
        <div style={{ marginTop: 8 }} data-testid="case-recusals">
          <Typography.Text strong>回避申请</Typography.Text>
          {detail.recusals.map((r) => (
            <div key={r.id} style={{ marginTop: 4 }}>
              <Space size={4} wrap>
                <span>
                  {r.personName}（{r.roleLabel}）
                </span>
                <Tag color={STATUS[r.status]?.color}>{STATUS[r.status]?.label ?? r.status}</Tag>
              </Space>
              <div className="qz-muted">
                {REQUESTED_BY[r.requestedBy] ?? r.requestedBy}：{r.reason}（{r.recordedByName} {formatDateTime(r.requestedAt)} 登记）
              </div>
              {r.decidedAt ? (
                <div className="qz-muted">
                  {r.decidedByName} {formatDateTime(r.decidedAt)} 决定：{r.decisionReason}
                </div>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
    </Card>
  );
}
