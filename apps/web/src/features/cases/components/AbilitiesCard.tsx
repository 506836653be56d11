import { Button, Card, Empty, Space, Tooltip } from 'antd';
import { formatBasis } from '../../../app/format.ts';
import type { CaseAbility } from '../types.ts';
import { IssueLine } from './RefusalAlert.tsx';

/** Why an action is blocked: the reason and its article, then the other reasons. */
function BlockedTip({ ability }: { ability: CaseAbility }) {
  const basis = formatBasis(ability.basis);
  return (
    <div data-testid={`case-ability-tip-${ability.action}`}>
      <div>{ability.reason ?? '当前不能办理'}</div>
      {basis ? <div>依据：{basis}</div> : null}
      {ability.others.length ? (
        <div style={{ marginTop: 6 }}>
          此外：
          {ability.others.map((o, i) => (
            <IssueLine key={`${o.code}${i}`} issue={o} />
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** 可办理事项: one button per ability the server lists, enabled when allowed, else disabled with the reason. */
export function AbilitiesCard({ abilities, onPick }: { abilities: CaseAbility[]; onPick: (a: CaseAbility) => void }) {
  const sorted = [...abilities].sort((a, b) => Number(b.allowed) - Number(a.allowed));
  return (
    <Card title="可办理事项" size="small" data-testid="case-abilities">
      {sorted.length === 0 ? (
        <Empty description="本案当前没有可办理的事项" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Space wrap>
          {sorted.map((a) =>
            a.allowed ? (
              <Button key={a.action} type="primary" onClick={() => onPick(a)} data-testid={`case-action-${a.action}`}>
                {a.label}
              </Button>
            ) : (
              <Tooltip key={a.action} title={<BlockedTip ability={a} />}>
                <span data-testid={`case-action-blocked-${a.action}`} style={{ display: 'inline-block' }}>
                  <Button disabled data-testid={`case-action-${a.action}`} style={{ pointerEvents: 'none' }}>
                    {a.label}
                  </Button>
                </span>
              </Tooltip>
            ),
          )}
        </Space>
      )}
    </Card>
  );
}
