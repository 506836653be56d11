/** 操作记录 and the audited reveal of the party's ID number (server: modules/cases/case-console.routes.ts). */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { CaseHistoryEntryDto } from '@quanze/contracts';
import { api } from '../../../app/api.ts';
import { casesKey } from '../api.ts';

export type CaseHistoryEntry = CaseHistoryEntryDto;
export interface CaseHistory {
  items: CaseHistoryEntry[];
}

const enc = encodeURIComponent;

export function useCaseHistory(caseId: string, version: number) {
  return useQuery({
    // The case's version in the key: a new step refreshes the log.
    queryKey: [...casesKey, 'history', caseId, version],
    queryFn: ({ signal }) => api.get<CaseHistory>(`/api/cases/${enc(caseId)}/history`, { signal }),
  });
}

export function useRevealPartyId(caseId: string) {
  return useMutation({
    mutationFn: (reason: string) => api.post<{ idNumber: string }>(`/api/cases/${enc(caseId)}/party/reveal`, { reason }),
  });
}
