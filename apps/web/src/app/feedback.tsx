/** Loading, error and status pages shared by the console and the portal. */
import { Alert, App, Button, Result, Spin } from 'antd';
import { useCallback } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { isApiError } from './api.ts';
import { formatBasis } from './format.ts';

export function FullPageSpin({ label = '正在加载…' }: { label?: string }) {
  return (
    <div className="qz-center-page" role="status" aria-live="polite">
      <Spin size="large" description={label} />
    </div>
  );
}

export function ContentSpin() {
  return (
    <div className="qz-content-spin" role="status">
      <Spin description="正在加载…" />
    </div>
  );
}

/** An API error as an alert: the server's Chinese message, and the legal basis when it gives one. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = error instanceof Error ? error.message : '发生未知错误';
  const basis = isApiError(error) ? formatBasis(error.basis) : '';
  return (
    <Alert
      type="error"
      showIcon
      title={message}
      description={basis ? `依据：${basis}` : undefined}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}

/** message.error(...) for a failed mutation, with the basis when the server cites one. */
export function useNotifyError(): (error: unknown) => void {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      const text = error instanceof Error ? error.message : '操作失败';
      const basis = isApiError(error) ? formatBasis(error.basis) : '';
      void message.error(basis ? `${text}（依据：${basis}）` : text, 5);
    },
    [message],
  );
}

export function ForbiddenPage() {
  return (
    <div data-testid="page-403">
      <Result
        status="403"
        title="无权访问"
        subTitle="您的账号没有访问此页面的权限。如需开通，请联系安全管理员分配相应角色。"
        extra={
          <Link to="/">
            <Button type="primary">返回工作台</Button>
          </Link>
        }
      />
    </div>
  );
}

export function NotFoundPage() {
  return (
    <div data-testid="page-404">
      <Result
        status="404"
        title="页面不存在"
        subTitle="您访问的页面不存在或已被移除，请检查地址是否正确。"
        extra={
          <Link to="/">
            <Button type="primary">返回工作台</Button>
          </Link>
        }
      />
    </div>
  );
}

/** Route error boundary: most often a lazy chunk that no longer exists after a new release. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const chunk =
    error instanceof Error && /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
  return (
    <div className="qz-center-page">
      <Result
        status="error"
        title={chunk ? '页面资源已更新' : '页面出错了'}
        subTitle={chunk ? '系统已升级，请刷新页面后继续。' : '页面渲染时发生错误，请刷新后重试；如问题持续，请联系系统管理员。'}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
        }
      />
    </div>
  );
}
