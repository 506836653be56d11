import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../app/api.ts';
import type {
  AddCommitmentRequest,
  AddRecordRequest,
  AddTrainingRequest,
  ApplyCertificateRequest,
  CertificateTransitionRequest,
  CommitImportResponse,
  Eligibility,
  ImportReport,
  OfficerAlertFilter,
  OfficerDashboard,
  OfficerDetailDto,
  OfficerList,
  SaveOfficerRequest,
  CertificateStatus,
  UpdateOfficerRequest,
} from './types.ts';
import { uploadFile } from './upload.ts';

export const officersKey = ['officers'] as const;

export interface OfficerQuery {
  q?: string;
  departmentId?: string;
  certificateStatus?: CertificateStatus;
  alert?: OfficerAlertFilter;
  status?: 'active' | 'left';
  page: number;
  pageSize: number;
}

const enc = encodeURIComponent;
const officerPath = (id: string, rest = '') => `/api/officers/${enc(id)}${rest}`;

export function useOfficers(query: OfficerQuery) {
  return useQuery({
    queryKey: [...officersKey, 'list', query],
    queryFn: ({ signal }) => api.get<OfficerList>('/api/officers', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOfficerDashboard() {
  return useQuery({
    queryKey: [...officersKey, 'dashboard'],
    queryFn: ({ signal }) => api.get<OfficerDashboard>('/api/officers/dashboard', { signal }),
  });
}

export function useOfficer(id: string) {
  return useQuery({
    queryKey: [...officersKey, 'detail', id],
    queryFn: ({ signal }) => api.get<OfficerDetailDto>(officerPath(id), { signal }),
  });
}

/** Every officer write refreshes the lists, the cards and the detail; writes answering a detail put it in the cache. */
function useOfficerMutation<TVariables, TResult>(fn: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result) => {
      const detail = result as Partial<OfficerDetailDto> | undefined;
      if (detail && typeof detail === 'object' && typeof detail.id === 'string' && Array.isArray(detail.certificates)) {
        client.setQueryData([...officersKey, 'detail', detail.id], detail);
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: officersKey }),
  });
}

export const useCreateOfficer = () => useOfficerMutation((input: SaveOfficerRequest) => api.post<OfficerDetailDto>('/api/officers', input));
export const useUpdateOfficer = () =>
  useOfficerMutation(({ id, ...input }: UpdateOfficerRequest & { id: string }) => api.patch<OfficerDetailDto>(officerPath(id), input));
export const useOfficerLeave = () =>
  useOfficerMutation(({ id, reason, version }: { id: string; reason: string; version: number }) =>
    api.post<OfficerDetailDto>(officerPath(id, '/leave'), { reason, version }),
  );
export const useAddTraining = (id: string) =>
  useOfficerMutation((input: AddTrainingRequest) => api.post<OfficerDetailDto>(officerPath(id, '/trainings'), input));
export const useAddRecord = (id: string) =>
  useOfficerMutation((input: AddRecordRequest) => api.post<OfficerDetailDto>(officerPath(id, '/records'), input));
export const useRescindRecord = (id: string) =>
  useOfficerMutation(({ recordId, reason }: { recordId: string; reason: string }) =>
    api.post<OfficerDetailDto>(officerPath(id, `/records/${enc(recordId)}/rescind`), { reason }),
  );
export const useAddCommitment = (id: string) =>
  useOfficerMutation((input: AddCommitmentRequest) => api.post<OfficerDetailDto>(officerPath(id, '/commitments'), input));
export const useApplyCertificate = (id: string) =>
  useOfficerMutation((input: ApplyCertificateRequest) => api.post<OfficerDetailDto>(officerPath(id, '/certificates'), input));
export const useCertificateTransition = () =>
  useOfficerMutation(({ certificateId, ...input }: CertificateTransitionRequest & { certificateId: string }) =>
    api.post<OfficerDetailDto>(`/api/certificates/${enc(certificateId)}/transition`, input),
  );
export const useUploadPhoto = (id: string) => useOfficerMutation((file: File) => uploadFile<void>('PUT', officerPath(id, '/photo'), file));

/** Reveal is audited on the server; a POST, so never cached or prefetched. */
export function useRevealOfficer() {
  return useMutation({ mutationFn: (id: string) => api.post<{ idCardNumber: string }>(officerPath(id, '/reveal')) });
}

export function fetchEligibility(id: string, query: { category: string; area: string; date?: string }): Promise<Eligibility> {
  return api.get<Eligibility>(officerPath(id, '/eligibility'), { query });
}

export const photoUrl = (id: string, stamp: number) => `${officerPath(id, '/photo')}?v=${stamp}`;
/** The roster as Excel, for the department and status the list shows; `unmasked` needs pii:reveal and is audited. */
export const exportUrl = (unmasked: boolean, filter: { departmentId?: string | undefined; status?: 'active' | 'left' | undefined }) =>
  withQuery('/api/officers/export.xlsx', { unmasked: unmasked ? '1' : undefined, departmentId: filter.departmentId, status: filter.status });

// ---- roster import ----
export const startImport = (file: File) => uploadFile<{ importId: string }>('POST', '/api/officers/imports', file);

/** Polls the import while the server validates or commits it; stops once it has an answer. */
export function useImportReport(importId: string | null) {
  return useQuery({
    queryKey: [...officersKey, 'import', importId],
    queryFn: ({ signal }) => api.get<ImportReport>(`/api/officers/imports/${enc(importId ?? '')}`, { signal }),
    enabled: importId !== null,
    staleTime: 0,
    refetchInterval: (q) => {
      const s = q.state.data?.status;
      return s === 'validating' || s === 'committing' || s === undefined ? 700 : false;
    },
  });
}

export const useCommitImport = () =>
  useOfficerMutation(({ importId, mode }: { importId: string; mode: 'all' | 'validOnly' }) =>
    api.post<CommitImportResponse>(`/api/officers/imports/${enc(importId)}/commit`, { mode }),
  );
