import { DownOutlined, KeyOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '@quanze/domain';
import { Avatar, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import type { Me } from '../types.ts';
import { useLogout } from '../session.ts';

export function UserMenu({ me, restricted }: { me: Me; restricted: boolean }) {
  const navigate = useNavigate();
  const logout = useLogout();
  const roles = me.user.roles.map((r) => ROLE_LABELS[r]).join('、') || '未分配角色';

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div className="qz-user-card">
          <div className="qz-user-card-name">
            {me.user.displayName}（{me.user.username}）
          </div>
          <div className="qz-user-card-roles">{roles}</div>
        </div>
      ),
    },
    { type: 'divider' },
    ...(restricted
      ? []
      : [
          { key: 'password', icon: <KeyOutlined />, label: <span data-testid="user-menu-password">修改密码</span> },
          { key: 'totp', icon: <SafetyOutlined />, label: <span data-testid="user-menu-totp">动态口令设置</span> },
          { type: 'divider' as const },
        ]),
    { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="logout">退出登录</span> },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') void navigate('/account/password');
    else if (key === 'totp') void navigate('/account/totp');
    else if (key === 'logout') void logout();
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <button type="button" className="qz-user-trigger" data-testid="user-menu" aria-label="用户菜单">
        <Avatar size="small" icon={<UserOutlined />} className="qz-user-avatar" />
        <span className="qz-user-name">{me.user.displayName}</span>
        <DownOutlined className="qz-user-caret" />
      </button>
    </Dropdown>
  );
}
