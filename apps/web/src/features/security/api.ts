import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { PolicyDto } from '../../app/types.ts';

export const policyKey = ['security', 'policy'] as const;

export function usePolicy() {
  return useQuery({ queryKey: policyKey, queryFn: () => api.get<PolicyDto>('/api/security/policy'), staleTime: 0 });
}

export function useSavePolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (policy: PolicyDto) => api.put<PolicyDto>('/api/security/policy', policy),
    onSuccess: (saved) => client.setQueryData(policyKey, saved),
  });
}
