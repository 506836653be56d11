/** 社会监督员 console API (supervision:manage). Types from the contracts, type-only: no zod in the bundle. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateSupervisorRequest,
  CreateSupervisorResponse,
  ObservationDto,
  ObservationQueueDto,
  RevealSupervisorFieldRequest,
  RevealSupervisorFieldResponse,
  SupervisorDto,
  SupervisorListDto,
  UpdateSupervisorRequest,
} from '@quanze/contracts';
import { api } from '../../app/api.ts';

export type { CreateSupervisorRequest, CreateSupervisorResponse, ObservationDto, SupervisorDto, UpdateSupervisorRequest };
export type SupervisorPiiField = RevealSupervisorFieldRequest['field'];
export type ObservationState = ObservationDto['state'];
export type SupervisorStatus = SupervisorDto['status'];

const key = ['supervision'] as const;
const enc = encodeURIComponent;

export const OBSERVATION_CATEGORY_OPTIONS = [
  { value: 'conduct', label: '执法行为不规范' },
  { value: 'workStyle', label: '工作作风' },
  { value: 'integrity', label: '廉洁自律' },
  { value: 'inaction', label: '不作为' },
  { value: 'profitDriven', label: '趋利性执法、乱收费乱罚款' },
  { value: 'procedure', label: '执法程序问题' },
  { value: 'suggestion', label: '意见建议' },
  { value: 'other', label: '其他' },
] as const;

export function useObservationQueue(query: { state?: ObservationState | undefined; category?: string | undefined; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...key, 'observations', query],
    queryFn: ({ signal }) => api.get<ObservationQueueDto>('/api/supervision/observations', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useObservation(id: string | null) {
  return useQuery({
    queryKey: [...key, 'observation', id],
    queryFn: ({ signal }) => api.get<ObservationDto>(`/api/supervision/observations/${enc(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}

export type ObservationAction =
  | { action: 'assign'; id: string; version: number; departmentId: string }
  | { action: 'answer'; id: string; version: number; answer: string }
  | { action: 'close'; id: string; version: number; reason: string | null };

export function useObservationAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, id, ...body }: ObservationAction) => api.post<ObservationDto>(`/api/supervision/observations/${enc(id)}/${action}`, body),
    onSuccess: (d) => client.setQueryData([...key, 'observation', d.id], d),
    onSettled: () => client.invalidateQueries({ queryKey: [...key, 'observations'] }),
  });
}

export function useSupervisors(query: { status?: SupervisorStatus | undefined; q?: string | undefined; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...key, 'supervisors', query],
    queryFn: ({ signal }) => api.get<SupervisorListDto>('/api/supervision/supervisors', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

function useSupervisorMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: [...key, 'supervisors'] }) });
}

export const useCreateSupervisor = () =>
  useSupervisorMutation((input: CreateSupervisorRequest) => api.post<CreateSupervisorResponse>('/api/supervision/supervisors', input));
export const useUpdateSupervisor = () =>
  useSupervisorMutation(({ id, ...body }: UpdateSupervisorRequest & { id: string }) => api.put<SupervisorDto>(`/api/supervision/supervisors/${enc(id)}`, body));
export const useChangeSupervisorStatus = () =>
  useSupervisorMutation(({ id, ...body }: { id: string; version: number; status: SupervisorStatus; reason?: string }) =>
    api.post<SupervisorDto>(`/api/supervision/supervisors/${enc(id)}/status`, body),
  );
export const useResetSupervisorPassword = () =>
  useSupervisorMutation((id: string) => api.post<{ initialPassword: string }>(`/api/supervision/supervisors/${enc(id)}/password-reset`));

/**
 * The audited reveal of one personal field. A POST (never prefetched or refetched), no query key (never in the query
 * cache), and gcTime 0: the mutation and its value leave the mutation cache as soon as the dialog that asked unmounts.
 */
export const useRevealSupervisorField = (id: string) =>
  useMutation({
    mutationFn: (body: RevealSupervisorFieldRequest) => api.post<RevealSupervisorFieldResponse>(`/api/supervision/supervisors/${enc(id)}/reveal`, body),
    gcTime: 0,
  });
