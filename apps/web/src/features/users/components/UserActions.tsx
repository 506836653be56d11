import { Button, Space } from 'antd';
import type { UserAbility, UserDto } from '../../../app/types.ts';

const ACTIONS: { ability: UserAbility; label: string; danger?: boolean }[] = [
  { ability: 'edit', label: '编辑' },
  { ability: 'assignRoles', label: '分配角色' },
  { ability: 'reveal', label: '查看完整信息' },
  { ability: 'resetPassword', label: '重置密码' },
  { ability: 'unlock', label: '解锁' },
  { ability: 'enable', label: '启用' },
  { ability: 'disable', label: '停用', danger: true },
];

/** Row actions, rendered only from the server's `abilities` for this user: the UI re-implements no rule. */
export function UserActions({
  user,
  only,
  onAction,
}: {
  user: UserDto;
  /** Restrict to these actions (e.g. the roles page shows only assignRoles). */
  only?: readonly UserAbility[];
  onAction: (ability: UserAbility, user: UserDto) => void;
}) {
  const actions = ACTIONS.filter((a) => user.abilities.includes(a.ability) && (!only || only.includes(a.ability)));
  if (actions.length === 0) return <span className="qz-muted">—</span>;
  return (
    <Space size={0} wrap>
      {actions.map((a) => (
        <Button
          key={a.ability}
          type="link"
          size="small"
          danger={a.danger}
          onClick={() => onAction(a.ability, user)}
          data-testid={`user-action-${a.ability}`}
        >
          {a.label}
        </Button>
      ))}
    </Space>
  );
}
