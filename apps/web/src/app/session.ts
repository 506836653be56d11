import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { api } from './api.ts';
import { queryClient } from './query-client.ts';

/** Ends the session on the server, forgets every cached answer, and goes to the login page. */
export function useLogout(): () => Promise<void> {
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await api.post<void>('/api/auth/logout', undefined, { skipSessionRedirect: true });
    } catch {
      // the session may already be gone; the user still leaves
    }
    await navigate('/login', { replace: true });
    queryClient.clear();
  }, [navigate]);
}

/** A safe in-app return path from ?from= (never another origin). */
export function safeReturnPath(from: string | null): string {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return '/';
  if (from.startsWith('/login')) return '/';
  return from;
}

export function loginPath(returnTo: string, reason?: 'expired'): string {
  const params = new URLSearchParams();
  if (returnTo && returnTo !== '/') params.set('from', returnTo);
  if (reason) params.set('reason', reason);
  const qs = params.toString();
  return qs ? `/login?${qs}` : '/login';
}
