import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  ProfileOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { ROLE_LABELS } from '@quanze/domain';
import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../app/format.ts';
import { visibleNavItems } from '../../app/layout/nav.tsx';
import { useCurrentMe } from '../../app/me.ts';

interface Module {
  title: string;
  description: string;
  icon: ReactNode;
  /** A module already built: its page, and the permission that opens it. */
  path?: string;
  permission?: string;
  /** Parts of a built module still to come, named so nobody looks for them in vain. */
  pending?: string;
}

/** The business modules: built ones open their page; the rest are shown so users see where the platform is going. */
const MODULES: Module[] = [
  { title: '权责清单', description: '执法事项、职权分解、裁量基准', icon: <ProfileOutlined />, path: '/powers', permission: 'power:read' },
  { title: '执法人员', description: '执法证件、年度审验、培训记录', icon: <IdcardOutlined />, path: '/officers', permission: 'officer:read' },
  { title: '行政处罚办案', description: '立案、调查取证、法制审核、决定、执行、归档', icon: <FileProtectOutlined />, path: '/cases', permission: 'case:read' },
  { title: '执法公示', description: '执法决定公示、撤回、公示期满', icon: <FileSearchOutlined />, path: '/disclosure', permission: 'disclosure:publish' },
  {
    title: '执法监督',
    description: '投诉举报、信访办理',
    icon: <AlertOutlined />,
    path: '/complaints',
    permission: 'complaint:read',
    pending: '案卷评查、执法检查、备案审查建设中',
  },
  { title: '考核评议', description: '满意度评议', icon: <TrophyOutlined />, path: '/surveys', permission: 'business:read', pending: '年度目标考核建设中' },
  { title: '责任追究', description: '追责情形、责任认定', icon: <AuditOutlined />, path: '/accountability', permission: 'business:read' },
  { title: '统计分析', description: '执法数据看板、统计年报', icon: <BarChartOutlined /> },
];

export function WorkbenchPage() {
  const me = useCurrentMe();
  const { user } = me;
  const shortcuts = visibleNavItems(me.permissions).filter((item) => item.path !== '/');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card data-testid="welcome-card">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {user.displayName}，您好
        </Typography.Title>
        <Space wrap size={[12, 8]} separator={<span className="qz-muted">|</span>}>
          <span>{user.bureauName}</span>
          <span>{user.departmentName ?? '未分配科室'}</span>
          <span>
            {user.roles.length ? (
              user.roles.map((r) => (
                <Tag key={r} color="blue">
                  {ROLE_LABELS[r]}
                </Tag>
              ))
            ) : (
              <Tag>未分配角色</Tag>
            )}
          </span>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          今天是 {formatDate(new Date().toISOString())}。{me.totpEnabled ? '' : ' 建议在“个人设置”中启用动态口令，提升账号安全。'}
        </Typography.Paragraph>
      </Card>

      {shortcuts.length ? (
        <Card title="常用功能" size="small">
          <Space wrap>
            {shortcuts.map((item) => (
              <Link key={item.path} to={item.path}>
                <Tag icon={item.icon} className="qz-shortcut">
                  {item.label}
                </Tag>
              </Link>
            ))}
          </Space>
        </Card>
      ) : null}

      <Row gutter={[16, 16]}>
        {MODULES.map((m) => {
          const open = m.path !== undefined && (!m.permission || me.permissions.includes(m.permission));
          const card = (
            <Card size="small" className="qz-module-card" hoverable={open}>
              <Space align="start">
                <span className="qz-module-icon">{m.icon}</span>
                <div>
                  <div className="qz-module-title">
                    {m.title} {m.path ? null : <Tag>建设中</Tag>}
                  </div>
                  <Typography.Text type="secondary">{m.description}</Typography.Text>
                  {m.pending ? (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {m.pending}
                      </Typography.Text>
                    </div>
                  ) : null}
                </div>
              </Space>
            </Card>
          );
          return (
            <Col key={m.title} xs={24} sm={12} xl={6}>
              {open && m.path ? (
                <Link to={m.path} style={{ display: 'block', height: '100%' }} data-testid={`module-${m.path.slice(1)}`}>
                  {card}
                </Link>
              ) : (
                card
              )}
            </Col>
          );
        })}
      </Row>
    </Space>
  );
}
