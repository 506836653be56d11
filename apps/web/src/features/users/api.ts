import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type {
  CreateUserRequest,
  CreateUserResponse,
  ResetPasswordResponse,
  RevealResponse,
  RoleName,
  UpdateUserRequest,
  UserDto,
  UserList,
} from '../../app/types.ts';

export const usersKey = ['users'] as const;

export interface UserQuery {
  q?: string;
  departmentId?: string;
  page: number;
  pageSize: number;
}

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: [...usersKey, 'list', query],
    queryFn: ({ signal }) => api.get<UserList>('/api/users', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function fetchUser(id: string): Promise<UserDto> {
  return api.get<UserDto>(`/api/users/${encodeURIComponent(id)}`);
}

const path = (id: string, action = '') => `/api/users/${encodeURIComponent(id)}${action}`;

/** Every user write: refreshes the lists (and whatever else shows users) once it settles. */
function useUserMutation<TVariables, TResult>(fn: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}

export const useCreateUser = () => useUserMutation((input: CreateUserRequest) => api.post<CreateUserResponse>('/api/users', input));

export const useUpdateUser = () =>
  useUserMutation(({ id, ...input }: UpdateUserRequest & { id: string }) => api.patch<UserDto>(path(id), input));

export type StatusAction = 'disable' | 'enable' | 'unlock';
export const useStatusAction = () =>
  useUserMutation(({ user, action }: { user: UserDto; action: StatusAction }) =>
    api.post<UserDto>(path(user.id, `/${action}`), { version: user.version }),
  );

export const useResetPassword = () =>
  useUserMutation((user: UserDto) => api.post<ResetPasswordResponse>(path(user.id, '/reset-password'), { version: user.version }));

export const useAssignRoles = () =>
  useUserMutation(({ id, roles, version }: { id: string; roles: RoleName[]; version: number }) =>
    api.put<UserDto>(path(id, '/roles'), { roles, version }),
  );

/** Reveal is audited on the server; it is a POST so it is never cached or prefetched. */
export function useReveal() {
  return useMutation({ mutationFn: (id: string) => api.post<RevealResponse>(path(id, '/reveal')) });
}
