/**
 * The supervisor's portal API. Its own session (cookie qz_sup) and its own CSRF token, kept here and sent on every
 * write: the console's api hooks (its session, its redirect to /login) play no part. Types only from the contracts.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MyObservationDto, MyObservationsDto, SubmitObservationRequest, SupervisorMeDto } from '@quanze/contracts';
import { ApiError, isApiError } from '../../app/api.ts';
import type { ErrorBody } from '../../app/types.ts';

export type { MyObservationDto, MyObservationsDto, SubmitObservationRequest, SupervisorMeDto };

let csrfToken: string | undefined;
const BASE = '/api/portal/supervisor';

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`${BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '无法连接服务器，请检查网络后重试' });
  }
  const text = await res.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const err = parsed && typeof parsed === 'object' && 'message' in parsed ? (parsed as ErrorBody) : { code: `HTTP_${res.status}`, message: `请求失败（${res.status}）` };
    throw new ApiError(res.status, err);
  }
  return parsed as T;
}

const remember = (me: SupervisorMeDto) => {
  csrfToken = me.csrfToken;
  return me;
};

/** No session (or it expired, or the appointment ended) → null, and the page sends the user to the login form. */
export function useSupervisorMe() {
  return useQuery({
    queryKey: ['supervisor', 'me'],
    queryFn: ({ signal }) =>
      call<SupervisorMeDto>('GET', '/me', undefined, signal)
        .then(remember)
        .catch((e: unknown) => {
          if (isApiError(e) && (e.status === 401 || e.code === 'APPOINTMENT_NOT_IN_FORCE')) return null;
          throw e;
        }),
    retry: false,
    staleTime: 0,
  });
}

export function useSupervisorLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { loginName: string; password: string }) => call<SupervisorMeDto>('POST', '/login', input).then(remember),
    onSuccess: (me) => client.setQueryData(['supervisor', 'me'], me),
  });
}

export function useSupervisorPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => call<SupervisorMeDto>('POST', '/password', input).then(remember),
    onSuccess: (me) => client.setQueryData(['supervisor', 'me'], me),
  });
}

export function useSupervisorLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call<null>('POST', '/logout'),
    onSettled: () => {
      csrfToken = undefined;
      client.setQueryData(['supervisor', 'me'], null);
      client.removeQueries({ queryKey: ['supervisor', 'observations'] });
    },
  });
}

export function useMyObservations(enabled: boolean) {
  return useQuery({
    queryKey: ['supervisor', 'observations'],
    queryFn: ({ signal }) => call<MyObservationsDto>('GET', '/observations', undefined, signal),
    enabled,
  });
}

export function useSubmitObservation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SubmitObservationRequest) => call<MyObservationDto>('POST', '/observations', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['supervisor', 'observations'] }),
  });
}
