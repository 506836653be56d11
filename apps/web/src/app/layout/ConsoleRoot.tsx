/**
 * The signed-in console's root route. Loaded lazily (router.tsx) so that the console shell — menu, layout, the
 * notification bell and the antd components they use — stays out of the first load of the public portal, whose
 * budget is 300 KB of gzip JavaScript (bench/disclosure-js-budget.ts).
 */
import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { isApiError } from '../api.ts';
import { FullPageSpin } from '../feedback.tsx';
import { forcedPath } from '../guards.tsx';
import { useMe } from '../me.ts';
import { loginPath } from '../session.ts';
import { ConsoleLayout } from './ConsoleLayout.tsx';

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
