import { useQuery } from '@tanstack/react-query';
import { api } from './api.ts';
import { queryClient } from './query-client.ts';
import type { Me } from './types.ts';

export const meKey = ['auth', 'me'] as const;

export function fetchMe(): Promise<Me> {
  return api.get<Me>('/api/auth/me');
}

/** The signed-in user, permissions and CSRF token (GET /api/auth/me). 401 means no session. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: fetchMe,
    staleTime: 60_000,
    refetchOnWindowFocus: true,
    retry: false,
  });
}

/** The Me of a page inside the console: the console shell only renders children once Me is loaded. */
export function useCurrentMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentMe() used outside the signed-in console');
  return data;
}

export function useCan(): (permission: string) => boolean {
  const { data } = useMe();
  return (permission) => data?.permissions.includes(permission) ?? false;
}

export function currentCsrfToken(): string | undefined {
  return queryClient.getQueryData<Me>(meKey)?.csrfToken;
}

/** Re-reads Me (after a password change, TOTP enable) and resolves with the fresh value. */
export async function refreshMe(): Promise<Me> {
  return queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 });
}
