/** Evidence, records, preservation and property: queries, mutations and the upload with progress. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApplyPreservationRequest,
  CaseEvidenceDto,
  CasePropertyDto,
  CreateEvidenceRequest,
  CustodyEventRequest,
  EvidenceFileDto,
  PreservationDto,
  PropertyDto,
  PropertyRegisterResponse,
  RegisterPropertyRequest,
} from '@quanze/contracts';
import { api, ApiError } from '../../app/api.ts';
import { currentCsrfToken } from '../../app/me.ts';

export const evidenceKey = ['evidence'] as const;
const enc = encodeURIComponent;
const base = (caseId: string) => `/api/cases/${enc(caseId)}`;

export function useCaseEvidence(caseId: string) {
  return useQuery({
    queryKey: [...evidenceKey, 'case', caseId],
    queryFn: ({ signal }) => api.get<CaseEvidenceDto>(`${base(caseId)}/evidence`, { signal }),
  });
}

export function useCaseProperty(caseId: string) {
  return useQuery({
    queryKey: [...evidenceKey, 'property', caseId],
    queryFn: ({ signal }) => api.get<CasePropertyDto>(`${base(caseId)}/property`, { signal }),
  });
}

export interface RegisterQuery {
  status?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export function usePropertyRegister(query: RegisterQuery) {
  return useQuery({
    queryKey: [...evidenceKey, 'register', query],
    queryFn: ({ signal }) => api.get<PropertyRegisterResponse>('/api/property', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every write refreshes the evidence and property views (and the case: clocks may change). */
function useEvidenceMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: evidenceKey });
    },
  });
}

export type EvidenceInput = Omit<CreateEvidenceRequest, 'description' | 'record'> &
  Partial<Pick<CreateEvidenceRequest, 'description' | 'record'>>;
export const useCreateEvidence = (caseId: string) =>
  useEvidenceMutation((input: EvidenceInput) => api.post(`${base(caseId)}/evidence`, input));
export const useAppendCustody = (caseId: string) =>
  useEvidenceMutation(
    ({
      itemId,
      body,
    }: {
      itemId: string;
      body: Partial<CustodyEventRequest> & Pick<CustodyEventRequest, 'kind' | 'toHolder' | 'reason'>;
    }) => api.post(`${base(caseId)}/evidence/${enc(itemId)}/custody`, body),
  );
export const useApplyPreservation = (caseId: string) =>
  useEvidenceMutation(
    (input: Omit<ApplyPreservationRequest, 'items'> & { items: { name: string; spec?: string; quantity: string; unit: string }[] }) =>
      api.post<PreservationDto>(`${base(caseId)}/preservations`, input),
  );
export const usePreservationStep = (caseId: string) =>
  useEvidenceMutation(({ id, step, body }: { id: string; step: 'approve' | 'reject' | 'decide'; body: Record<string, unknown> }) =>
    api.post<PreservationDto>(`${base(caseId)}/preservations/${enc(id)}/${step}`, body),
  );
export const useRegisterProperty = (caseId: string) =>
  useEvidenceMutation((input: Omit<RegisterPropertyRequest, 'note'> & { note?: string }) =>
    api.post<PropertyDto>(`${base(caseId)}/property`, input),
  );
export const usePropertyStep = (caseId: string) =>
  useEvidenceMutation(({ id, step, body }: { id: string; step: 'move' | 'approve-disposal' | 'dispose'; body: Record<string, unknown> }) =>
    api.post<PropertyDto>(`${base(caseId)}/property/${enc(id)}/${step}`, body),
  );

export const fileUrl = (caseId: string, fileId: string) => `${base(caseId)}/evidence/files/${enc(fileId)}`;

/** Multipart upload over XHR so the progress can be shown; failures are ApiErrors with the server's message. */
export function uploadEvidenceFile(
  caseId: string,
  itemId: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<EvidenceFileDto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${base(caseId)}/evidence/${enc(itemId)}/files`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    const token = currentCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, { code: 'NETWORK_ERROR', message: '无法连接服务器，请检查网络后重试' }));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as EvidenceFileDto);
      const err = body as { code?: string; message?: string; basis?: { law: string; article: string } } | null;
      if (err && typeof err.code === 'string' && typeof err.message === 'string')
        return reject(new ApiError(xhr.status, err as { code: string; message: string }));
      reject(
        new ApiError(xhr.status, { code: `HTTP_${xhr.status}`, message: xhr.status === 413 ? '文件过大' : `上传失败（${xhr.status}）` }),
      );
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** On-screen money: thousands grouped as the domain writes it for reading ("5,000元", "1,234.56元"); documents keep plain digits. */
export { yuan } from '../../app/format.ts';
export const fileSize = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`;
