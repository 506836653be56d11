/** The case list with all its filters, and the saved views (常用筛选) of the list. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseViewDto } from '@quanze/contracts';
import { api } from '../../../app/api.ts';
import { casesKey } from '../api.ts';
import type { CaseList } from '../types.ts';
import { serverQuery, type ListFilters, type ListQuery } from './url-state.ts';

export type CaseView = CaseViewDto;
export const caseViewsKey = ['case-views'] as const;
const enc = encodeURIComponent;

export function useCaseList(query: ListQuery) {
  return useQuery({
    queryKey: [...casesKey, 'list', query],
    queryFn: ({ signal }) => api.get<CaseList>('/api/cases', { query: serverQuery(query), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCaseViews() {
  return useQuery({ queryKey: caseViewsKey, queryFn: ({ signal }) => api.get<{ items: CaseView[] }>('/api/case-views', { signal }) });
}

function useViewMutation<T>(fn: (v: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: caseViewsKey }) });
}

export const useSaveView = () =>
  useViewMutation((v: { name: string; filters: ListFilters; shared: boolean }) => api.post<CaseView>('/api/case-views', v));

export const useUpdateView = () =>
  useViewMutation(({ id, ...body }: { id: string; version: number; name?: string; filters?: ListFilters; shared?: boolean }) =>
    api.patch<CaseView>(`/api/case-views/${enc(id)}`, body),
  );

export const useDeleteView = () => useViewMutation((id: string) => api.delete<null>(`/api/case-views/${enc(id)}`));
