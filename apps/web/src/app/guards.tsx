import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { ForbiddenPage } from './feedback.tsx';
import { useMe } from './me.ts';
import type { Me } from './types.ts';

export const PASSWORD_PATH = '/account/password';
export const TOTP_PATH = '/account/totp';

/** The page a signed-in user must complete before anything else, if any. */
export function forcedPath(me: Me): string | null {
  if (me.mustChangePassword) return PASSWORD_PATH;
  if (me.secondFactorRequired && !me.secondFactorSatisfied) return TOTP_PATH;
  return null;
}

/** A route only for holders of `permission`; others see 403 (the server checks again on every call). */
export function RequirePermission({ permission, children }: { permission: string; children?: ReactNode }) {
  const { data: me } = useMe();
  if (!me?.permissions.includes(permission)) return <ForbiddenPage />;
  return children ?? <Outlet />;
}
