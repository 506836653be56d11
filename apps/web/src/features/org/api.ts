import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { AddLeadershipMemberRequest, CreatePostRequest, LeadershipMemberDto, PostDto } from './types.ts';

export const postsKey = ['posts'] as const;
export const leadershipKey = ['leadership-group'] as const;
const enc = encodeURIComponent;

/** All posts of the bureau (GET /api/posts), open and closed. */
export function usePosts() {
  return useQuery({
    queryKey: [...postsKey, 'all'],
    queryFn: ({ signal }) => api.get<{ items: PostDto[] }>('/api/posts', { signal }).then((r) => r.items),
  });
}

/**
 * The posts of one department, for the officer form. The doc names GET /api/departments/:id/posts; the server
 * answers GET /api/posts?departmentId= (the doc's path is 404), so this uses the latter.
 */
export function useDepartmentPosts(departmentId: string | null | undefined) {
  return useQuery({
    queryKey: [...postsKey, 'department', departmentId],
    queryFn: ({ signal }) => api.get<{ items: PostDto[] }>('/api/posts', { query: { departmentId }, signal }).then((r) => r.items),
    enabled: Boolean(departmentId),
    staleTime: 60_000,
  });
}

export function useCreatePost() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePostRequest) => api.post<PostDto>('/api/posts', input),
    onSettled: () => client.invalidateQueries({ queryKey: postsKey }),
  });
}

export function useClosePost() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason, version }: { id: string; reason: string; version: number }) =>
      api.post<PostDto>(`/api/posts/${enc(id)}/close`, { reason, version }),
    onSettled: () => client.invalidateQueries({ queryKey: postsKey }),
  });
}

export function useLeadershipGroup() {
  return useQuery({
    queryKey: leadershipKey,
    queryFn: ({ signal }) => api.get<{ items: LeadershipMemberDto[] }>('/api/leadership-group', { signal }).then((r) => r.items),
  });
}

export function useAddLeadershipMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AddLeadershipMemberRequest) => api.post<LeadershipMemberDto>('/api/leadership-group', input),
    onSettled: () => client.invalidateQueries({ queryKey: leadershipKey }),
  });
}

export function useEndLeadershipMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, to, reason }: { id: string; to: string; reason: string }) =>
      api.post<LeadershipMemberDto>(`/api/leadership-group/${enc(id)}/end`, { to, reason }),
    onSettled: () => client.invalidateQueries({ queryKey: leadershipKey }),
  });
}
