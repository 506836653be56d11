/** Payments of a case (notice, ledger, execution records) and the bank reconciliation import. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CasePaymentsDto, ReconciliationDto } from '@quanze/contracts';
import { api, ApiError } from '../../app/api.ts';
import { currentCsrfToken } from '../../app/me.ts';
import { casesKey } from '../cases/api.ts';

export const paymentsKey = ['payments'] as const;
const enc = encodeURIComponent;

export function useCasePayments(caseId: string) {
  return useQuery({
    queryKey: [...paymentsKey, 'case', caseId],
    queryFn: ({ signal }) => api.get<CasePaymentsDto>(`/api/cases/${enc(caseId)}/payments`, { signal }),
  });
}

/** Every write refreshes the payments views and the case (its steps and clocks may change). */
function usePaymentMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await Promise.all([client.invalidateQueries({ queryKey: paymentsKey }), client.invalidateQueries({ queryKey: casesKey })]);
    },
  });
}

export type NoticeStep = 'pauses' | 'pauses/end' | 'arrangement' | 'reminder' | 'court-application';
export const useNoticeStep = (caseId: string) =>
  usePaymentMutation(({ step, body }: { step: NoticeStep; body: Record<string, unknown> }) =>
    api.post<CasePaymentsDto>(`/api/cases/${enc(caseId)}/payments/${step}`, body),
  );

export const useHandover = () =>
  usePaymentMutation(({ paymentId, body }: { paymentId: string; body: { stage: 'agency' | 'bank'; on: string; note?: string } }) =>
    api.post<{ overdue: boolean; dueDate: string | null }>(`/api/payments/${enc(paymentId)}/handover`, body),
  );
export const useLanding = () =>
  usePaymentMutation(({ paymentId, landedOn }: { paymentId: string; landedOn: string }) =>
    api.post<void>(`/api/payments/${enc(paymentId)}/landing`, { landedOn }),
  );

export interface ReconciliationList {
  items: Omit<ReconciliationDto, 'rows' | 'errors'>[];
}
export interface CommitResult {
  id: string;
  applied: number;
  summary: ReconciliationDto['summary'];
}

export function useReconciliations() {
  return useQuery({
    queryKey: [...paymentsKey, 'reconciliations'],
    queryFn: ({ signal }) => api.get<ReconciliationList>('/api/payments/reconciliations', { signal }),
  });
}

export function useReconciliation(id: string | null) {
  return useQuery({
    queryKey: [...paymentsKey, 'reconciliation', id],
    queryFn: ({ signal }) => api.get<ReconciliationDto>(`/api/payments/reconciliations/${enc(id!)}`, { signal }),
    enabled: id !== null,
  });
}

export const useCommitReconciliation = () =>
  usePaymentMutation((id: string) => api.post<CommitResult>(`/api/payments/reconciliations/${enc(id)}/commit`));

/** Upload with progress (the file is read and matched on the server; the answer is the preview report). */
export function uploadReconciliation(file: File, onProgress: (percent: number) => void): Promise<ReconciliationDto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/payments/reconciliations');
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
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as ReconciliationDto);
      const err = body as { code?: string; message?: string } | null;
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
