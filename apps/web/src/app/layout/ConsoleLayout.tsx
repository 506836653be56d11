import { Grid, Layout, Menu, type MenuProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigation } from 'react-router';
import type { Me } from '../types.ts';
import { selectedNavKey, visibleNavItems } from './nav.tsx';
import { UserMenu } from './UserMenu.tsx';
import { NotificationBell } from '../../features/deadlines/NotificationBell.tsx';

interface Props {
  me: Me;
  /** Forced step (password change, TOTP set-up): no menu, only the page and 退出登录. */
  restricted: boolean;
  children: ReactNode;
}

export function ConsoleLayout({ me, restricted, children }: Props) {
  const location = useLocation();
  const navigation = useNavigation();
  const [collapsed, setCollapsed] = useState(false);
  const screens = Grid.useBreakpoint();

  const items: MenuProps['items'] = visibleNavItems(me.permissions).map((item) => ({
    key: item.path,
    icon: item.icon,
    label: (
      <Link to={item.path} data-testid={item.testId}>
        {item.label}
      </Link>
    ),
  }));

  return (
    <Layout className="qz-shell">
      <Layout.Header className="qz-header">
        <Link to="/" className="qz-brand" aria-label="返回工作台">
          <span className="qz-brand-mark" aria-hidden>
            责
          </span>
          <span className="qz-brand-bureau" data-testid="bureau-name">
            {me.user.bureauName}
          </span>
          <span className="qz-brand-system">行政执法责任制平台</span>
        </Link>
        {restricted || !me.permissions.includes('case:read') ? null : <NotificationBell />}
        <UserMenu me={me} restricted={restricted} />
      </Layout.Header>
      <Layout hasSider={!restricted}>
        {restricted ? null : (
          <Layout.Sider
            className="qz-sider"
            width={208}
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            breakpoint="lg"
            collapsedWidth={screens.md === false ? 0 : 80}
            theme="light"
          >
            <nav aria-label="主菜单">
              <Menu mode="inline" selectedKeys={[selectedNavKey(location.pathname)]} items={items} className="qz-menu" />
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content className="qz-content">
          {navigation.state === 'loading' ? <div className="qz-progress" role="progressbar" aria-label="正在加载" /> : null}
          <main className="qz-main">{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
