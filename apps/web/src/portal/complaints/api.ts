/**
 * 投诉举报 on the portal (no login). Types only from the contracts — no zod, no console code in these chunks.
 * The tracking code is sent in a POST body, never in a URL, so it never lands in an access log or the history.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { PublicComplaintFormDto, SubmitComplaintResponse, TrackComplaintResponse } from '@quanze/contracts';
import { api, ApiError } from '../../app/api.ts';
import type { ErrorBody } from '../../app/types.ts';

export type { PublicComplaintFormDto, SubmitComplaintResponse, TrackComplaintResponse };

export type ComplaintKindValue = TrackComplaintResponse['kind'];

/** The text fields of the form, named as the server's multipart fields (SubmitComplaintFields). */
export interface ComplaintFields {
  kind: ComplaintKindValue | '';
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  about: string;
  subject: string;
  text: string;
}

export function useComplaintForm() {
  return useQuery({
    queryKey: ['public', 'complaints', 'form'],
    queryFn: ({ signal }) => api.get<PublicComplaintFormDto>('/api/public/complaints/form', { signal }),
    staleTime: 10 * 60_000,
  });
}

async function postMultipart<T>(path: string, form: FormData): Promise<T> {
  let response: Response;
  try {
    // No content-type header: the browser writes the multipart boundary itself.
    response = await fetch(path, { method: 'POST', body: form, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '无法连接服务器，请检查网络后重试' });
  }
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (response.ok) return body as T;
  const err = body as Partial<ErrorBody> | null;
  if (err && typeof err.code === 'string' && typeof err.message === 'string') throw new ApiError(response.status, err as ErrorBody);
  const message =
    response.status === 413
      ? '附件过大，请压缩后重试'
      : response.status === 429
        ? '提交过于频繁，请稍后再试'
        : `提交失败（${response.status}），请稍后再试`;
  throw new ApiError(response.status, { code: `HTTP_${response.status}`, message });
}

export function useSubmitComplaint() {
  return useMutation({
    mutationFn: ({ fields, files }: { fields: ComplaintFields; files: File[] }) => {
      const form = new FormData();
      // Text fields first: the server reads them before the files stream in.
      for (const [name, value] of Object.entries(fields) as [string, string][]) form.append(name, value.trim());
      for (const file of files) form.append('attachments', file, file.name);
      return postMultipart<SubmitComplaintResponse>('/api/public/complaints', form);
    },
  });
}

export function useTrackComplaint() {
  return useMutation({
    mutationFn: (code: string) => api.post<TrackComplaintResponse>('/api/public/complaints/track', { code }),
  });
}
