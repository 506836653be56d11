import { ROLE_LABELS } from '@quanze/domain';
import { Grid, Space, Table, Tag, type TableColumnsType } from 'antd';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { formatDateTime } from '../../../app/format.ts';
import type { UserAbility, UserDto } from '../../../app/types.ts';
import { useUsers, type UserQuery } from '../api.ts';
import { PAGE_SIZES } from '../useUserQueryParams.ts';
import { UserActions } from './UserActions.tsx';
import { UserStatusTags } from './UserStatusTags.tsx';

interface Props {
  query: UserQuery;
  onQueryChange: (patch: Partial<UserQuery>) => void;
  onAction: (ability: UserAbility, user: UserDto) => void;
  /** Which columns and actions: the full list, or the roles view. */
  variant?: 'users' | 'roles';
}

export function UserTable({ query, onQueryChange, onAction, variant = 'users' }: Props) {
  const { data, error, isFetching, refetch } = useUsers(query);
  // Pinning the actions column only helps when there is room for the other columns beside it.
  const wide = Grid.useBreakpoint().md !== false;

  const columns: TableColumnsType<UserDto> = [
    { title: '用户名', dataIndex: 'username', width: 110, render: (v: string) => <span className="qz-mono">{v}</span> },
    { title: '姓名', dataIndex: 'displayName', width: 90 },
    { title: '科室', dataIndex: 'departmentName', width: 140, render: (v: string | null) => v ?? '—' },
    {
      title: '角色',
      dataIndex: 'roles',
      width: 130,
      render: (roles: UserDto['roles']) =>
        roles.length ? (
          <Space size={[0, 4]} wrap>
            {roles.map((r) => (
              <Tag key={r} color="blue">
                {ROLE_LABELS[r]}
              </Tag>
            ))}
          </Space>
        ) : (
          <Tag>未分配</Tag>
        ),
    },
    ...(variant === 'users'
      ? ([
          {
            title: '手机号码 / 身份证号码',
            key: 'pii',
            width: 200,
            render: (_: unknown, user: UserDto) =>
              user.mobile || user.idCardNumber ? (
                <div className="qz-pii">
                  {user.mobile ? (
                    <div>
                      <span className="qz-pii-label">手机</span>
                      <span className="qz-mono">{user.mobile}</span>
                    </div>
                  ) : null}
                  {user.idCardNumber ? (
                    <div>
                      <span className="qz-pii-label">证件</span>
                      <span className="qz-mono">{user.idCardNumber}</span>
                    </div>
                  ) : null}
                </div>
              ) : (
                <span className="qz-muted">未登记</span>
              ),
          },
        ] satisfies TableColumnsType<UserDto>)
      : []),
    { title: '状态', key: 'status', width: 120, render: (_: unknown, user: UserDto) => <UserStatusTags user={user} /> },
    ...(variant === 'users'
      ? ([
          { title: '最近登录', dataIndex: 'lastLoginAt', width: 165, render: (v: string | null) => formatDateTime(v) },
        ] satisfies TableColumnsType<UserDto>)
      : []),
    {
      title: '操作',
      key: 'actions',
      width: variant === 'users' ? 180 : 110,
      ...(wide ? { fixed: 'right' as const } : {}),
      render: (_: unknown, user: UserDto) => (
        <UserActions user={user} onAction={onAction} {...(variant === 'roles' ? { only: ['assignRoles'] as const } : {})} />
      ),
    },
  ];

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Table<UserDto>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={isFetching}
      scroll={{ x: variant === 'users' ? 1135 : 750 }}
      data-testid="users-table"
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES,
        showTotal: (total) => `共 ${total} 人`,
        onChange: (page, pageSize) => onQueryChange(pageSize !== query.pageSize ? { page: 1, pageSize } : { page }),
      }}
    />
  );
}
