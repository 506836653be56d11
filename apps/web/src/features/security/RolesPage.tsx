import { SEPARATION_OF_DUTIES } from '@quanze/domain';
import { Alert, Card, Input, Space } from 'antd';
import { useState } from 'react';
import { formatBasis } from '../../app/format.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import type { UserAbility, UserDto } from '../../app/types.ts';
import { AssignRolesModal } from '../users/components/AssignRolesModal.tsx';
import { UserTable } from '../users/components/UserTable.tsx';
import { useUserQueryParams } from '../users/useUserQueryParams.ts';
import { PermissionMatrix } from './components/PermissionMatrix.tsx';

export function RolesPage() {
  const [query, setQuery] = useUserQueryParams();
  const [editing, setEditing] = useState<UserDto | null>(null);

  const onAction = (ability: UserAbility, user: UserDto) => {
    if (ability === 'assignRoles') setEditing(user);
  };

  return (
    <>
      <PageHeader title="角色授权" subtitle="为工作人员分配角色；角色决定其可使用的功能和可查看的数据范围" />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title="三员分立"
          description={`系统管理员、安全管理员、审计管理员不得由同一账号兼任，管理员账号不得兼任业务角色。依据：${formatBasis(SEPARATION_OF_DUTIES)}`}
        />
        <Card title="人员与角色">
          <div className="qz-toolbar">
            <Input.Search
              key={query.q ?? ''}
              defaultValue={query.q}
              placeholder="用户名或姓名"
              allowClear
              enterButton="查询"
              onSearch={(q) => setQuery({ q: q.trim() })}
              style={{ width: 300 }}
              data-testid="roles-search"
            />
          </div>
          <UserTable query={query} onQueryChange={setQuery} onAction={onAction} variant="roles" />
        </Card>
        <Card title="角色权限对照表" extra="只读">
          <PermissionMatrix />
        </Card>
      </Space>
      <AssignRolesModal user={editing} onClose={() => setEditing(null)} />
    </>
  );
}
