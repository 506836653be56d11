import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { LoginRequest } from '@quanze/contracts';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, isApiError } from '../../../app/api.ts';
import { zodRule } from '../../../app/form.ts';
import { formatClock } from '../../../app/format.ts';
import { meKey } from '../../../app/me.ts';
import { queryClient } from '../../../app/query-client.ts';
import { safeReturnPath } from '../../../app/session.ts';
import { login, type LoginInput } from '../api.ts';
import './login.css';

interface Notice {
  type: 'error' | 'info' | 'warning';
  title: string;
  description?: string;
}

function noticeFor(error: unknown): Notice {
  if (!(error instanceof ApiError)) return { type: 'error', title: '登录失败，请稍后再试' };
  if (error.code === 'AUTH_TOTP_REQUIRED') return { type: 'info', title: error.message };
  const lockedUntil = error.details?.['lockedUntil'];
  if (error.code === 'AUTH_LOCKED' && typeof lockedUntil === 'string') {
    return { type: 'error', title: error.message, description: `预计解锁时间：${formatClock(lockedUntil)}` };
  }
  return { type: error.code === 'RATE_LIMITED' ? 'warning' : 'error', title: error.message };
}

export function LoginPage() {
  const [form] = Form.useForm<LoginInput>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [needTotp, setNeedTotp] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(
    params.get('reason') === 'expired' ? { type: 'warning', title: '登录已超时，请重新登录' } : null,
  );

  const onFinish = async (values: LoginInput) => {
    setSubmitting(true);
    try {
      const me = await login({
        username: values.username.trim(),
        password: values.password,
        ...(needTotp && values.totp ? { totp: values.totp.trim() } : {}),
      });
      queryClient.clear();
      queryClient.setQueryData(meKey, me);
      await navigate(safeReturnPath(params.get('from')), { replace: true });
    } catch (error) {
      if (isApiError(error, 'AUTH_TOTP_REQUIRED')) setNeedTotp(true);
      // At the code step the password was already accepted: a failure there is about the code, so keep the password.
      if (needTotp && (isApiError(error, 'AUTH_TOTP_INVALID') || isApiError(error, 'AUTH_INVALID_CREDENTIALS'))) {
        form.setFieldValue('totp', '');
      } else if (isApiError(error, 'AUTH_INVALID_CREDENTIALS')) {
        form.setFieldValue('password', '');
      }
      setNotice(noticeFor(error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="qz-login">
      <div className="qz-login-panel">
        <div className="qz-login-brand">
          <span className="qz-login-mark" aria-hidden>
            责
          </span>
          <div>
            <div className="qz-login-name">权责 · 行政执法责任制平台</div>
            <div className="qz-login-tagline">权责清单 · 执法办案 · 执法公示 · 执法监督</div>
          </div>
        </div>
        <Card className="qz-login-card" variant="borderless">
          <Typography.Title level={4} className="qz-login-title">
            工作人员登录
          </Typography.Title>
          {notice ? (
            <Alert
              className="qz-login-alert"
              type={notice.type}
              showIcon
              title={<span data-testid={notice.type === 'info' ? 'login-info' : 'login-error'}>{notice.title}</span>}
              description={notice.description}
            />
          ) : null}
          <Form
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => void onFinish(values)}
            autoComplete="on"
            size="large"
          >
            <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" maxLength={64} />
            </Form.Item>
            <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" maxLength={256} />
            </Form.Item>
            {needTotp ? (
              <Form.Item
                name="totp"
                label="动态口令"
                extra="请输入手机身份验证器当前显示的 6 位数字；手机丢失时可输入恢复码（形如 ABCD-1234）。"
                rules={[zodRule(LoginRequest.shape.totp, { required: '请输入 6 位动态口令' })]}
              >
                <Input
                  prefix={<SafetyOutlined />}
                  autoComplete="one-time-code"
                  inputMode="numeric"
                  maxLength={9}
                  autoFocus
                  placeholder="6 位数字或恢复码"
                  data-testid="login-totp"
                />
              </Form.Item>
            ) : null}
            <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
              {needTotp ? '验证并登录' : '登录'}
            </Button>
          </Form>
          <div className="qz-login-foot">
            <Link to="/portal">访问执法公示网站</Link>
            <span>忘记密码请联系系统管理员重置</span>
          </div>
        </Card>
        <p className="qz-login-legal">本系统仅限授权人员使用，所有操作均记入审计日志。</p>
      </div>
    </div>
  );
}
