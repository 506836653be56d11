import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { SaveSubjectRequest, SubjectAction, SubjectDto, SubjectKind, SubjectList, SubjectStatus, UpdateSubjectRequest } from './types.ts';

export const subjectsKey = ['subjects'] as const;
const enc = encodeURIComponent;

export interface SubjectQuery {
  q?: string;
  kind?: SubjectKind;
  status?: SubjectStatus;
}

export function useSubjects(query: SubjectQuery = {}) {
  return useQuery({
    queryKey: [...subjectsKey, 'list', query],
    queryFn: ({ signal }) => api.get<SubjectList>('/api/subjects', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSubject(id: string | null) {
  return useQuery({
    queryKey: [...subjectsKey, 'detail', id],
    queryFn: ({ signal }) => api.get<SubjectDto>(`/api/subjects/${enc(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}

function useSubjectMutation<TVariables>(fn: (variables: TVariables) => Promise<SubjectDto>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (s) => client.setQueryData([...subjectsKey, 'detail', s.id], s),
    onSettled: () => client.invalidateQueries({ queryKey: subjectsKey }),
  });
}

export const useCreateSubject = () => useSubjectMutation((input: SaveSubjectRequest) => api.post<SubjectDto>('/api/subjects', input));
export const useUpdateSubject = () =>
  useSubjectMutation(({ id, ...input }: UpdateSubjectRequest & { id: string }) => api.patch<SubjectDto>(`/api/subjects/${enc(id)}`, input));
export const useSubjectTransition = () =>
  useSubjectMutation(({ id, ...input }: { id: string; action: SubjectAction; reason?: string; decidedOn?: string; version: number }) =>
    api.post<SubjectDto>(`/api/subjects/${enc(id)}/transition`, input),
  );
