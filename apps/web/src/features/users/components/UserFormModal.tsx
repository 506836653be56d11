import { CreateUserRequest, UpdateUserRequest } from '@quanze/contracts';
import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors, zodRule } from '../../../app/form.ts';
import type { CreateUserResponse, UserDto } from '../../../app/types.ts';
import { DepartmentSelect } from '../../departments/DepartmentSelect.tsx';
import { fetchUser, useCreateUser, useUpdateUser } from '../api.ts';

interface Values {
  username?: string;
  displayName: string;
  departmentId: string | null;
  mobile?: string;
  idCardNumber?: string;
}

interface Props {
  open: boolean;
  /** Present when editing; absent when creating. */
  user?: UserDto | undefined;
  onClose: () => void;
  onCreated: (result: CreateUserResponse) => void;
}

const trimmed = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

export function UserFormModal({ open, user, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [base, setBase] = useState<UserDto | undefined>(user);
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const editing = Boolean(user);

  useEffect(() => {
    if (!open) return;
    setBase(user);
    setConflict(false);
    setError(null);
  }, [open, user]);

  const fail = async (err: unknown) => {
    if (isApiError(err, 'VERSION_CONFLICT') && base) {
      // Someone else saved first: load their version, keep what this user typed in the other fields.
      const fresh = await fetchUser(base.id).catch(() => undefined);
      if (fresh) {
        setBase(fresh);
        form.setFieldsValue({ displayName: fresh.displayName, departmentId: fresh.departmentId });
      }
      setConflict(true);
      return;
    }
    if (!applyFieldErrors(form, err)) setError(err);
  };

  const onFinish = (values: Values) => {
    setError(null);
    setConflict(false);
    const mobile = trimmed(values.mobile);
    const idCardNumber = trimmed(values.idCardNumber);
    if (base) {
      update.mutate(
        {
          id: base.id,
          version: base.version,
          displayName: values.displayName.trim(),
          departmentId: values.departmentId ?? null,
          ...(mobile ? { mobile } : {}),
          ...(idCardNumber ? { idCardNumber } : {}),
        },
        { onSuccess: onClose, onError: (e) => void fail(e) },
      );
    } else {
      create.mutate(
        {
          username: (values.username ?? '').trim(),
          displayName: values.displayName.trim(),
          departmentId: values.departmentId ?? null,
          ...(mobile ? { mobile } : {}),
          ...(idCardNumber ? { idCardNumber } : {}),
        },
        { onSuccess: onCreated, onError: (e) => void fail(e) },
      );
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? `编辑用户：${user?.displayName ?? ''}` : '新建用户'}
      okText={editing ? '保存' : '创建'}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'user-form-submit' }}
    >
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="version-conflict"
          title="该用户信息已被他人修改"
          description="已载入最新数据，请核对后重新保存。"
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={user ? { displayName: user.displayName, departmentId: user.departmentId } : { departmentId: null }}
      >
        {editing ? (
          <Form.Item label="用户名" required>
            <Input value={user?.username} disabled />
          </Form.Item>
        ) : (
          <Form.Item
            name="username"
            label="用户名"
            rules={[zodRule(CreateUserRequest.shape.username, { required: '请输入用户名' })]}
            extra="登录用，创建后不可修改"
          >
            <Input autoComplete="off" maxLength={32} data-testid="user-form-username" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label="姓名" rules={[zodRule(CreateUserRequest.shape.displayName, { required: '请输入姓名' })]}>
          <Input maxLength={32} data-testid="user-form-displayName" />
        </Form.Item>
        <Form.Item name="departmentId" label="科室">
          <DepartmentSelect data-testid="user-form-department" />
        </Form.Item>
        <Form.Item
          name="mobile"
          label="手机号码"
          rules={[zodRule(UpdateUserRequest.shape.mobile)]}
          extra={editing ? `当前：${base?.mobile ?? '未登记'}；留空表示不修改` : undefined}
        >
          <Input inputMode="tel" maxLength={11} autoComplete="off" data-testid="user-form-mobile" />
        </Form.Item>
        <Form.Item
          name="idCardNumber"
          label="身份证号码"
          rules={[zodRule(UpdateUserRequest.shape.idCardNumber)]}
          extra={editing ? `当前：${base?.idCardNumber ?? '未登记'}；留空表示不修改` : '手机号码、身份证号码加密保存，列表中脱敏显示'}
        >
          <Input maxLength={18} autoComplete="off" data-testid="user-form-idcard" />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
