import { ChangePasswordRequest } from '@quanze/contracts';
import { checkPassword, DEFAULT_PASSWORD_POLICY, PASSWORD_BASIS, PASSWORD_PROBLEM_MESSAGES } from '@quanze/domain';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { applyFieldErrors, zodRule } from '../../../app/form.ts';
import { formatBasis } from '../../../app/format.ts';
import { useCurrentMe } from '../../../app/me.ts';
import { PageHeader } from '../../../app/PageHeader.tsx';
import { useChangePassword } from '../api.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * The weakest policy the server may be configured with (PolicyDto minima equal the defaults), so checking
 * against it here never rejects a password the server would accept; the server's answer is final.
 */
const CLIENT_POLICY = { ...DEFAULT_PASSWORD_POLICY, maxLength: 256 };

export function PasswordPage() {
  const me = useCurrentMe();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [serverError, setServerError] = useState<string | null>(null);

  const onFinish = (values: Values) => {
    setServerError(null);
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          void message.success('密码已修改，其他设备上的登录已失效');
          form.resetFields();
          void navigate('/', { replace: true });
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) setServerError(error.message);
        },
      },
    );
  };

  return (
    <div className="qz-narrow">
      <PageHeader title="修改密码" subtitle={`账号：${me.user.username}`} />
      {me.mustChangePassword ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="请先修改密码"
          description="首次登录、密码被重置或已超过有效期时，须修改密码后才能继续使用系统。"
          data-testid="password-required"
        />
      ) : null}
      <Card>
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} style={{ maxWidth: 420 }}>
          <Form.Item
            name="currentPassword"
            label="当前密码"
            rules={[zodRule(ChangePasswordRequest.shape.currentPassword, { required: '请输入当前密码' })]}
          >
            <Input.Password autoComplete="current-password" data-testid="password-current" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label="新密码"
            dependencies={['currentPassword']}
            rules={[
              { required: true, message: '请输入新密码' },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: string | undefined) => {
                  if (!value) return;
                  const problems = checkPassword(value, me.user.username, CLIENT_POLICY);
                  if (problems[0]) throw new Error(PASSWORD_PROBLEM_MESSAGES[problems[0]](CLIENT_POLICY));
                  if (value === getFieldValue('currentPassword')) throw new Error('新密码不能与当前密码相同');
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-new" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label="确认新密码"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: string | undefined) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-confirm" />
          </Form.Item>
          {serverError ? (
            <Alert type="error" showIcon title={serverError} style={{ marginBottom: 16 }} data-testid="password-error" />
          ) : null}
          <Space>
            <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
              确认修改
            </Button>
            {me.mustChangePassword ? null : <Button onClick={() => void navigate(-1)}>取消</Button>}
          </Space>
        </Form>
      </Card>
      <Card title="密码要求" size="small" style={{ marginTop: 16 }}>
        <Typography.Paragraph>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            <li>长度不少于 {DEFAULT_PASSWORD_POLICY.minLength} 位（以安全管理员设置的策略为准）；</li>
            <li>包含大写字母、小写字母、数字、符号中的至少 {DEFAULT_PASSWORD_POLICY.minClasses} 类；</li>
            <li>不得包含用户名，不得使用常见弱密码；</li>
            <li>不得与最近几次使用过的密码相同；</li>
            <li>密码定期到期，到期后须重新设置；修改后其他设备上的登录将失效。</li>
          </ul>
        </Typography.Paragraph>
        <Typography.Text type="secondary">依据：{formatBasis(PASSWORD_BASIS)}</Typography.Text>
      </Card>
    </div>
  );
}
