import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { isApiError } from './api.ts';
import { FullPageSpin, ForbiddenPage } from './feedback.tsx';
import { ConsoleLayout } from './layout/ConsoleLayout.tsx';
import { useMe } from './me.ts';
import { loginPath } from './session.ts';
import type { Me } from './types.ts';

export const PASSWORD_PATH = '/account/password';
export const TOTP_PATH = '/account/totp';

/** The page a signed-in user must complete before anything else, if any. */
export function forcedPath(me: Me): string | null {
  if (me.mustChangePassword) return PASSWORD_PATH;
  if (me.secondFactorRequired && !me.secondFactorSatisfied) return TOTP_PATH;
  return null;
}

/** The signed-in console: loads Me, sends strangers to /login and forced steps to their page. */
export function ConsoleRoot() {
  const { data: me, error, isPending, refetch } = useMe();
  const location = useLocation();

  if (isApiError(error) && error.status === 401) {
    const reason = error.code === 'AUTH_SESSION_EXPIRED' ? 'expired' : undefined;
    return <Navigate to={loginPath(location.pathname + location.search, reason)} replace />;
  }
  if (isPending) return <FullPageSpin />;
  if (!me) {
    return (
      <div className="qz-center-page">
        <Result
          status="error"
          title="无法连接服务器"
          subTitle={error instanceof Error ? error.message : '请稍后再试'}
          extra={
            <Button type="primary" onClick={() => void refetch()}>
              重试
            </Button>
          }
        />
      </div>
    );
  }

  const forced = forcedPath(me);
  if (forced && location.pathname !== forced) return <Navigate to={forced} replace />;
  return (
    <ConsoleLayout me={me} restricted={forced !== null}>
      <Outlet />
    </ConsoleLayout>
  );
}

/** A route only for holders of `permission`; others see 403 (the server checks again on every call). */
export function RequirePermission({ permission, children }: { permission: string; children?: ReactNode }) {
  const { data: me } = useMe();
  if (!me?.permissions.includes(permission)) return <ForbiddenPage />;
  return children ?? <Outlet />;
}
