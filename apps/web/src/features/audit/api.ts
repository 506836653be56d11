import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { AuditList, AuditVerifyResult } from '../../app/types.ts';

export interface AuditFilter {
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  /** ISO with offset (+08:00) */
  from?: string;
  to?: string;
}

export interface AuditQuery extends AuditFilter {
  page: number;
  pageSize: number;
}

export function useAuditEvents(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', 'events', query],
    queryFn: ({ signal }) => api.get<AuditList>('/api/audit', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Walks the whole SM3 hash chain on the server; run on demand only. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.get<AuditVerifyResult>('/api/audit/verify') });
}
