import { CheckOutlined } from '@ant-design/icons';
import { PERMISSION_LABELS, PERMISSIONS, ROLE_DEFINITIONS, ROLE_LABELS, ROLES, type DataScope, type Role } from '@quanze/domain';
import { Table, Tag, Tooltip, type TableColumnsType } from 'antd';

const SCOPE_LABELS: Record<DataScope, string> = { self: '本人', department: '本科室', bureau: '本局' };

interface Row {
  role: Role;
}

const columns: TableColumnsType<Row> = [
  {
    title: '角色',
    dataIndex: 'role',
    fixed: 'left',
    width: 130,
    render: (role: Role) => <strong>{ROLE_LABELS[role]}</strong>,
  },
  {
    title: '数据范围',
    key: 'scope',
    width: 90,
    render: (_: unknown, { role }: Row) => SCOPE_LABELS[ROLE_DEFINITIONS[role].scope],
  },
  {
    title: '双因素',
    key: 'mfa',
    width: 80,
    render: (_: unknown, { role }: Row) => (ROLE_DEFINITIONS[role].requiresSecondFactor ? <Tag color="orange">必须</Tag> : '—'),
  },
  ...PERMISSIONS.map((p) => ({
    title: (
      <Tooltip title={p}>
        <span className="qz-matrix-head">{PERMISSION_LABELS[p]}</span>
      </Tooltip>
    ),
    key: p,
    width: 76,
    className: 'qz-matrix-cell',
    render: (_: unknown, { role }: Row) =>
      ROLE_DEFINITIONS[role].permissions.includes(p) ? <CheckOutlined style={{ color: '#2e7d32' }} aria-label="有" /> : null,
  })),
];

/** Read-only: which permission each role carries (ROLE_DEFINITIONS in @quanze/domain, the same table the server uses). */
export function PermissionMatrix() {
  return (
    <Table<Row>
      rowKey="role"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={ROLES.map((role) => ({ role }))}
      scroll={{ x: 300 + PERMISSIONS.length * 76 }}
      data-testid="permission-matrix"
    />
  );
}
