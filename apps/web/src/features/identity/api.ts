import { useMutation } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { meKey, refreshMe } from '../../app/me.ts';
import { queryClient } from '../../app/query-client.ts';
import type { Me, TotpEnableResponse, TotpSetupResponse } from '../../app/types.ts';

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
}

export function login(input: LoginInput): Promise<Me> {
  return api.post<Me>('/api/auth/login', input, { skipSessionRedirect: true });
}

/**
 * Changing the password ends every session of the user and issues a fresh one (new CSRF token): the answer is
 * the new Me (or 204 on older servers, then Me is re-read).
 */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (input: { currentPassword: string; newPassword: string }) => {
      const me = await api.post<Me | undefined>('/api/auth/password', input);
      if (me && typeof me === 'object' && 'csrfToken' in me) {
        queryClient.setQueryData(meKey, me);
        return me;
      }
      return refreshMe();
    },
  });
}

export function useTotpSetup() {
  return useMutation({ mutationFn: () => api.post<TotpSetupResponse>('/api/auth/totp/setup') });
}

export function useTotpEnable() {
  return useMutation({
    mutationFn: (code: string) => api.post<TotpEnableResponse>('/api/auth/totp/enable', { code }),
  });
}
