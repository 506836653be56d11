import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { CaseDetailDto, CaseList, CasePeopleResponse, CaseQuery, RegisterLeadInput } from './types.ts';

export const casesKey = ['cases'] as const;
const enc = encodeURIComponent;

export function useCases(query: CaseQuery) {
  return useQuery({
    queryKey: [...casesKey, 'list', query],
    queryFn: ({ signal }) => api.get<CaseList>('/api/cases', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: [...casesKey, 'detail', id],
    queryFn: ({ signal }) => api.get<CaseDetailDto>(`/api/cases/${enc(id)}`, { signal }),
  });
}

/** Every case write answers the fresh detail: put it in the cache and refresh the lists. */
function useCaseMutation<TVariables>(fn: (variables: TVariables) => Promise<CaseDetailDto>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (detail) => client.setQueryData([...casesKey, 'detail', detail.id], detail),
    onSettled: () => client.invalidateQueries({ queryKey: casesKey }),
  });
}

export const useRegisterLead = () => useCaseMutation((input: RegisterLeadInput) => api.post<CaseDetailDto>('/api/cases', input));

/** Any action the server lists in `abilities`: POST /api/cases/:id/actions/:action with its body. */
export const useCaseAction = (id: string) =>
  useCaseMutation(({ action, body }: { action: string; body: Record<string, unknown> }) =>
    api.post<CaseDetailDto>(`/api/cases/${enc(id)}/actions/${enc(action)}`, body),
  );

/** The bureau's accounts a case action may name (负责人, hearing presider, legal reviewer), investigators marked. */
export function useCasePeople(id: string) {
  return useQuery({
    queryKey: [...casesKey, 'people', id],
    queryFn: ({ signal }) => api.get<CasePeopleResponse>(`/api/cases/${enc(id)}/people`, { signal }),
    staleTime: 60_000,
  });
}
