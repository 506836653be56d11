import { KeyOutlined, SafetyOutlined } from '@ant-design/icons';
import { PERMISSION_LABELS, ROLE_LABELS, type Permission } from '@quanze/domain';
import { Button, Card, Descriptions, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { useCurrentMe } from '../../../app/me.ts';
import { PageHeader } from '../../../app/PageHeader.tsx';

function permissionLabel(p: string): string {
  return p in PERMISSION_LABELS ? PERMISSION_LABELS[p as Permission] : p;
}

export function AccountPage() {
  const me = useCurrentMe();
  const { user } = me;
  return (
    <div className="qz-narrow">
      <PageHeader title="个人设置" subtitle="本人账号信息与登录安全" />
      <Card title="账号信息">
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            { key: 'name', label: '姓名', children: user.displayName },
            { key: 'username', label: '用户名', children: user.username },
            { key: 'bureau', label: '所属单位', children: user.bureauName },
            { key: 'department', label: '科室', children: user.departmentName ?? '未分配科室' },
            {
              key: 'roles',
              label: '角色',
              children: user.roles.length
                ? user.roles.map((r) => (
                    <Tag key={r} color="blue">
                      {ROLE_LABELS[r]}
                    </Tag>
                  ))
                : '未分配角色',
            },
            {
              key: 'permissions',
              label: '权限',
              children: me.permissions.length ? me.permissions.map((p) => <Tag key={p}>{permissionLabel(p)}</Tag>) : '无',
            },
          ]}
        />
      </Card>
      <Card title="登录安全" style={{ marginTop: 16 }}>
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'totp',
              label: '动态口令',
              children: me.totpEnabled ? <Tag color="success">已启用</Tag> : <Tag>未启用</Tag>,
            },
            { key: 'idle', label: '闲置超时', children: `${me.idleTimeoutMinutes} 分钟无操作自动退出` },
          ]}
        />
        <Space style={{ marginTop: 12 }} wrap>
          <Link to="/account/password">
            <Button icon={<KeyOutlined />}>修改密码</Button>
          </Link>
          <Link to="/account/totp">
            <Button icon={<SafetyOutlined />}>动态口令设置</Button>
          </Link>
        </Space>
      </Card>
    </div>
  );
}
