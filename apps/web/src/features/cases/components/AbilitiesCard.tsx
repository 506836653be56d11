import { Button, Card, Empty, Space, Tooltip } from 'antd';
import { formatBasis } from '../../../app/format.ts';
import type { CaseAbility } from '../types.ts';
import { IssueLine } from '../../../app/components/RefusalAlert.tsx';

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

/** Actions beside the procedure's course (team, recusal, the decision clock): a second, quieter row. */
const SIDE_ACTIONS = new Set([
  'requestRecusal',
  'decideRecusal',
  'assignInvestigators',
  'suspendDecisionClock',
  'resumeDecisionClock',
  'extendDecisionClock',
]);

function AbilityButton({ a, onPick, side }: { a: CaseAbility; onPick: (a: CaseAbility) => void; side: boolean }) {
  if (a.allowed) {
    return (
      <Button type={side ? 'default' : 'primary'} size={side ? 'small' : 'middle'} onClick={() => onPick(a)} data-testid={`case-action-${a.action}`}>
        {a.label}
      </Button>
    );
  }
  return (
    <Tooltip title={<BlockedTip ability={a} />}>
      <span data-testid={`case-action-blocked-${a.action}`} style={{ display: 'inline-block' }}>
        <Button disabled size={side ? 'small' : 'middle'} data-testid={`case-action-${a.action}`} style={{ pointerEvents: 'none' }}>
          {a.label}
        </Button>
      </span>
    </Tooltip>
  );
}

/** 可办理事项: one button per ability the server lists, enabled when allowed, else disabled with the reason. */
export function AbilitiesCard({ abilities, onPick }: { abilities: CaseAbility[]; onPick: (a: CaseAbility) => void }) {
  const sorted = [...abilities].sort((a, b) => Number(b.allowed) - Number(a.allowed));
  const main = sorted.filter((a) => !SIDE_ACTIONS.has(a.action));
  const side = sorted.filter((a) => SIDE_ACTIONS.has(a.action));
  return (
    <Card title="可办理事项" size="small" data-testid="case-abilities">
      {sorted.length === 0 ? (
        <Empty description="本案当前没有可办理的事项" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <>
          <Space wrap>
            {main.map((a) => (
              <AbilityButton key={a.action} a={a} onPick={onPick} side={false} />
            ))}
          </Space>
          {side.length ? (
            <div style={{ marginTop: main.length ? 12 : 0 }}>
              <Space wrap size={6}>
                <span className="qz-muted">其他：</span>
                {side.map((a) => (
                  <AbilityButton key={a.action} a={a} onPick={onPick} side />
                ))}
              </Space>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
