/**
 * The one way the console talks to the server: JSON over fetch, same-origin cookies, CSRF header on writes,
 * and every error turned into an ApiError carrying the server's stable code and Chinese message.
 */
import type { Citation } from '@quanze/domain';
import type { ErrorBody } from './types.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly basis: Citation | undefined;
  readonly fieldErrors: Record<string, string[]> | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.basis = body.basis;
    this.fieldErrors = body.fieldErrors;
    this.details = body.details;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** Codes meaning "there is no valid session": the console sends the user to the login page. */
export const SESSION_CODES = new Set(['AUTH_REQUIRED', 'AUTH_SESSION_EXPIRED']);

interface ApiHooks {
  /** The CSRF token of the current session (from Me). */
  csrfToken: () => string | undefined;
  /** Called once per failing request whose answer is 401 AUTH_REQUIRED / AUTH_SESSION_EXPIRED. */
  onSessionLost: (code: string) => void;
  /** Called when the server says the session state changed under us (second factor, password change). */
  onSessionStateChanged: (code: string) => void;
}

let hooks: ApiHooks = {
  csrfToken: () => undefined,
  onSessionLost: () => undefined,
  onSessionStateChanged: () => undefined,
};

export function configureApi(next: ApiHooks): void {
  hooks = next;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not redirect to /login on 401 (the login form handles its own errors). */
  skipSessionRedirect?: boolean;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readError(response: Response): Promise<ErrorBody> {
  const text = await response.text().catch(() => '');
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'code' in parsed && 'message' in parsed) return parsed as ErrorBody;
  } catch {
    // not JSON: fall through to a generic message
  }
  if (response.status === 429) return { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' };
  if (response.status >= 500)
    return { code: `HTTP_${response.status}`, message: `服务器暂时无法处理请求（${response.status}），请稍后再试` };
  return { code: `HTTP_${response.status}`, message: `请求失败（${response.status}）` };
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (options.signal) init.signal = options.signal;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = hooks.csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '无法连接服务器，请检查网络后重试' });
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const error = new ApiError(response.status, await readError(response));
  if (response.status === 401 && SESSION_CODES.has(error.code) && !options.skipSessionRedirect) {
    hooks.onSessionLost(error.code);
  } else if (response.status === 403 && (error.code === 'AUTH_SECOND_FACTOR_REQUIRED' || error.code === 'PASSWORD_CHANGE_REQUIRED')) {
    hooks.onSessionStateChanged(error.code);
  }
  throw error;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
