import { useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router';
import { usePortalTitle } from '../title.ts';
import { useSupervisorLogin, useSupervisorMe, useSupervisorPassword } from './api.ts';
import './supervisor.css';

/**
 * 社会监督员登录: the portal account given by the bureau. After a first login (or a reset) the one-time password must be
 * changed here before anything else. Plain HTML controls keep the portal's first load small.
 */
export function SupervisorLoginPage() {
  usePortalTitle('社会监督员登录');
  const { data: me, isPending } = useSupervisorMe();
  if (isPending) return <main className="qz-portal-inner qz-portal-page">正在加载…</main>;
  if (me && !me.mustChangePassword) return <Navigate to="/portal/supervisor" replace />;
  return (
    <main className="qz-portal-inner qz-portal-page">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / 社会监督员登录
      </div>
      <h2 className="qz-portal-page-title">社会监督员登录</h2>
      <div className="qz-sv-card">{me ? <ChangePassword name={me.name} /> : <LoginForm />}</div>
    </main>
  );
}

function LoginForm() {
  const [loginName, setLoginName] = useState('');
  const [password, setPassword] = useState('');
  const login = useSupervisorLogin();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ loginName: loginName.trim(), password });
  };
  return (
    <form className="qz-sv-form" onSubmit={submit} data-testid="supervisor-login-form">
      <p className="qz-sv-meta" style={{ marginTop: 0 }}>
        本入口仅供本局聘请的社会监督员（行风监督员）使用，账号由聘任机关开通。
      </p>
      <label htmlFor="qz-sv-login">登录名</label>
      <input id="qz-sv-login" autoComplete="username" value={loginName} onChange={(e) => setLoginName(e.target.value)} required maxLength={64} data-testid="supervisor-login-name" />
      <label htmlFor="qz-sv-password">密码</label>
      <input
        id="qz-sv-password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
        maxLength={256}
        data-testid="supervisor-login-password"
      />
      {login.error ? (
        <div className="qz-sv-error" role="alert" data-testid="supervisor-login-error">
          {login.error.message}
        </div>
      ) : null}
      <button type="submit" className="qz-sv-button" disabled={login.isPending} data-testid="supervisor-login-submit">
        {login.isPending ? '正在登录…' : '登录'}
      </button>
    </form>
  );
}

function ChangePassword({ name }: { name: string }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const change = useSupervisorPassword();
  const mismatch = again !== '' && again !== next;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) change.mutate({ currentPassword: current, newPassword: next });
  };
  return (
    <form className="qz-sv-form" onSubmit={submit} data-testid="supervisor-password-form">
      <p style={{ marginTop: 0 }}>{name}，您好。首次登录或密码被重置后，请先设置新密码。</p>
      <label htmlFor="qz-sv-cur">当前（初始）密码</label>
      <input id="qz-sv-cur" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />
      <label htmlFor="qz-sv-new">新密码</label>
      <input id="qz-sv-new" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} required />
      <div className="qz-sv-hint">至少 8 位，包含大写字母、小写字母、数字、符号中的至少 3 类，不得包含登录名。</div>
      <label htmlFor="qz-sv-again">再次输入新密码</label>
      <input id="qz-sv-again" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} required />
      {mismatch ? <div className="qz-sv-error">两次输入的新密码不一致</div> : null}
      {change.error ? (
        <div className="qz-sv-error" role="alert">
          {change.error.message}
        </div>
      ) : null}
      <button type="submit" className="qz-sv-button" disabled={change.isPending || mismatch}>
        设置新密码
      </button>
    </form>
  );
}
