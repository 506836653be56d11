/**
 * Multipart uploads (photo, roster import). The shared api wrapper speaks JSON only; this keeps its rules:
 * same-origin cookies, the CSRF header, and every failure as an ApiError with the server's Chinese message.
 */
import { ApiError } from '../../app/api.ts';
import { currentCsrfToken } from '../../app/me.ts';
import type { ErrorBody } from '../../app/types.ts';

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as Partial<ErrorBody>;
    if (typeof body.code === 'string' && typeof body.message === 'string') return new ApiError(response.status, body as ErrorBody);
  } catch {
    // not JSON
  }
  if (response.status === 413) return new ApiError(413, { code: 'PAYLOAD_TOO_LARGE', message: '文件过大' });
  if (response.status === 429) return new ApiError(429, { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
  return new ApiError(response.status, { code: `HTTP_${response.status}`, message: `上传失败（${response.status}）` });
}

export async function uploadFile<T>(method: 'POST' | 'PUT', path: string, file: File, field = 'file'): Promise<T> {
  const form = new FormData();
  form.append(field, file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = currentCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(path, { method, body: form, headers, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '无法连接服务器，请检查网络后重试' });
  }
  if (!response.ok) throw await errorOf(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
