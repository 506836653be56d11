import { Alert, App, Button, Card, Result, Steps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { refreshMe, useCurrentMe } from '../../../app/me.ts';
import { PageHeader } from '../../../app/PageHeader.tsx';
import { useLogout } from '../../../app/session.ts';
import { useTotpEnable, useTotpSetup } from '../api.ts';
import { RecoveryCodes } from '../components/RecoveryCodes.tsx';
import { TotpBindForm } from '../components/TotpBindForm.tsx';

const SECOND_FACTOR_BASIS = 'GB/T 22239-2019《网络安全等级保护基本要求》第三级 8.1.4.1 d）';

export function TotpPage() {
  const me = useCurrentMe();
  const navigate = useNavigate();
  const logout = useLogout();
  const { message, modal } = App.useApp();
  const setup = useTotpSetup();
  const enable = useTotpEnable();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const started = useRef(false);

  const forced = me.secondFactorRequired && !me.secondFactorSatisfied;
  const mustVerifyAtLogin = me.totpEnabled && forced;

  // Start binding straight away when the account has no TOTP yet (once, even under StrictMode).
  const startSetup = setup.mutate;
  useEffect(() => {
    if (!me.totpEnabled && !started.current) {
      started.current = true;
      startSetup();
    }
  }, [me.totpEnabled, startSetup]);

  const finish = async () => {
    await refreshMe();
    void message.success('动态口令已启用');
    await navigate('/', { replace: true });
  };

  const confirmRebind = () => {
    void modal.confirm({
      title: '重新绑定动态口令？',
      content: '开始重新绑定后，原验证器中的动态口令和全部恢复码立即失效，须完成新的绑定后才能继续使用动态口令登录。',
      okText: '开始重新绑定',
      onOk: () => setup.mutate(),
    });
  };

  const step = recoveryCodes ? 2 : setup.data ? 1 : 0;

  return (
    <div className="qz-narrow">
      <PageHeader title="动态口令设置" subtitle="基于时间的动态口令（TOTP），作为登录时的第二重身份鉴别" />
      {me.secondFactorRequired ? (
        <Alert
          type={forced ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="totp-required"
          title={forced ? '管理员账号须先启用动态口令' : '管理员账号须使用动态口令登录'}
          description={`系统管理员、安全管理员、审计管理员（三员）须采用口令加动态口令的双因素身份鉴别，依据：${SECOND_FACTOR_BASIS}。${forced ? '完成绑定后即可使用管理功能。' : ''}`}
        />
      ) : null}

      {mustVerifyAtLogin ? (
        <Card>
          <Result
            status="info"
            title="本次登录尚未验证动态口令"
            subTitle="您的账号已启用动态口令。请退出后重新登录，并在登录时输入验证器中的 6 位动态口令。"
            extra={
              <Button type="primary" onClick={() => void logout()}>
                退出并重新登录
              </Button>
            }
          />
        </Card>
      ) : me.totpEnabled && !recoveryCodes && !setup.data ? (
        <Card>
          <Result
            status="success"
            title="动态口令已启用"
            subTitle="登录时须输入验证器中的动态口令。更换手机时可重新绑定，原绑定随即失效。"
            extra={
              <Button onClick={confirmRebind} loading={setup.isPending} data-testid="totp-rebind">
                重新绑定
              </Button>
            }
          />
          {setup.error ? <ErrorAlert error={setup.error} /> : null}
        </Card>
      ) : (
        <Card>
          <Steps
            current={step}
            size="small"
            style={{ marginBottom: 24 }}
            items={[{ title: '扫码绑定' }, { title: '输入动态口令' }, { title: '保存恢复码' }]}
          />
          {recoveryCodes ? (
            <RecoveryCodes codes={recoveryCodes} username={me.user.username} onDone={() => void finish()} />
          ) : (
            <TotpBindForm
              setup={setup.data}
              setupError={setup.error}
              setupPending={setup.isPending}
              onRetrySetup={() => setup.mutate()}
              enablePending={enable.isPending}
              enableError={enable.error}
              onEnable={(code) => enable.mutate(code, { onSuccess: (result) => setRecoveryCodes(result.recoveryCodes) })}
            />
          )}
        </Card>
      )}
    </div>
  );
}
