import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input } from 'antd';
import { useCallback, useState } from 'react';
import { useCan } from '../../app/me.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import type { CreateUserResponse } from '../../app/types.ts';
import { DepartmentSelect } from '../departments/DepartmentSelect.tsx';
import { AssignRolesModal } from './components/AssignRolesModal.tsx';
import { InitialPasswordModal, type IssuedPassword } from './components/InitialPasswordModal.tsx';
import { RevealModal } from './components/RevealModal.tsx';
import { UserFormModal } from './components/UserFormModal.tsx';
import { UserTable } from './components/UserTable.tsx';
import { useUserCommands, type UserDialog } from './useUserCommands.ts';
import { useUserQueryParams } from './useUserQueryParams.ts';

export function UsersPage() {
  const can = useCan();
  const [query, setQuery] = useUserQueryParams();
  const [dialog, setDialog] = useState<UserDialog | null>(null);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  // A fresh form for every opening of the create / edit dialog (no values carried over from the last one).
  const [formSeq, setFormSeq] = useState(0);
  const openDialog = useCallback((next: UserDialog) => {
    if (next.kind === 'create' || next.kind === 'edit') setFormSeq((n) => n + 1);
    setDialog(next);
  }, []);
  const onAction = useUserCommands(openDialog, setIssued);
  const close = () => setDialog(null);

  const onCreated = ({ user, initialPassword }: CreateUserResponse) => {
    setDialog(null);
    setIssued({ title: '用户已创建', username: user.username, displayName: user.displayName, password: initialPassword });
  };

  return (
    <>
      <PageHeader
        title="用户管理"
        subtitle="本局工作人员账号。手机号码、身份证号码脱敏显示；查看完整信息将记入审计日志。"
        extra={
          can('user:manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openDialog({ kind: 'create' })} data-testid="users-create">
              新建用户
            </Button>
          ) : null
        }
      />
      <Card>
        <div className="qz-toolbar">
          <Input.Search
            key={query.q ?? ''}
            defaultValue={query.q}
            placeholder="用户名或姓名"
            allowClear
            enterButton="查询"
            onSearch={(q) => setQuery({ q: q.trim() })}
            style={{ width: 300 }}
            data-testid="users-search"
          />
          <DepartmentSelect
            value={query.departmentId ?? null}
            onChange={(departmentId) => setQuery({ departmentId: departmentId ?? '' })}
            placeholder="全部科室"
            style={{ width: 220 }}
            data-testid="users-department-filter"
          />
        </div>
        <UserTable query={query} onQueryChange={setQuery} onAction={onAction} />
      </Card>

      <UserFormModal
        key={formSeq}
        open={dialog?.kind === 'create' || dialog?.kind === 'edit'}
        user={dialog?.kind === 'edit' ? dialog.user : undefined}
        onClose={close}
        onCreated={onCreated}
      />
      <AssignRolesModal user={dialog?.kind === 'roles' ? dialog.user : null} onClose={close} />
      <RevealModal user={dialog?.kind === 'reveal' ? dialog.user : null} onClose={close} />
      <InitialPasswordModal issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
