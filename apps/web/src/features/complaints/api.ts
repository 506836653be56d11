/** 投诉举报 console API. Types from the contracts (type-only imports: no zod in the bundle). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ComplaintAbilityDto,
  ComplaintActionName,
  ComplaintAssigneeOptionsDto,
  ComplaintChannelsDto,
  ComplaintClockDto,
  ComplaintDetailDto,
  ComplaintKind,
  ComplaintListResponse,
  ComplaintStateDto,
  ComplaintStepDto,
  ComplaintSubjectOptionsDto,
  ComplaintSummaryDto,
  UpdateComplaintChannelsRequest,
} from '@quanze/contracts';
import { api } from '../../app/api.ts';

export type {
  ComplaintChannelsDto,
  ComplaintAbilityDto,
  ComplaintActionName,
  ComplaintClockDto,
  ComplaintDetailDto,
  ComplaintKind,
  ComplaintListResponse,
  ComplaintStateDto,
  ComplaintStepDto,
  ComplaintSummaryDto,
};

export const complaintsKey = ['complaints'] as const;
const enc = encodeURIComponent;

export interface ComplaintQuery {
  state?: ComplaintStateDto | undefined;
  kind?: ComplaintKind | undefined;
  overdue?: 'true' | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export function useComplaints(query: ComplaintQuery) {
  return useQuery({
    queryKey: [...complaintsKey, 'list', query],
    queryFn: ({ signal }) => api.get<ComplaintListResponse>('/api/complaints', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useComplaint(id: string) {
  return useQuery({
    queryKey: [...complaintsKey, 'detail', id],
    queryFn: ({ signal }) => api.get<ComplaintDetailDto>(`/api/complaints/${enc(id)}`, { signal }),
  });
}

/** Departments and handlers; for a complaint, each handler's 回避 refusal (they are its 被反映人). */
export function useComplaintAssignees(enabled: boolean, complaintId: string) {
  return useQuery({
    queryKey: [...complaintsKey, 'assignees', complaintId],
    queryFn: ({ signal }) => api.get<ComplaintAssigneeOptionsDto>('/api/complaints/assignees', { query: { complaintId }, signal }),
    enabled,
    staleTime: 60_000,
  });
}

/** The staff a complaint can be about (被反映人), for the acceptance form. */
export function useComplaintSubjectOptions(enabled: boolean) {
  return useQuery({
    queryKey: [...complaintsKey, 'subject-options'],
    queryFn: ({ signal }) => api.get<ComplaintSubjectOptionsDto>('/api/complaints/subject-options', { signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** Any action the server lists in `abilities`; the answer is the fresh detail. */
export function useComplaintAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: string; body: Record<string, unknown> }) =>
      api.post<ComplaintDetailDto>(`/api/complaints/${enc(id)}/actions/${enc(action)}`, body),
    onSuccess: (detail) => client.setQueryData([...complaintsKey, 'detail', detail.id], detail),
    onSettled: () => client.invalidateQueries({ queryKey: complaintsKey }),
  });
}

export const attachmentUrl = (id: string, attachmentId: string) => `/api/complaints/${enc(id)}/attachments/${enc(attachmentId)}`;

/** The bureau's published 监督渠道 (null until saved). */
export function useComplaintChannels() {
  return useQuery({
    queryKey: [...complaintsKey, 'channels'],
    queryFn: ({ signal }) => api.get<ComplaintChannelsDto | null>('/api/complaints/channels', { signal }),
  });
}

export function useSaveComplaintChannels() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateComplaintChannelsRequest) => api.put<ComplaintChannelsDto>('/api/complaints/channels', body),
    onSuccess: (saved) => client.setQueryData([...complaintsKey, 'channels'], saved),
  });
}
