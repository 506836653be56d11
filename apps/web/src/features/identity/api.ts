import { useMutation } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { Me, TotpEnableResponse, TotpSetupResponse } from '../../app/types.ts';

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
}

export function login(input: LoginInput): Promise<Me> {
  return api.post<Me>('/api/auth/login', input, { skipSessionRedirect: true });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api.post<void>('/api/auth/password', input),
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
