/** Published decisions on the portal (no login). Types only from the contracts: no zod, no console code in these chunks. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PublicDecisionDetailDto, PublicDecisionListDto } from '@quanze/contracts';
import { api, isApiError } from '../../app/api.ts';

export type { PublicDecisionDetailDto, PublicDecisionListDto };

export function usePublicDecisions(query: { q?: string | undefined; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['public', 'decisions', query],
    queryFn: ({ signal }) => api.get<PublicDecisionListDto>('/api/public/decisions', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function usePublicDecision(id: string) {
  return useQuery({
    queryKey: ['public', 'decision', id],
    queryFn: ({ signal }) => api.get<PublicDecisionDetailDto>(`/api/public/decisions/${encodeURIComponent(id)}`, { signal }),
    staleTime: 60_000,
    retry: (count, error) => !isApiError(error) && count < 1,
  });
}
