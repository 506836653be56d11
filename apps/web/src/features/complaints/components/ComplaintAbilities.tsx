import { Button, Card, Empty, Space, Tooltip } from 'antd';
import { formatBasis } from '../../../app/format.ts';
import type { ComplaintAbilityDto } from '../api.ts';

function BlockedTip({ a }: { a: ComplaintAbilityDto }) {
  const basis = formatBasis(a.basis);
  return (
    <div data-testid={`complaint-ability-tip-${a.action}`}>
      <div>{a.reason ?? '当前不能办理'}</div>
      {basis ? <div>依据：{basis}</div> : null}
    </div>
  );
}

/** 可办理事项: one button per ability the server lists; a blocked one is disabled and says why, with its article. */
export function ComplaintAbilities({ abilities, onPick }: { abilities: ComplaintAbilityDto[]; onPick: (a: ComplaintAbilityDto) => void }) {
  const sorted = [...abilities].sort((a, b) => Number(b.allowed) - Number(a.allowed));
  return (
    <Card title="可办理事项" size="small" data-testid="complaint-abilities">
      {sorted.length === 0 ? (
        <Empty description="本事项当前没有可办理的事项" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Space wrap>
          {sorted.map((a) =>
            a.allowed ? (
              <Button key={a.action} type="primary" onClick={() => onPick(a)} data-testid={`complaint-action-${a.action}`}>
                {a.label}
              </Button>
            ) : (
              <Tooltip key={a.action} title={<BlockedTip a={a} />}>
                <span data-testid={`complaint-action-blocked-${a.action}`} style={{ display: 'inline-block' }}>
                  <Button disabled style={{ pointerEvents: 'none' }}>
                    {a.label}
                  </Button>
                </span>
              </Tooltip>
            ),
          )}
        </Space>
      )}
      {sorted.some((a) => !a.allowed) ? (
        <div className="qz-muted" style={{ marginTop: 8 }}>
          {sorted
            .filter((a) => !a.allowed && a.reason)
            .map((a) => (
              <div key={a.action} data-testid={`complaint-blocked-reason-${a.action}`}>
                {a.label}：{a.reason}
                {formatBasis(a.basis) ? `（依据：${formatBasis(a.basis)}）` : ''}
              </div>
            ))}
        </div>
      ) : null}
    </Card>
  );
}
