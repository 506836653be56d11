import { ADMIN_ROLES, checkRoleSet, PERMISSION_LABELS, ROLE_DEFINITIONS, ROLE_LABELS, ROLES, type Role } from '@quanze/domain';
import { Alert, Checkbox, Col, Divider, Modal, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { formatBasis } from '../../../app/format.ts';
import type { UserDto } from '../../../app/types.ts';
import { fetchUser, useAssignRoles } from '../api.ts';

const ADMIN = new Set<Role>(ADMIN_ROLES);
const BUSINESS_ROLES = ROLES.filter((r) => !ADMIN.has(r));

function RoleOption({ role }: { role: Role }) {
  const perms = ROLE_DEFINITIONS[role].permissions.map((p) => PERMISSION_LABELS[p]).join('、');
  return (
    <Checkbox value={role} data-testid={`role-option-${role}`}>
      <span>{ROLE_LABELS[role]}</span>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {perms}
      </Typography.Text>
    </Checkbox>
  );
}

interface Props {
  user: UserDto | null;
  onClose: () => void;
}

/** Grants roles to one user. 三员分立 is enforced by the server; its refusal is shown with the basis. */
export function AssignRolesModal({ user, onClose }: Props) {
  const assign = useAssignRoles();
  const [base, setBase] = useState<UserDto | null>(user);
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? []);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);

  useEffect(() => {
    setBase(user);
    setRoles(user?.roles ?? []);
    setError(null);
    setConflict(false);
  }, [user]);

  const hint = checkRoleSet(roles);

  const onOk = () => {
    if (!base) return;
    setError(null);
    setConflict(false);
    assign.mutate(
      { id: base.id, roles, version: base.version },
      {
        onSuccess: onClose,
        onError: (err) => {
          if (!isApiError(err, 'VERSION_CONFLICT')) {
            setError(err);
            return;
          }
          // Someone changed this user meanwhile: load the current roles and version, let the user decide again.
          setConflict(true);
          void fetchUser(base.id)
            .then((fresh) => {
              setBase(fresh);
              setRoles(fresh.roles);
            })
            .catch(() => undefined);
        },
      },
    );
  };

  const basis = isApiError(error) ? formatBasis(error.basis) : '';

  return (
    <Modal
      open={user !== null}
      title={`分配角色：${user?.displayName ?? ''}（${user?.username ?? ''}）`}
      okText="保存"
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={assign.isPending}
      width={640}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'roles-submit' }}
    >
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="version-conflict"
          title="该用户的角色已被他人修改"
          description="已载入最新角色，请核对后重新保存。"
        />
      ) : null}
      <Checkbox.Group value={roles} onChange={(v) => setRoles(v)} style={{ width: '100%', display: 'block' }}>
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          管理员角色（三员，须启用动态口令）
        </Divider>
        <Row gutter={[16, 12]}>
          {ADMIN_ROLES.map((r) => (
            <Col key={r} xs={24} sm={12}>
              <RoleOption role={r} />
            </Col>
          ))}
        </Row>
        <Divider titlePlacement="start" plain>
          业务角色
        </Divider>
        <Row gutter={[16, 12]}>
          {BUSINESS_ROLES.map((r) => (
            <Col key={r} xs={24} sm={12}>
              <RoleOption role={r} />
            </Col>
          ))}
        </Row>
      </Checkbox.Group>
      {!hint.ok && !error ? (
        <Alert type="warning" showIcon style={{ marginTop: 16 }} title={hint.reason} description={`依据：${formatBasis(hint.basis)}`} />
      ) : null}
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="roles-error"
          title={error instanceof Error ? error.message : '保存失败'}
          description={basis ? `依据：${basis}` : undefined}
        />
      ) : null}
    </Modal>
  );
}
